package org.unodc.vpi.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.RecordType;

/**
 * The results report of each VPI, as the results-report step drafts, endorses and presents it, and
 * its publication outside the VPI's circle, which needs the government's consent.
 */
@Service
@Transactional
public class ResultsReportBook {

  static final String PUBLISHED = "published";

  private final ResultsReportRepository reports;
  private final InitiativeRegister initiatives;
  private final AuditTrail audit;
  private final Clock clock;

  public ResultsReportBook(ResultsReportRepository reports, InitiativeRegister initiatives, AuditTrail audit,
      Clock clock) {
    this.reports = reports;
    this.initiatives = initiatives;
    this.audit = audit;
    this.clock = clock;
  }

  /** The VPI's report, if it lies in the reader's countries; otherwise "not found". */
  @Transactional(readOnly = true)
  public ResultsReport get(long initiativeId, CountryScope scope) {
    return scope.visible(reports.findByInitiativeId(initiativeId), ResultsReport::getCountry,
        RecordType.RESULTS_REPORT, initiativeId);
  }

  /** A published report, for anyone; empty alike for an unpublished report and for none at all. */
  @Transactional(readOnly = true)
  public Optional<PublishedReport> published(long initiativeId) {
    return reports.findByInitiativeId(initiativeId).filter(ResultsReport::isPublished)
        .map(r -> new PublishedReport(initiativeId, r.getCountry(),
            initiatives.get(initiativeId, CountryScope.everyCountry()).getTitle(), r.getSummary(),
            r.getDocumentLink(), r.getPublishedAt()));
  }

  public ResultsReport drafted(String country, long initiativeId, String summary, String documentLink, String actor) {
    ResultsReport report = reports.findByInitiativeId(initiativeId)
        .orElseGet(() -> new ResultsReport(country, initiativeId, now()));
    return change(report, r -> r.draft(summary, documentLink, now()), actor);
  }

  public ResultsReport changesRequested(long initiativeId, String comments, String actor) {
    return change(existing(initiativeId), r -> r.changesRequested(comments, now()), actor);
  }

  /** The government endorses the report and says, in the same step, whether it may be published. */
  public ResultsReport endorsed(long initiativeId, PublicationConsent consent, String actor) {
    return change(existing(initiativeId), r -> r.endorse(consent, actor, now()), actor);
  }

  public ResultsReport presented(long initiativeId, String presentedAt, LocalDate presentedOn, String actor) {
    return change(existing(initiativeId), r -> r.presented(presentedAt, presentedOn, now()), actor);
  }

  /** Makes the report public; refused unless the government consented. Publishing again changes nothing. */
  public ResultsReport publish(long initiativeId, CountryScope scope, String actor) {
    ResultsReport report = get(initiativeId, scope);
    if (report.isPublished()) {
      return report;
    }
    report.publish(actor, now());
    reports.saveAndFlush(report);
    audit.event(RecordType.RESULTS_REPORT, report.getId(), report.getCountry(), PUBLISHED, actor,
        Map.of("publishedAt", report.getPublishedAt().toString(), "consentRecordedBy", report.getConsentRecordedBy()));
    return report;
  }

  /** To the microsecond the database keeps, so an answer shows what a later read returns. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private ResultsReport existing(long initiativeId) {
    return reports.findByInitiativeId(initiativeId)
        .orElseThrow(() -> new IllegalStateException("No results report drafted for VPI " + initiativeId));
  }

  private ResultsReport change(ResultsReport report, Consumer<ResultsReport> step, String actor) {
    boolean isNew = report.getId() == null;
    Map<String, Object> before = isNew ? Map.of() : report.snapshot();
    step.accept(report);
    reports.saveAndFlush(report);
    if (isNew) {
      audit.created(RecordType.RESULTS_REPORT, report.getId(), report.getCountry(), actor, report.snapshot());
    } else {
      audit.updated(RecordType.RESULTS_REPORT, report.getId(), report.getCountry(), actor, before, report.snapshot());
    }
    return report;
  }
}
