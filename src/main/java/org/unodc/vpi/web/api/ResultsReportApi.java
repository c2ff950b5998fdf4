package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.CountryNames;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.report.PublicationConsent;
import org.unodc.vpi.report.PublicationNotAgreedException;
import org.unodc.vpi.report.ResultsReport;
import org.unodc.vpi.report.ResultsReportBook;
import org.unodc.vpi.report.ResultsReportStatus;

@Tag(name = "Results reports", description = "The results report of a VPI (written by the results-report step): "
    + "visible to the VPI's country and the coordinators; public only once published with the government's consent")
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/results-report")
class ResultsReportApi {

  record ResultsReportView(long id, long initiativeId, String country, String summary, String documentLink,
      ResultsReportStatus status, String governmentComments, PublicationConsent consent, String consentRecordedBy,
      Instant consentRecordedAt, String presentedAt, LocalDate presentedOn, Instant publishedAt, long version,
      Instant updatedAt) {

    static ResultsReportView of(ResultsReport r) {
      return new ResultsReportView(r.getId(), r.getInitiativeId(), r.getCountry(), r.getSummary(), r.getDocumentLink(),
          r.getStatus(), r.getGovernmentComments(), r.getConsent(), r.getConsentRecordedBy(),
          r.getConsentRecordedAt(), r.getPresentedAt(), r.getPresentedOn(), r.getPublishedAt(), r.getVersion(),
          r.getUpdatedAt());
    }
  }

  private final ResultsReportBook reports;
  private final AuditTrail audit;
  private final MessageSource messages;

  ResultsReportApi(ResultsReportBook reports, AuditTrail audit, MessageSource messages) {
    this.reports = reports;
    this.audit = audit;
    this.messages = messages;
  }

  @Operation(summary = "Read the VPI's results report, with the government's consent to publish it")
  @GetMapping
  ResultsReportView read(@PathVariable long initiativeId, @AuthenticationPrincipal ApiUser user) {
    return ResultsReportView.of(reports.get(initiativeId, user.scope()));
  }

  @Operation(summary = "Publish the results report (coordinators)",
      description = "Makes the report readable by anyone at /public/reports/{initiativeId}. 409 unless the "
          + "government granted its consent when it endorsed the report.")
  @PostMapping("/publication")
  ResultsReportView publish(@PathVariable long initiativeId, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "publish a results report", Roles.COORDINATORS);
    return ResultsReportView.of(reports.publish(initiativeId, user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the results report, what and when")
  @GetMapping("/history")
  List<AuditEntryView> history(@PathVariable long initiativeId, @AuthenticationPrincipal ApiUser user) {
    ResultsReport report = reports.get(initiativeId, user.scope());
    return audit.historyOf(RecordType.RESULTS_REPORT, report.getId()).stream().map(AuditEntryView::of).toList();
  }

  @ExceptionHandler(PublicationNotAgreedException.class)
  ProblemDetail notAgreed(PublicationNotAgreedException e) {
    var locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ApiProblem.of(messages, locale, HttpStatus.CONFLICT, "publicationNotAgreed",
        CountryNames.of(e.country(), locale));
    problem.setProperty("consent", e.consent());
    return problem;
  }
}
