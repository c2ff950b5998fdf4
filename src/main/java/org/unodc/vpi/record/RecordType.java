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

  private RecordType() {}
}
