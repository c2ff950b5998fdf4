package org.unodc.vpi.record;

/** The kinds of record the audit trail follows; the names appear in the API. */
public final class RecordType {

  public static final String STAKEHOLDER = "stakeholder";
  public static final String MEETING = "meeting";
  public static final String PRIORITY = "priority";
  public static final String ACTION_ITEM = "action-item";
  public static final String ALLIANCE = "alliance";
  public static final String INITIATIVE = "initiative";
  public static final String RESULTS_REPORT = "results-report";
  public static final String REVIEW_MILESTONE = "review-milestone";
  public static final String TASK_FORCE = "task-force";
  public static final String REVIEW_INPUT = "review-input";
  public static final String NATIONAL_PROJECT = "national-project";
  public static final String COUNCIL_MEMBER = "council-member";
  public static final String REVMOD_PARTICIPANT = "revmod-participant";
  public static final String COP_DELEGATION_MEMBER = "cop-delegation-member";

  private RecordType() {}
}
