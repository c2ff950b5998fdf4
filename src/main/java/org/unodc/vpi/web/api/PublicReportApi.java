package org.unodc.vpi.web.api;

import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.report.PublishedReport;
import org.unodc.vpi.report.ResultsReportBook;

/**
 * Published results reports, readable without signing in ({@code PublicSecurity}). An unpublished
 * report answers exactly as a missing one, so outsiders cannot learn that it exists.
 */
@RestController
class PublicReportApi {

  record PublicReportView(String country, String title, String summary, String link, Instant publishedAt) {

    static PublicReportView of(PublishedReport r) {
      return new PublicReportView(r.country(), r.title(), r.summary(), r.documentLink(), r.publishedAt());
    }
  }

  private final ResultsReportBook reports;
  private final MessageSource messages;

  PublicReportApi(ResultsReportBook reports, MessageSource messages) {
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/public/reports/{initiativeId}")
  ResponseEntity<?> read(@PathVariable long initiativeId) {
    return reports.published(initiativeId).<ResponseEntity<?>>map(r -> ResponseEntity.ok(PublicReportView.of(r)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblem.of(messages,
            LocaleContextHolder.getLocale(), HttpStatus.NOT_FOUND, "reportNotPublished", String.valueOf(initiativeId))));
  }
}
