package org.unodc.vpi.workflow.engagement;

import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unodc.vpi.aftercommit.FollowingWork;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.workflow.ConflictRetry;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;

/**
 * When a coordinator adds, changes or removes a milestone of a country's review calendar, the
 * consultations planned from it move too: every commitment of that country waiting for a
 * consultation plans again. After the change is committed, so a rolled-back edit moves nothing.
 *
 * <p>Never lost: the event is recorded with the change (Spring Modulith's event publication registry) and
 * stays unfinished until this listener has done its work ({@link FollowingWork}). A timer of the same consultation firing at that moment is
 * retried at once ({@link ConflictRetry}), anything else later ({@code aftercommit.UnfinishedWork}).
 * Planning again reads the calendar as it is then, so doing it late or twice gives the same plan.
 */
@Component
public class ReviewCalendarChanges {

  private final RuntimeService runtime;
  private final ConflictRetry retry;
  private final FollowingWork work;

  // Lazy: the engine's services exist only once the engine is built.
  public ReviewCalendarChanges(@Lazy RuntimeService runtime, ConflictRetry retry, FollowingWork work) {
    this.runtime = runtime;
    this.retry = retry;
    this.work = work;
  }

  // fallbackExecution: an event published outside a transaction follows a change already committed.
  @TransactionalEventListener(fallbackExecution = true)
  public CompletableFuture<Void> replan(MilestoneChanged change) {
    return work.run(() -> retry.run(() -> {
      // Any change, not only a date: a session given another working group concerns other consultations.
      runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED)
          .tenantId(change.country())
          .correlateAllWithResult();
      // An open consultation for this very milestone follows it: a new date, or the next milestone.
      runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.milestoneChanged(change.id()))
          .tenantId(change.country())
          .correlateAllWithResult();
    }));
  }
}
