package org.unodc.vpi.workflow;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engine work that follows a committed change, each attempt in a transaction of its own, done again at once
 * when another transaction changed the same instances first (an optimistic-locking conflict: twenty actions
 * added to one plan at the same moment all move its follow-up). A short random pause, growing, spreads the
 * contenders out. Once the attempts are spent, or on any other failure, the exception goes to the caller:
 * the event publication stays unfinished and {@code aftercommit.UnfinishedWork} takes it up later.
 */
@Component
public class ConflictRetry {

  static final int ATTEMPTS = 25;
  private static final long MAX_PAUSE_MILLIS = 400;

  private final TransactionTemplate transactions;

  public ConflictRetry(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void run(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        transactions.executeWithoutResult(status -> work.run());
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    long bound = Math.min(MAX_PAUSE_MILLIS, 10L << Math.min(attempt, 6));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry", e);
    }
  }
}
