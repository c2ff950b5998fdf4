package org.unodc.vpi.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.process.EngagementMenuDecision;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Makes sure the three role groups exist with the grants each role needs and no more, and a
 * Tasklist filter that shows each person the tasks they may see. Runs at every start, in every
 * profile; adds only what is missing.
 *
 * <p>Task grants come from the engine: a candidate group gets read and work permission on its own
 * tasks. Tenant membership (one tenant per State party) limits everything to the person's country.
 */
@Component
public class RoleSetup {

  public static final String TASK_FILTER_NAME = "My VPI tasks";
  public static final String COORDINATOR_FILTER_NAME = "UNODC to do";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void ensureRoles() {
    Roles.ALL.forEach(this::ensureGroup);
    String filterId = ensureTaskFilter();
    for (String role : Roles.ALL) {
      grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(role, Resources.FILTER, filterId, Permissions.READ);
      // Tasklist shows the name of a task's process and loads its form from the deployment.
      grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(role, Resources.DEPLOYMENT, "*", Permissions.READ);
    }
    String coordinators = Roles.COORDINATORS;
    grant(coordinators, Resources.FILTER, ensureCoordinatorFilter(), Permissions.READ);
    grant(coordinators, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(coordinators, Resources.PROCESS_DEFINITION, VpiInitiativeProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(coordinators, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
    grant(coordinators, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);
    // The VPI reads the menu of options while a coordinator records the State's consent.
    grant(coordinators, Resources.DECISION_DEFINITION, EngagementMenuDecision.KEY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    // Oversight: coordinators see every task of their countries, but work only on their own.
    grant(coordinators, Resources.TASK, "*", Permissions.READ);
    grant(coordinators, Resources.TENANT, "*", Permissions.READ);
    grant(coordinators, Resources.GROUP, "*", Permissions.READ);
    grant(coordinators, Resources.USER, "*", Permissions.READ);
  }

  private void ensureGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(Roles.displayName(id));
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private String ensureTaskFilter() {
    // No expressions in the query: it lists whatever the signed-in person may read.
    return ensureFilter(TASK_FILTER_NAME, taskService.createTaskQuery(),
        "The VPI tasks of your role and country (for UNODC: every task of every VPI)", -10);
  }

  /** Coordinators read every task; this one lists only those they work on themselves. */
  private String ensureCoordinatorFilter() {
    return ensureFilter(COORDINATOR_FILTER_NAME,
        taskService.createTaskQuery().taskCandidateGroup(Roles.COORDINATORS).includeAssignedTasks(),
        "Tasks for UNODC coordinators", -20);
  }

  private String ensureFilter(String name, TaskQuery query, String description, int priority) {
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "description", description,
            "priority", priority,
            "refresh", true,
            "variables", List.of(
                Map.of("name", VpiInitiativeProcess.Variables.VPI_TITLE, "label", "VPI"),
                Map.of("name", VpiInitiativeProcess.Variables.COUNTRY, "label", "Country"))));
    return filterService.saveFilter(filter).getId();
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
