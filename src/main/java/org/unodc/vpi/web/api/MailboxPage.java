package org.unodc.vpi.web.api;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.web.PageTemplates;

/**
 * The mails the embedded SMTP server of the demo profile caught, as a light HTML page for
 * coordinators: a newcomer reads what the platform sent without a mail server of their own.
 * Without the embedded server (a real installation) there is nothing to show: 404.
 */
@Tag(name = "Mails")
@RestController
class MailboxPage {

  /** The page shows this many mails at most, the newest. */
  static final int SHOWN = 200;

  static final String TEXT_HTML_UTF8 = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final ObjectProvider<GreenMail> embeddedSmtp;
  private final MessageSource messages;
  private final PageTemplates pages;

  MailboxPage(ObjectProvider<GreenMail> embeddedSmtp, MessageSource messages, PageTemplates pages) {
    this.embeddedSmtp = embeddedSmtp;
    this.messages = messages;
    this.pages = pages;
  }

  @Operation(operationId = "mailboxPage",
      summary = "Mails caught by the embedded SMTP server (demo profile, coordinators)",
      description = "An HTML page for a browser: the newest " + SHOWN + " mails the platform sent to its embedded"
          + " SMTP server, newest first, each with its plain text and calendar invitation. 404 when the platform"
          + " sends to a real mail server (vpi.mail.embedded-smtp.enabled=false); the outbox is at /api/mails.",
      responses = {
          @ApiResponse(responseCode = "200", description = "The page",
              content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"))),
          @ApiResponse(responseCode = "403", description = "Not a coordinator",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                  schema = @Schema(implementation = ProblemDetail.class))),
          @ApiResponse(responseCode = "404", description = "No embedded SMTP server: mails go to a real mail server",
              content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                  schema = @Schema(implementation = ProblemDetail.class)))})
  @GetMapping(path = "/api/mailbox", produces = TEXT_HTML_UTF8)
  ResponseEntity<String> page(@AuthenticationPrincipal ApiUser user, Locale locale) {
    Access.requireRole(user, "read the mails of the embedded SMTP server", Roles.COORDINATORS);
    GreenMail server = embeddedSmtp.getIfAvailable();
    if (server == null) {
      throw new ErrorResponseException(HttpStatus.NOT_FOUND,
          ApiProblem.of(messages, locale, HttpStatus.NOT_FOUND, "noMailbox"), null);
    }
    List<StoredMessage> all = CaughtMail.newestFirst(server);
    List<CaughtMail> shown = all.stream().limit(SHOWN).map(CaughtMail::of).toList();

    Context context = new Context(locale);
    context.setVariable("mails", shown);
    context.setVariable("total", all.size());
    context.setVariable("received", RECEIVED);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TEXT_HTML_UTF8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", PageTemplates.CONTENT_SECURITY_POLICY)
        .body(pages.render("mailbox", context));
  }
}
