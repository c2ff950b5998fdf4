package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.account.AccountDeactivation;
import org.unodc.vpi.account.AccountDeactivations;
import org.unodc.vpi.account.AccountDirectory;
import org.unodc.vpi.account.AccountInvitations;
import org.unodc.vpi.account.NewInvitation;
import org.unodc.vpi.account.SentInvitation;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.record.InvalidRecordException;

@Tag(name = "Accounts", description = "Coordinators invite people into a country and a role, and end their access")
@RestController
@RequestMapping("/api/accounts")
class AccountApi {

  /**
   * Whom to invite. {@code country}: ISO 3166 alpha-3 (BRA), none for a coordinator. {@code role}:
   * governmentReviewTeam, civilSociety or unodcCoordinators. {@code language} of the invitation and
   * later mails: en, fr, es or pt. {@code userId}: optional, letters and digits; made from the
   * e-mail address when left out.
   */
  record InvitationRequest(@Size(max = 320) String email, @Size(max = 100) String firstName,
      @Size(max = 100) String lastName, @Size(max = 3) String country, @Size(max = 64) String role,
      @Size(max = 8) String language, @Size(max = 64) String userId) {}

  record DeactivationView(String userId, String country, String role, String deactivatedBy, Instant deactivatedAt) {

    static DeactivationView of(AccountDeactivation d) {
      return new DeactivationView(d.getUserId(), d.getCountry(), d.getRole(), d.getDeactivatedBy(),
          d.getDeactivatedAt());
    }
  }

  private final AccountInvitations invitations;
  private final AccountDeactivations deactivations;
  private final AccountDirectory directory;

  AccountApi(AccountInvitations invitations, AccountDeactivations deactivations, AccountDirectory directory) {
    this.invitations = invitations;
    this.deactivations = deactivations;
    this.directory = directory;
  }

  @Operation(summary = "List accounts (coordinators)", description = "Active accounts first, then deactivated ones;"
      + " country (ISO 3166 alpha-3) narrows the list to one country.")
  @GetMapping
  List<AccountDirectory.Account> list(@RequestParam(required = false) String country,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "list accounts", Roles.COORDINATORS);
    return directory.list(blankToNull(country));
  }

  @Operation(summary = "Invite a person (coordinators; the administrator invites coordinators)", description = "Sends an e-mail with a link, valid once and"
      + " for a limited time (vpi.accounts.invitation-valid-for, 7 days by default), where the person chooses a"
      + " password; the account exists from then on. A new invitation to the same user id replaces an earlier one."
      + " Inviting a deactivated account's user id again gives its access back.")
  @PostMapping("/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  SentInvitation invite(@jakarta.validation.Valid @RequestBody InvitationRequest request,
      @AuthenticationPrincipal ApiUser user) {
    // A fresh installation has only its administrator: they invite the first coordinators, nobody else.
    if (!(user.hasAnyRole(Roles.ADMINISTRATORS) && Roles.COORDINATORS.equals(request.role()))) {
      Access.requireRole(user, "invite people", Roles.COORDINATORS);
    }
    return invitations.invite(new NewInvitation(request.email(), request.firstName(), request.lastName(),
        blankToNull(request.country()), request.role(), language(request.language()), request.userId()), user.id());
  }

  @Operation(summary = "Deactivate an account (coordinators)", description = "The person's password stops working"
      + " at once on every way in, open Tasklist sessions end, they leave their role and country, and the tasks they"
      + " had taken go back to their group. Deactivating twice changes nothing.")
  @PostMapping("/{userId}/deactivation")
  DeactivationView deactivate(@PathVariable String userId, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "deactivate accounts", Roles.COORDINATORS);
    return DeactivationView.of(deactivations.deactivate(userId, user.id()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  private static Locale language(String language) {
    if (language == null || language.isBlank()) {
      return Locale.ENGLISH;
    }
    if (!NotificationPreferences.LANGUAGES.contains(language)) {
      throw new InvalidRecordException("language", "account.language.unknown", language,
          String.join(", ", NotificationPreferences.LANGUAGES));
    }
    return Locale.forLanguageTag(language);
  }
}
