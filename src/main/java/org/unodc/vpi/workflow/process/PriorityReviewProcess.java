package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/priority-review.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class PriorityReviewProcess {

  public static final String KEY = "priority-review";

  private PriorityReviewProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_PRIORITIES_SUBMITTED = "startEvent_prioritiesSubmitted";
    public static final String USER_TASK_REVIEW_PRIORITIES = "userTask_reviewPriorities";
    public static final String GATEWAY_PRIORITIES_APPROVED = "gateway_prioritiesApproved";
    public static final String END_EVENT_PRIORITIES_APPROVED = "endEvent_prioritiesApproved";
    public static final String USER_TASK_REVISE_PRIORITIES = "userTask_revisePriorities";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String REVIEW_PRIORITIES = "review-priorities";
    public static final String REVISE_PRIORITIES = "revise-priorities";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String PRIORITY_DECISION = "priorityDecision";
    public static final String PRIORITY_REVIEW_COMMENTS = "priorityReviewComments";
    public static final String PRIORITIES = "priorities";
    public static final String REVISION_NOTE = "revisionNote";

    private Variables() {}
  }

  /** Values of the decision variables that the gateways read. */
  public static final class Decisions {
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";

    private Decisions() {}
  }
}
