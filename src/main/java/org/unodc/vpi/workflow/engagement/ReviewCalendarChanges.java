package org.unodc.vpi.workflow.engagement;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;

/**
 * When a coordinator adds, changes or removes a milestone of a country's review calendar, the
 * consultations planned from it move too: every commitment of that country waiting for a
 * consultation plans again. After the change is committed, so a rolled-back edit moves nothing.
 */
@Component
public class ReviewCalendarChanges {

  private final RuntimeService runtime;

  // Lazy: the engine's services exist only once the engine is built.
  public ReviewCalendarChanges(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  // A listener after commit runs in a finished transaction: the engine's work needs a new one.
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void replan(MilestoneChanged change) {
    // Any change, not only a date: a session given another working group concerns other consultations.
    runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED)
        .tenantId(change.country())
        .correlateAllWithResult();
    // An open consultation for this very milestone follows it: a new date, or the next milestone.
    runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.milestoneChanged(change.id()))
        .tenantId(change.country())
        .correlateAllWithResult();
  }
}
