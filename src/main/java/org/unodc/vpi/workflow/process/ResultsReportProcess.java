package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/results-report.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class ResultsReportProcess {

  public static final String KEY = "results-report";

  private ResultsReportProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_REPORT_REQUESTED = "startEvent_reportRequested";
    public static final String USER_TASK_DRAFT_RESULTS_REPORT = "userTask_draftResultsReport";
    public static final String USER_TASK_COMMENT_ON_RESULTS_REPORT = "userTask_commentOnResultsReport";
    public static final String GATEWAY_REPORT_ENDORSED = "gateway_reportEndorsed";
    public static final String USER_TASK_PRESENT_RESULTS_REPORT = "userTask_presentResultsReport";
    public static final String END_EVENT_REPORT_PRESENTED = "endEvent_reportPresented";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String DRAFT_RESULTS_REPORT = "draft-results-report";
    public static final String COMMENT_ON_RESULTS_REPORT = "comment-on-results-report";
    public static final String PRESENT_RESULTS_REPORT = "present-results-report";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String REPORT_DOCUMENT_LINK = "reportDocumentLink";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_COMMENTS = "reportComments";
    /** The government's answer, when it endorses, to publishing the report outside the VPI's circle. */
    public static final String REPORT_PUBLICATION_CONSENT = "reportPublicationConsent";
    public static final String REPORT_PRESENTED_AT = "reportPresentedAt";
    public static final String REPORT_PRESENTED_ON = "reportPresentedOn";

    private Variables() {}
  }

  /** Values of the decision variables that the gateways read. */
  public static final class Decisions {
    public static final String ENDORSED = "endorsed";
    public static final String CHANGES_REQUESTED = "changesRequested";

    private Decisions() {}
  }

  /** Values of {@link Variables#REPORT_PUBLICATION_CONSENT}. */
  public static final class PublicationConsents {
    public static final String GRANTED = "granted";
    public static final String REFUSED = "refused";

    private PublicationConsents() {}
  }
}
