package org.unodc.vpi.account;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.MailOutbox;
import org.unodc.vpi.record.InvalidRecordException;

/**
 * Ends a person's access at once: their password no longer works anywhere (a random one replaces
 * it), they leave their role and country, the engine's grants to them personally are deleted, the
 * tasks they had taken go back to their group, so nothing waits on someone who has left, mails not
 * yet sent to them are withdrawn, and an invitation link not yet used stops working. Open webapp sessions end on their
 * next request (see {@code web/DeactivatedSessionGuard}). The user row stays, so their name stays
 * on what they did.
 */
@Service
@Transactional
public class AccountDeactivations {

  private final AccountDeactivationRepository deactivations;
  private final AccountInvitationRepository invitations;
  private final IdentityService identity;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final MailOutbox outbox;
  private final Clock clock;

  public AccountDeactivations(AccountDeactivationRepository deactivations, AccountInvitationRepository invitations,
      IdentityService identity, TaskService tasks, AuthorizationService authorizations, MailOutbox outbox,
      Clock clock) {
    this.deactivations = deactivations;
    this.invitations = invitations;
    this.identity = identity;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Deactivates {@code userId}; deactivating an account twice changes nothing.
   *
   * @throws UnknownAccountException when there is no such account
   * @throws InvalidRecordException for one's own account or an administrator's
   */
  public AccountDeactivation deactivate(String userId, String coordinatorId) {
    // A link sent but not yet used ends too, whether or not the account exists yet.
    List<AccountInvitation> pending = invitations.findByUserIdAndAcceptedAtIsNullAndWithdrawnAtIsNull(userId);
    pending.forEach(invitation -> invitation.withdrawn(clock.instant()));
    AccountDeactivation earlier = deactivations.findById(userId).orElse(null);
    if (earlier != null) {
      return earlier;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      if (pending.isEmpty()) {
        throw new UnknownAccountException(userId);
      }
      AccountInvitation invited = pending.get(pending.size() - 1);
      return deactivations.save(new AccountDeactivation(userId, invited.getCountry(), invited.getRole(),
          coordinatorId, clock.instant()));
    }
    if (userId.equals(coordinatorId)) {
      throw new InvalidRecordException("userId", "account.deactivate.self");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    if (groups.contains(Roles.ADMINISTRATORS)) {
      throw new InvalidRecordException("userId", "account.deactivate.administrator", userId);
    }
    List<String> countries = identity.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId).toList();
    AccountDeactivation deactivation = deactivations.save(new AccountDeactivation(userId,
        countries.isEmpty() ? null : countries.get(0),
        groups.stream().filter(Roles.ALL::contains).findFirst().orElse(null), coordinatorId, clock.instant()));

    user.setPassword(InvitationToken.newToken());
    identity.saveUser(user);
    groups.forEach(group -> identity.deleteMembership(userId, group));
    countries.forEach(country -> identity.deleteTenantUserMembership(country, userId));
    for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
      tasks.setAssignee(task.getId(), null);
    }
    for (Task task : tasks.createTaskQuery().taskOwner(userId).list()) {
      tasks.setOwner(task.getId(), null);
    }
    for (Task task : tasks.createTaskQuery().taskCandidateUser(userId).list()) {
      tasks.deleteCandidateUser(task.getId(), userId);
    }
    // The engine grants a user rights of their own (on tasks once assigned, on their profile): none survive.
    authorizations.createAuthorizationQuery().userIdIn(userId).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    outbox.withdrawUnsent(userId, "The recipient's account was deactivated");
    return deactivation;
  }

  @Transactional(readOnly = true)
  public boolean isDeactivated(String userId) {
    return deactivations.existsById(userId);
  }
}
