package org.unodc.vpi.workflow.engagement;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unodc.vpi.aftercommit.FollowingWork;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.workflow.ConflictRetry;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables;

/**
 * When a coordinator adds, changes or removes a milestone of a country's review calendar, the
 * consultations planned from it move too: every commitment of that country waiting for a
 * consultation plans again. After the change is committed, so a rolled-back edit moves nothing.
 *
 * <p>Never lost: the event is recorded with the change (Spring Modulith's event publication registry) and
 * stays unfinished until this listener has done its work ({@link FollowingWork}). A timer of the same consultation firing at that moment is
 * retried at once ({@link ConflictRetry}), anything else later ({@code aftercommit.UnfinishedWork}).
 *
 * <p>Done again (a resubmission, two nodes) it changes nothing: the messages that interrupt a user task (the
 * open consultation, the request to enter the calendar) go only to commitments whose plan the calendar
 * now changes, so a claimed task and its draft stay, and no second "task available" mail goes out.
 */
@Component
public class ReviewCalendarChanges {

  /** Its id in event_publication: fixed, Spring's former default (see {@code ActionPlanChanges.LISTENER_FOLLOW}). */
  public static final String LISTENER_REPLAN =
      "org.unodc.vpi.workflow.engagement.ReviewCalendarChanges.replan(org.unodc.vpi.calendar.MilestoneChanged)";

  private final RuntimeService runtime;
  private final ConflictRetry retry;
  private final FollowingWork work;
  private final ConsultationSchedule schedule;

  // Lazy: the engine's services exist only once the engine is built.
  public ReviewCalendarChanges(@Lazy RuntimeService runtime, ConflictRetry retry, FollowingWork work,
      ConsultationSchedule schedule) {
    this.runtime = runtime;
    this.retry = retry;
    this.work = work;
    this.schedule = schedule;
  }

  // fallbackExecution: an event published outside a transaction follows a change already committed.
  @TransactionalEventListener(id = LISTENER_REPLAN, fallbackExecution = true)
  public CompletableFuture<Void> replan(MilestoneChanged change) {
    return work.run(() -> retry.run(() -> {
      // Any change, not only a date: a session given another working group concerns other consultations.
      for (EventSubscription waiting : waitingFor(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED,
          change.country())) {
        // Waiting for the calendar to be entered (a task): only once the calendar has a milestone for it.
        if (!Elements.MESSAGE_EVENT_CALENDAR_ENTERED.equals(waiting.getActivityId())
            || schedule.next(variablesOf(waiting)::get).isPresent()) {
          correlate(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED, waiting);
        }
      }
      // An open consultation for this very milestone follows it (a new date, or the next milestone), unless it
      // is still what the calendar plans.
      String milestoneChanged = EngagementCommitmentProcess.Messages.milestoneChanged(change.id());
      for (EventSubscription open : waitingFor(milestoneChanged, change.country())) {
        if (planChanged(variablesOf(open))) {
          correlate(milestoneChanged, open);
        }
      }
    }));
  }

  private boolean planChanged(Map<String, Object> planned) {
    Optional<ConsultationSchedule.Consultation> now = schedule.next(planned::get);
    if (now.isEmpty()) {
      return true;
    }
    Object consultAt = planned.get(Variables.CONSULT_AT);
    return !Objects.equals(now.get().milestone().getId(), planned.get(Variables.NEXT_MILESTONE_ID))
        || !Objects.equals(now.get().milestone().getDueOn().toString(), planned.get(Variables.NEXT_MILESTONE_DUE_ON))
        || !(consultAt instanceof Date at && at.getTime() == now.get().opensAt().getTime());
  }

  private List<EventSubscription> waitingFor(String message, String country) {
    return runtime.createEventSubscriptionQuery().eventType("message").eventName(message).tenantIdIn(country).list();
  }

  private Map<String, Object> variablesOf(EventSubscription subscription) {
    return runtime.getVariables(subscription.getExecutionId());
  }

  // The instance alone (the engine refuses a tenant with it): the subscriptions were found in the country's tenant.
  private void correlate(String message, EventSubscription subscription) {
    runtime.createMessageCorrelation(message).processInstanceId(subscription.getProcessInstanceId()).correlateAllWithResult();
  }
}
