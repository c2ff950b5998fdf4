package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/action-plan-follow-up.bpmn}: the one place they are spelled.
 * Each action of the VPI's plan is followed in an instance of {@link ActionItemFollowUpProcess}; the plan
 * closes once every action is done or dropped. An action added or reopened meanwhile is followed at once
 * ({@link Messages#ACTION_ITEM_OPENED}). Variables are the ones this process writes.
 */
public final class ActionPlanFollowUpProcess {

  public static final String KEY = "action-plan-follow-up";

  private ActionPlanFollowUpProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_ACTION_PLAN_AGREED = "startEvent_actionPlanAgreed";
    public static final String CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS = "callActivity_followUpActionItems";
    public static final String SERVICE_TASK_COUNT_OPEN_ACTION_ITEMS = "serviceTask_countOpenActionItems";
    public static final String GATEWAY_EVERY_ACTION_ITEM_ENDED = "gateway_everyActionItemEnded";
    public static final String END_EVENT_ACTION_PLAN_CLOSED = "endEvent_actionPlanClosed";
    public static final String SUB_PROCESS_FOLLOW_UP_OPENED_ACTION_ITEM = "subProcess_followUpOpenedActionItem";
    public static final String MESSAGE_EVENT_ACTION_ITEM_OPENED = "messageEvent_actionItemOpened";
    public static final String CALL_ACTIVITY_FOLLOW_UP_OPENED_ACTION_ITEM = "callActivity_followUpOpenedActionItem";
    public static final String END_EVENT_OPENED_ACTION_ITEM_ENDED = "endEvent_openedActionItemEnded";

    private Elements() {}
  }

  /** Messages this process receives. */
  public static final class Messages {
    /**
     * An action was added to the VPI's plan, or reopened (correlated on the VPI's initiativeId, with
     * {@link Variables#ACTION_ITEM_ID} for the event sub-process): it is followed at once.
     */
    public static final String ACTION_ITEM_OPENED = "actionItemOpened";

    private Messages() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    /**
     * The action one instance of the multi-instance call activity follows (its element variable), or the
     * event sub-process (set in its scope by the message).
     */
    public static final String ACTION_ITEM_ID = "actionItemId";
    /** Actions of the plan neither done nor dropped nor followed, counted once every followed action has ended. */
    public static final String OPEN_ACTION_ITEM_COUNT = "openActionItemCount";

    private Variables() {}
  }

  /** Nothing goes back to the VPI: what the follow-up records is in the action items and their reports. */
  public static final class KeptInStep {
    public static final String ACTION_ITEM_ID = Variables.ACTION_ITEM_ID;
    public static final String OPEN_ACTION_ITEM_COUNT = Variables.OPEN_ACTION_ITEM_COUNT;

    private KeptInStep() {}
  }
}
