package org.unodc.vpi.workflow;

import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unodc.vpi.record.DuplicateRecordException;

/**
 * Runs an engine command again, in a new transaction, when its insert lost a race for a unique
 * value: two VPIs of one country naming the same new organisation at the same moment both look it
 * up, find nothing and insert it; the database refuses the second. Run again, the second finds the
 * organisation the first registered and shares it, as it would have a moment later.
 *
 * <p>Only the outermost command of a request is retried, and only when it owns its transaction (a
 * caller's own transaction is already lost). Everything the failed attempt did was rolled back.
 * When the clash remains (a real duplicate), the failure goes up unchanged.
 *
 * <p>Only the commands a person's form or start runs as: they hold nothing but their variables, so
 * they can run twice. Not the job executor's, whose failure bookkeeping belongs to one attempt, nor
 * commands reading a stream that the first attempt consumed.
 */
class UniqueKeyClashRetry extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(UniqueKeyClashRetry.class);
  static final int ATTEMPTS = 3;
  private static final Set<Class<?>> REPEATABLE = Set.of(SubmitTaskFormCmd.class, CompleteTaskCmd.class,
      SubmitStartFormCmd.class, StartProcessInstanceCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!REPEATABLE.contains(command.getClass()) || Context.getCommandContext() != null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS || !DuplicateRecordException.isUniqueViolation(e)) {
          throw e;
        }
        LOG.info("{} lost a race for a unique value (attempt {} of {}); running it again",
            command.getClass().getSimpleName(), attempt, ATTEMPTS);
      }
    }
  }
}
