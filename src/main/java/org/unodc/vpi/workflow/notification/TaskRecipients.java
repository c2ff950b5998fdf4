package org.unodc.vpi.workflow.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.CountryMembers;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.notification.Recipient;

/**
 * Who hears of a task: the members of its candidate groups in its country (tenant), the one who
 * claimed it, the country's coordinators. Nobody outside the task's country: a task without a tenant
 * has no recipients. The lookups run without the engine's authorization checks, as the step may be
 * completed by someone (civil society) who may not list the other users.
 */
@Component
public class TaskRecipients {

  private final CountryMembers members;
  private final IdentityService identity;
  private final NotificationPreferences preferences;

  public TaskRecipients(CountryMembers members, IdentityService identity, NotificationPreferences preferences) {
    this.members = members;
    this.identity = identity;
    this.preferences = preferences;
  }

  /** The candidate groups' members in the task's country, with an e-mail address. */
  public List<Recipient> candidates(DelegateTask task) {
    List<String> groups = candidateGroups(task.getCandidates());
    return task.getTenantId() == null || groups.isEmpty() ? List.of() : members.of(task.getTenantId(), groups);
  }

  /** The assignee once someone claimed the task, else the candidates. */
  public List<Recipient> remindees(DelegateTask task) {
    if (task.getAssignee() != null) {
      User assignee = withoutAuthorization(() -> identity.createUserQuery().userId(task.getAssignee()).singleResult());
      if (assignee != null && assignee.getEmail() != null && !assignee.getEmail().isBlank()) {
        return List.of(preferences.recipient(assignee.getId(), assignee.getEmail(), name(assignee)));
      }
    }
    return candidates(task);
  }

  /** The coordinators of a country (a VPI's tenant), who hear of overdue tasks and completed steps. */
  public List<Recipient> coordinators(String tenantId) {
    return tenantId == null ? List.of() : members.of(tenantId, List.of(Roles.COORDINATORS));
  }

  /** Whether the user may take a task of these candidate groups in this country: a member of both. */
  public boolean isCandidate(String userId, String tenantId, Collection<String> groups) {
    return withoutAuthorization(() -> tenantId != null
        && identity.createTenantQuery().tenantId(tenantId).userMember(userId).includingGroupsOfUser(true).count() > 0
        && groups.stream().anyMatch(group ->
            identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }

  /** The group ids among a task's identity links (candidate users are not used by the models). */
  public static List<String> candidateGroups(Collection<? extends IdentityLink> links) {
    return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().sorted().toList();
  }

  private static <T> T withoutAuthorization(Callable<T> lookup) {
    CommandContext command = Context.getCommandContext();
    try {
      // Inside a step (a listener): the step's user may not list users. Outside, no user is signed in
      // to the engine, so there is nothing to switch off.
      return command != null ? command.runWithoutAuthorization(lookup) : lookup.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(User user) {
    return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
  }
}
