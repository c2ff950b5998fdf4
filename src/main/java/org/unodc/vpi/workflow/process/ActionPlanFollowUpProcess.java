package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/action-plan-follow-up.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class ActionPlanFollowUpProcess {

  public static final String KEY = "action-plan-follow-up";

  private ActionPlanFollowUpProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_ACTION_PLAN_AGREED = "startEvent_actionPlanAgreed";
    public static final String GATEWAY_PROGRESS_ROUND = "gateway_progressRound";
    public static final String PARALLEL_GATEWAY_REQUEST_PROGRESS = "parallelGateway_requestProgress";
    public static final String USER_TASK_REPORT_CIVIL_SOCIETY_PROGRESS = "userTask_reportCivilSocietyProgress";
    public static final String USER_TASK_REPORT_GOVERNMENT_PROGRESS = "userTask_reportGovernmentProgress";
    public static final String PARALLEL_GATEWAY_PROGRESS_REPORTED = "parallelGateway_progressReported";
    public static final String USER_TASK_REVIEW_ACTION_PLAN_PROGRESS = "userTask_reviewActionPlanProgress";
    public static final String GATEWAY_ACTION_PLAN_CLOSED = "gateway_actionPlanClosed";
    public static final String END_EVENT_ACTION_PLAN_CLOSED = "endEvent_actionPlanClosed";
    public static final String TIMER_EVENT_NEXT_PROGRESS_ROUND = "timerEvent_nextProgressRound";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String REPORT_CIVIL_SOCIETY_PROGRESS = "report-civil-society-progress";
    public static final String REPORT_GOVERNMENT_PROGRESS = "report-government-progress";
    public static final String REVIEW_ACTION_PLAN_PROGRESS = "review-action-plan-progress";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String CIVIL_SOCIETY_PROGRESS = "civilSocietyProgress";
    public static final String CIVIL_SOCIETY_PERCENT_COMPLETE = "civilSocietyPercentComplete";
    public static final String GOVERNMENT_PROGRESS = "governmentProgress";
    public static final String GOVERNMENT_PERCENT_COMPLETE = "governmentPercentComplete";
    public static final String ACTION_PLAN_DECISION = "actionPlanDecision";
    public static final String FOLLOW_UP_NOTES = "followUpNotes";

    private Variables() {}
  }

  /** Values of the decision variables that the gateways read. */
  public static final class Decisions {
    public static final String CONTINUE = "continue";
    public static final String CLOSE = "close";

    private Decisions() {}
  }
}
