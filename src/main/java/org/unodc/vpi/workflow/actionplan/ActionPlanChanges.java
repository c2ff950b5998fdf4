package org.unodc.vpi.workflow.actionplan;

import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unodc.vpi.actionplan.ActionItemEnded;
import org.unodc.vpi.actionplan.ActionItemOpened;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.aftercommit.FollowingWork;
import org.unodc.vpi.workflow.ConflictRetry;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Changes to an action plan made outside its follow-up (through the API, or the plan recorded again)
 * reach the follow-up at once: an action added or reopened is followed from now on, not once every
 * other action has ended; an action done or dropped stops being asked for reports. After the change is
 * committed, so a rolled-back edit moves nothing; a change while no follow-up runs moves nothing either.
 *
 * <p>Never lost: the event is recorded with the change (Spring Modulith's event publication registry) and
 * stays unfinished until a listener here has done its work ({@link FollowingWork}); a conflict with another
 * change of the same follow-up is retried at once ({@link ConflictRetry}), anything else later
 * ({@code aftercommit.UnfinishedWork}). So each listener may run late, twice, or after a later change of the
 * same action: it moves the follow-up to what the action is now (open: followed once; ended: not followed),
 * holding the action's row meanwhile. A suspended follow-up (Cockpit) is not passed by: the work waits
 * until it is activated.
 *
 * <p>The platform moves the follow-up, not the user who changed the plan (a plan recorded in its form
 * through engine-rest runs as that user): the change itself was checked, and their view of the engine's
 * instances must not hide a follow-up that runs already.
 */
@Component
public class ActionPlanChanges {

  /*
   * The listener ids under which unfinished work is kept in event_publication. Fixed here, so that renaming
   * a method does not orphan the rows; the values are Spring's former default (the method's signature), so
   * rows stored before they were fixed are still found.
   */
  public static final String LISTENER_FOLLOW =
      "org.unodc.vpi.workflow.actionplan.ActionPlanChanges.follow(org.unodc.vpi.actionplan.ActionItemOpened)";
  public static final String LISTENER_STOP_FOLLOWING =
      "org.unodc.vpi.workflow.actionplan.ActionPlanChanges.stopFollowing(org.unodc.vpi.actionplan.ActionItemEnded)";

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ActionPlan plan;
  private final ConflictRetry retry;
  private final FollowingWork work;

  // Lazy: the engine's services exist only once the engine is built.
  public ActionPlanChanges(@Lazy RuntimeService runtime, @Lazy IdentityService identity, ActionPlan plan,
      ConflictRetry retry, FollowingWork work) {
    this.runtime = runtime;
    this.identity = identity;
    this.plan = plan;
    this.retry = retry;
    this.work = work;
  }

  /** The VPI's running plan follow-up starts following the action, unless it follows it already or it ended. */
  // fallbackExecution: an event published outside a transaction follows a change already committed.
  @TransactionalEventListener(id = LISTENER_FOLLOW, fallbackExecution = true)
  public CompletableFuture<Void> follow(ActionItemOpened opened) {
    return work.run(() -> asPlatform(() -> retry.run(() -> {
      if (plan.lockOpen(opened.actionItemId())) {
        followUnlessFollowed(opened);
      }
    })));
  }

  /** The action's follow-up ends: its open report task goes, no more reports are asked (unless it reopened). */
  @TransactionalEventListener(id = LISTENER_STOP_FOLLOWING, fallbackExecution = true)
  public CompletableFuture<Void> stopFollowing(ActionItemEnded ended) {
    return work.run(() -> asPlatform(() -> retry.run(() -> {
      if (plan.lockOpen(ended.actionItemId())) {
        return; // Reopened meanwhile: it stays followed.
      }
      boolean stopped = !runtime.createMessageCorrelation(ActionItemFollowUpProcess.Messages.ACTION_ITEM_ENDED)
          .tenantId(ended.country())
          .processInstanceVariableEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, ended.actionItemId())
          .correlateAllWithResult().isEmpty();
      if (!stopped && suspended(ActionItemFollowUpProcess.KEY, ended.country(),
          ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, ended.actionItemId())) {
        throw new IllegalStateException("The follow-up of action " + ended.actionItemId()
            + " is suspended: it ends once it is activated");
      }
    })));
  }

  private void followUnlessFollowed(ActionItemOpened opened) {
    // The plan's follow-up may have started in the transaction that added the action, and follows it already.
    boolean followed = runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .tenantIdIn(opened.country())
        .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, opened.actionItemId())
        .count() > 0;
    if (followed) {
      return;
    }
    boolean started = !runtime.createMessageCorrelation(ActionPlanFollowUpProcess.Messages.ACTION_ITEM_OPENED)
        .tenantId(opened.country())
        .processInstanceVariableEquals(VpiInitiativeProcess.Variables.INITIATIVE_ID, opened.initiativeId())
        .setVariableToTriggeredScope(ActionPlanFollowUpProcess.Variables.ACTION_ITEM_ID, opened.actionItemId())
        .correlateAllWithResult().isEmpty();
    if (!started && suspended(ActionPlanFollowUpProcess.KEY, opened.country(),
        VpiInitiativeProcess.Variables.INITIATIVE_ID, opened.initiativeId())) {
      throw new IllegalStateException("The follow-up of the plan of VPI " + opened.initiativeId()
          + " is suspended: action " + opened.actionItemId() + " is followed once it is activated");
    }
  }

  /** Whether such an instance exists but is suspended: the engine would pass it by without a word. */
  private boolean suspended(String processKey, String country, String variable, long value) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).tenantIdIn(country)
        .variableValueEquals(variable, value).suspended().count() > 0;
  }

  private void asPlatform(Runnable work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      work.run();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
