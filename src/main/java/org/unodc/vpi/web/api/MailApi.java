package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.MailKind;
import org.unodc.vpi.notification.MailStatus;
import org.unodc.vpi.notification.OutboxMail;
import org.unodc.vpi.notification.OutboxReview;

@Tag(name = "Mails", description = "The outbox, for coordinators: mails waiting, sent, and failed with the reason")
@RestController
@RequestMapping("/api/mails")
class MailApi {

  static final Set<String> SORTABLE = Set.of("id", "createdAt", "sentAt", "nextAttemptAt", "status", "kind");

  record MailView(long id, MailKind kind, String country, String recipientUserId, String recipientEmail,
      String subject, MailStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
      Instant sentAt) {

    static MailView of(OutboxMail m) {
      return new MailView(m.getId(), m.getKind(), m.getCountry(), m.getRecipientUserId(), m.getRecipientEmail(),
          m.getSubject(), m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError(), m.getCreatedAt(),
          m.getSentAt());
    }
  }

  /** Optionally a corrected address. */
  record RetryRequest(String email) {}

  private final OutboxReview review;

  MailApi(OutboxReview review) {
    this.review = review;
  }

  @Operation(summary = "List mails (coordinators)", description = "status=FAILED lists the mails that were refused"
      + " for good, each with the reason; PENDING those waiting for their next attempt.")
  @GetMapping
  PageView<MailView> list(@RequestParam(required = false) MailStatus status,
      @RequestParam(required = false) String country,
      @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "read the outbox", Roles.COORDINATORS);
    return PageView.of(review.list(status, country, user.scope(), SortableFields.check(page, SORTABLE)), MailView::of);
  }

  @Operation(summary = "Send a failed mail again (coordinators)",
      description = "Body {\"email\": \"...\"} to send it to a corrected address; {} for the same one.")
  @PostMapping("/{id}/retry")
  MailView retry(@PathVariable long id, @RequestBody(required = false) RetryRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "retry a mail", Roles.COORDINATORS);
    return MailView.of(review.retry(id, request == null ? null : request.email(), user.scope()));
  }
}
