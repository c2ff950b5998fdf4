package org.unodc.vpi.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.unodc.vpi.account.AccountInvitation;
import org.unodc.vpi.account.AccountInvitations;
import org.unodc.vpi.account.InvitationUnusableException;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.notification.MailLinks;
import org.unodc.vpi.record.InvalidRecordException;

/**
 * The page behind an invitation link: the invited person sees what they are joining and chooses a
 * password, in the language the coordinator invited them in. Reached without signing in: the link's
 * token is the proof, so it is never written to the page, the logs of other sites (no referrer) or
 * a cache.
 */
@RestController
class InvitationPage {

  static final String TEXT_HTML_UTF8 = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  private final AccountInvitations invitations;
  private final PageTemplates pages;
  private final MessageSource messages;
  private final MailLinks links;

  InvitationPage(AccountInvitations invitations, PageTemplates pages, MessageSource messages, MailLinks links) {
    this.invitations = invitations;
    this.pages = pages;
    this.messages = messages;
    this.links = links;
  }

  @GetMapping(path = "/account/invitation/{token}", produces = TEXT_HTML_UTF8)
  ResponseEntity<String> show(@PathVariable String token, Locale browserLanguage) {
    try {
      AccountInvitation invitation = invitations.open(token);
      return page(HttpStatus.OK, form(invitation, Map.of()));
    } catch (InvitationUnusableException e) {
      return unusable(e, browserLanguage);
    }
  }

  @PostMapping(path = "/account/invitation/{token}", produces = TEXT_HTML_UTF8,
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> accept(@PathVariable String token,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, Locale browserLanguage) {
    AccountInvitation invitation;
    try {
      invitation = invitations.open(token);
    } catch (InvitationUnusableException e) {
      return unusable(e, browserLanguage);
    }
    try {
      String userId = invitations.accept(token, password, passwordConfirmation);
      Context context = new Context(invitation.getLanguage());
      context.setVariable("state", "accepted");
      context.setVariable("userId", userId);
      context.setVariable("signInUrl", links.platform() + "/camunda/app/tasklist/default/");
      return page(HttpStatus.OK, context);
    } catch (InvalidRecordException e) {
      Locale language = invitation.getLanguage();
      Map<String, String> errors = e.problems().stream().collect(Collectors.toMap(InvalidRecordException.Problem::field,
          p -> messages.getMessage(p.messageKey(), p.arguments(), language), (a, b) -> a + " " + b));
      return page(HttpStatus.BAD_REQUEST, form(invitation, errors));
    } catch (InvitationUnusableException e) {
      return unusable(e, browserLanguage);
    } catch (DataAccessException | ProcessEngineException e) {
      // The same link sent twice at once: the other request created the account.
      return unusable(InvitationUnusableException.alreadyAccepted(invitation.getLanguage()), browserLanguage);
    }
  }

  private Context form(AccountInvitation invitation, Map<String, String> errors) {
    Locale language = invitation.getLanguage();
    Context context = new Context(language);
    context.setVariable("state", "form");
    context.setVariable("invitation", invitation);
    context.setVariable("roleName", messages.getMessage("role." + invitation.getRole(), null, language));
    context.setVariable("countryName", invitation.getCountry() == null ? null
        : CountryTenants.displayName(invitation.getCountry(), language));
    context.setVariable("expiresOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
        .format(invitation.getExpiresAt().atZone(ZoneOffset.UTC)));
    context.setVariable("errors", errors);
    context.setVariable("minLength", AccountInvitations.MIN_PASSWORD_LENGTH);
    return context;
  }

  private ResponseEntity<String> unusable(InvitationUnusableException e, Locale browserLanguage) {
    Context context = new Context(e.language() != null ? e.language() : browserLanguage);
    context.setVariable("state", "unusable");
    context.setVariable("reason", e.reason().name());
    context.setVariable("signInUrl", links.platform() + "/camunda/app/tasklist/default/");
    // Gone for a link that did exist, so a person can tell a mistyped link from an old one.
    HttpStatus status = e.reason() == InvitationUnusableException.Reason.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
    return page(status, context);
  }

  private ResponseEntity<String> page(HttpStatus status, Context context) {
    return ResponseEntity.status(status)
        .contentType(MediaType.parseMediaType(TEXT_HTML_UTF8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", PageTemplates.CONTENT_SECURITY_POLICY)
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .body(pages.render("invitation", context));
  }
}
