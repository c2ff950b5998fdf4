package org.unodc.vpi.workflow.engagement;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;

/**
 * When a coordinator adds, changes or removes a milestone of a country's review calendar, the
 * consultations planned from it move too: every commitment of that country waiting for a
 * consultation plans again. After the change is committed, so a rolled-back edit moves nothing.
 */
@Component
public class ReviewCalendarChanges {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewCalendarChanges.class);
  private static final int ATTEMPTS = 3;

  private final RuntimeService runtime;
  private final TransactionTemplate transactions;

  // Lazy: the engine's services exist only once the engine is built.
  public ReviewCalendarChanges(@Lazy RuntimeService runtime, PlatformTransactionManager transactionManager) {
    this.runtime = runtime;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  // A listener after commit runs in a finished transaction: the engine's work needs a new one.
  @TransactionalEventListener
  public void replan(MilestoneChanged change) {
    for (int attempt = 1; ; attempt++) {
      try {
        correlate(change);
        return;
      } catch (OptimisticLockingException e) {
        // A timer of the same consultation fired at that moment: plan again on what it left.
        if (attempt == ATTEMPTS) {
          LOG.error("The consultations of {} were not planned again after milestone {} changed", change.country(),
              change.id(), e);
          return;
        }
      }
    }
  }

  private void correlate(MilestoneChanged change) {
    transactions.executeWithoutResult(status -> {
      // Any change, not only a date: a session given another working group concerns other consultations.
      runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED)
          .tenantId(change.country())
          .correlateAllWithResult();
      // An open consultation for this very milestone follows it: a new date, or the next milestone.
      runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.milestoneChanged(change.id()))
          .tenantId(change.country())
          .correlateAllWithResult();
    });
  }
}
