package org.unodc.vpi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.Delivery;
import org.unodc.vpi.notification.MailKind;
import org.unodc.vpi.notification.MailLinks;
import org.unodc.vpi.notification.MailOutbox;
import org.unodc.vpi.notification.NewMail;
import org.unodc.vpi.notification.NoticeClass;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.notification.Recipient;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.InvalidRecordException.Problem;

/**
 * Onboarding: a coordinator invites a person by e-mail into a country and a role; the person
 * chooses a password through the link in the mail, once, before it expires. Only then does the
 * account exist, so nobody holds a password someone else chose for them.
 */
@Service
@Transactional
public class AccountInvitations {

  /** Camunda accepts only letters and digits in user ids (its default user id pattern). */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{3,64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int MAX_NAME = 100;
  public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

  private final AccountInvitationRepository invitations;
  private final AccountDeactivationRepository deactivations;
  private final IdentityService identity;
  private final CountryTenants countries;
  private final NotificationPreferences preferences;
  private final MailOutbox outbox;
  private final MailLinks links;
  private final Clock clock;
  private final Duration validFor;

  public AccountInvitations(AccountInvitationRepository invitations, AccountDeactivationRepository deactivations,
      IdentityService identity, CountryTenants countries, NotificationPreferences preferences, MailOutbox outbox,
      MailLinks links, Clock clock, @Value("${vpi.accounts.invitation-valid-for:P7D}") Duration validFor) {
    this.invitations = invitations;
    this.deactivations = deactivations;
    this.identity = identity;
    this.countries = countries;
    this.preferences = preferences;
    this.outbox = outbox;
    this.links = links;
    this.clock = clock;
    this.validFor = validFor;
  }

  /**
   * Sends an invitation; an earlier one to the same account stops working. Inviting a deactivated
   * account's user id again is how its access is given back.
   *
   * @throws InvalidRecordException for each field that is wrong, before anything is stored
   */
  public SentInvitation invite(NewInvitation request, String coordinatorId) {
    String userId = request.userId() == null || request.userId().isBlank()
        ? freeUserIdFor(request.email()) : request.userId().strip();
    check(request, userId);
    if (request.country() != null) {
      countries.ensure(request.country(), null);
    }
    Instant now = clock.instant();
    invitations.findByUserIdAndAcceptedAtIsNullAndWithdrawnAtIsNull(userId).forEach(old -> old.withdrawn(now));
    String token = InvitationToken.newToken();
    AccountInvitation invitation = invitations.save(new AccountInvitation(InvitationToken.hash(token), request,
        userId, coordinatorId, now, now.plus(validFor)));
    queueMail(invitation, token, coordinatorId);
    return SentInvitation.of(invitation);
  }

  /** The invitation behind a link, to show the person what they are joining. */
  @Transactional(readOnly = true)
  public AccountInvitation open(String token) {
    AccountInvitation invitation = token == null ? null
        : invitations.findByTokenHash(InvitationToken.hash(token)).orElse(null);
    if (invitation == null) {
      throw new InvitationUnusableException(InvitationUnusableException.Reason.UNKNOWN, null);
    }
    InvitationUnusableException.Reason reason = invitation.unusableAt(clock.instant());
    if (reason != null) {
      throw new InvitationUnusableException(reason, invitation.getLanguage());
    }
    return invitation;
  }

  /**
   * Creates the account with the chosen password (stored hashed and salted by the engine), in the
   * invitation's role and country; the link works no more.
   *
   * @return the new account's user id, to sign in with
   */
  public String accept(String token, String password, String confirmation) {
    AccountInvitation invitation = open(token);
    String userId = invitation.getUserId();
    PasswordRules.check(password, confirmation, userId, invitation.getEmail());
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
    } else if (!deactivations.existsById(userId)) {
      // Only one invitation per user id is pending (a newer one withdraws the older), so an active
      // account with this id was made from this very link: by a second click at the same moment.
      throw InvitationUnusableException.alreadyAccepted(invitation.getLanguage());
    }
    user.setFirstName(invitation.getFirstName());
    user.setLastName(invitation.getLastName());
    user.setEmail(invitation.getEmail());
    user.setPassword(password);
    identity.saveUser(user);
    if (deactivations.existsById(userId)) {
      // Sign-ins refused while deactivated (the old password) must not hold back the new one.
      identity.unlockUser(userId);
    }
    identity.createMembership(userId, invitation.getRole());
    if (!Roles.COORDINATORS.equals(invitation.getRole())) {
      identity.createTenantUserMembership(invitation.getCountry(), userId);
    }
    deactivations.findById(userId).ifPresent(deactivations::delete);
    preferences.change(userId, invitation.getLanguage().getLanguage(), Delivery.IMMEDIATE, true);
    invitation.accepted(clock.instant());
    return userId;
  }

