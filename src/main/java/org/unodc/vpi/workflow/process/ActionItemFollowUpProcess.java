package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/action-item-follow-up.bpmn}: the one place they are spelled.
 * One action of a VPI's plan, followed until it is done or dropped: its owners report progress on a
 * cadence ({@code vpi.action-items.report-every}); each report is due by the action's due date when that
 * comes first, so an overdue action is reminded and escalated like any late task. Ended through the API,
 * the action's follow-up ends at once ({@link Messages#ACTION_ITEM_ENDED}).
 */
public final class ActionItemFollowUpProcess {

  public static final String KEY = "action-item-follow-up";

  private ActionItemFollowUpProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_ACTION_ITEM_FOLLOWED = "startEvent_actionItemFollowed";
    public static final String SERVICE_TASK_READ_ACTION_ITEM = "serviceTask_readActionItem";
    public static final String GATEWAY_ACTION_ITEM_OPEN = "gateway_actionItemOpen";
    public static final String END_EVENT_ACTION_ITEM_ALREADY_ENDED = "endEvent_actionItemAlreadyEnded";
    public static final String GATEWAY_ACTION_ITEM_OWNER = "gateway_actionItemOwner";
    public static final String USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS = "userTask_reportCivilSocietyActionProgress";
    public static final String USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS = "userTask_reportGovernmentActionProgress";
    public static final String USER_TASK_REPORT_ACTION_PROGRESS = "userTask_reportActionProgress";
    public static final String GATEWAY_PROGRESS_REPORTED = "gateway_progressReported";
    public static final String GATEWAY_ACTION_ITEM_DECISION = "gateway_actionItemDecision";
    public static final String END_EVENT_ACTION_ITEM_DONE = "endEvent_actionItemDone";
    public static final String END_EVENT_ACTION_ITEM_DROPPED = "endEvent_actionItemDropped";
    public static final String TIMER_EVENT_NEXT_PROGRESS_REPORT = "timerEvent_nextProgressReport";
    public static final String SUB_PROCESS_ACTION_ITEM_ENDED_OUTSIDE_REPORT = "subProcess_actionItemEndedOutsideReport";
    public static final String MESSAGE_EVENT_ACTION_ITEM_ENDED = "messageEvent_actionItemEnded";
    public static final String END_EVENT_ACTION_ITEM_ENDED_OUTSIDE_REPORT = "endEvent_actionItemEndedOutsideReport";

    private Elements() {}
  }

  /** Messages this process receives. */
  public static final class Messages {
    /**
     * The action was done or dropped through the API (correlated on {@link Variables#ACTION_ITEM_ID}): no
     * more reports are asked, an open report task ends.
     */
    public static final String ACTION_ITEM_ENDED = "actionItemEnded";

    private Messages() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String REPORT_ACTION_ITEM_PROGRESS = "report-action-item-progress";

    private Forms() {}
  }

  /** Process variables: the action handed in by the plan, what is read of it, and what the form writes. */
  public static final class Variables {
    /** The action item's id (a Long), set by the plan for each instance. */
    public static final String ACTION_ITEM_ID = "actionItemId";
    public static final String ACTION_ITEM_TITLE = "actionItemTitle";
    /** The role that reports: civil society or the government after the first owner, else coordinators. */
    public static final String ACTION_ITEM_OWNER_GROUP = "actionItemOwnerGroup";
    /** The action's due date (ISO yyyy-MM-dd), null when it has none. */
    public static final String ACTION_ITEM_DUE_ON = "actionItemDueOn";
    /** Whether the action was done or dropped meanwhile (through the API): nothing more to report. */
    public static final String ACTION_ITEM_ENDED = "actionItemEnded";
    public static final String ACTION_ITEM_PERCENT_COMPLETE = "actionItemPercentComplete";
    public static final String ACTION_ITEM_PROGRESS = "actionItemProgress";
    public static final String ACTION_ITEM_DECISION = "actionItemDecision";
    public static final String ACTION_ITEM_DROP_REASON = "actionItemDropReason";

    private Variables() {}
  }

  /**
   * Every variable stays in this step: each action runs as one of several parallel instances, and
   * copying back would let them overwrite one another. What they record is in the action item.
   */
  public static final class KeptInStep {
    public static final String ACTION_ITEM_ID = Variables.ACTION_ITEM_ID;
    public static final String ACTION_ITEM_TITLE = Variables.ACTION_ITEM_TITLE;
    public static final String ACTION_ITEM_OWNER_GROUP = Variables.ACTION_ITEM_OWNER_GROUP;
    public static final String ACTION_ITEM_DUE_ON = Variables.ACTION_ITEM_DUE_ON;
    public static final String ACTION_ITEM_ENDED = Variables.ACTION_ITEM_ENDED;
    public static final String ACTION_ITEM_PERCENT_COMPLETE = Variables.ACTION_ITEM_PERCENT_COMPLETE;
    public static final String ACTION_ITEM_PROGRESS = Variables.ACTION_ITEM_PROGRESS;
    public static final String ACTION_ITEM_DECISION = Variables.ACTION_ITEM_DECISION;
    public static final String ACTION_ITEM_DROP_REASON = Variables.ACTION_ITEM_DROP_REASON;

    private KeptInStep() {}
  }

  /** Values of {@link Variables#ACTION_ITEM_DECISION}. */
  public static final class Decisions {
    public static final String CONTINUE = "continue";
    public static final String DONE = "done";
    public static final String DROPPED = "dropped";

    private Decisions() {}
  }
}
