package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.report.PublicationConsent;
import org.unodc.vpi.report.ResultsReportBook;
import org.unodc.vpi.workflow.process.ResultsReportProcess.Decisions;
import org.unodc.vpi.workflow.process.ResultsReportProcess.Forms;
import org.unodc.vpi.workflow.process.ResultsReportProcess.PublicationConsents;
import org.unodc.vpi.workflow.process.ResultsReportProcess.Variables;

/** The results report as UNODC drafts it, the government endorses it (with its consent to publish) and it is presented. */
@Component
public class ResultsReportRecords implements FormRecords {

  private final ResultsReportBook reports;

  public ResultsReportRecords(ResultsReportBook reports) {
    this.reports = reports;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(
        Forms.DRAFT_RESULTS_REPORT, task -> reports.drafted(task.country(), task.initiativeId(),
            task.text(Variables.REPORT_SUMMARY), task.text(Variables.REPORT_DOCUMENT_LINK), task.actor()),
        Forms.COMMENT_ON_RESULTS_REPORT, this::commented,
        Forms.PRESENT_RESULTS_REPORT, task -> reports.presented(task.initiativeId(),
            task.text(Variables.REPORT_PRESENTED_AT), task.date(Variables.REPORT_PRESENTED_ON), task.actor()));
  }

  private void commented(FormTask task) {
    if (Decisions.ENDORSED.equals(task.text(Variables.REPORT_DECISION))) {
      reports.endorsed(task.initiativeId(), consent(task.text(Variables.REPORT_PUBLICATION_CONSENT)), task.actor());
    } else {
      reports.changesRequested(task.initiativeId(), task.text(Variables.REPORT_COMMENTS), task.actor());
    }
  }

  /** The form requires an answer when endorsing; anything but an explicit "granted" is no consent. */
  private static PublicationConsent consent(String answer) {
    return PublicationConsents.GRANTED.equals(answer) ? PublicationConsent.GRANTED : PublicationConsent.REFUSED;
  }
}