  private void check(NewInvitation request, String userId) {
    List<Problem> problems = new ArrayList<>();
    if (request.email() == null || !EMAIL.matcher(request.email().strip()).matches()) {
      problems.add(new Problem("email", "account.email.invalid", String.valueOf(request.email())));
    } else {
      List<User> sameAddress = identity.createUserQuery().userEmail(request.email().strip()).list();
      sameAddress.stream().filter(u -> !deactivations.existsById(u.getId())).findFirst().ifPresent(u ->
          problems.add(new Problem("email", "account.email.taken", request.email().strip(), u.getId())));
    }
    requireName(problems, "firstName", request.firstName());
    requireName(problems, "lastName", request.lastName());
    if (request.role() == null || !Roles.ALL.contains(request.role())) {
      problems.add(new Problem("role", "account.role.unknown", String.valueOf(request.role()),
          String.join(", ", Roles.ALL)));
    } else if (Roles.COORDINATORS.equals(request.role())) {
      if (request.country() != null) {
        problems.add(new Problem("country", "account.country.notForCoordinators"));
      }
    } else if (!CountryTenants.isCountryCode(request.country())) {
      problems.add(new Problem("country", "account.country.unknown", String.valueOf(request.country())));
    }
    if (!USER_ID.matcher(userId).matches()) {
      problems.add(new Problem("userId", "account.userId.invalid", userId));
    } else {
      User existing = identity.createUserQuery().userId(userId).singleResult();
      if (existing != null && !deactivations.existsById(userId)) {
        problems.add(new Problem("userId", "account.userId.taken", userId));
      } else if (existing != null && request.email() != null
          && !request.email().strip().equalsIgnoreCase(String.valueOf(existing.getEmail()))) {
        // A deactivated account comes back only to the person it was: its history keeps their name.
        problems.add(new Problem("userId", "account.userId.deactivatedOtherPerson", userId));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
  }

  private static void requireName(List<Problem> problems, String field, String value) {
    if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
      problems.add(new Problem(field, "account.name.invalid", MAX_NAME));
    }
  }

  /** maria.silva@ngo.org becomes mariasilva, or mariasilva2 when that is taken. */
  private String freeUserIdFor(String email) {
    String mailbox = email == null ? "" : email.strip().split("@")[0];
    String base = mailbox.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    if (base.length() > 40) {
      base = base.substring(0, 40);
    }
    if (base.length() < 3) {
      base = "user" + base;
    }
    String candidate = base;
    for (int n = 2; identity.createUserQuery().userId(candidate).count() > 0
        || invitations.existsByUserIdAndAcceptedAtIsNullAndWithdrawnAtIsNull(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  private void queueMail(AccountInvitation invitation, String token, String coordinatorId) {
    User coordinator = identity.createUserQuery().userId(coordinatorId).singleResult();
    String inviter = coordinator == null ? coordinatorId
        : (coordinator.getFirstName() + " " + coordinator.getLastName()).strip();
    Recipient to = new Recipient(null, invitation.getEmail(),
        invitation.getFirstName() + " " + invitation.getLastName(), invitation.getLanguage());
    Map<String, Object> model = Map.of(
        "inviterName", inviter,
        "role", invitation.getRole(),
        "userId", invitation.getUserId(),
        "invitationUrl", links.invitation(token),
        "expiresOn", invitation.getExpiresAt().atZone(ZoneOffset.UTC).toLocalDate());
    outbox.queue(new NewMail(MailKind.ACCOUNT_INVITATION, to, "invitation:" + invitation.getId(),
        invitation.getCountry(), model, NoticeClass.ALWAYS));
  }
}
