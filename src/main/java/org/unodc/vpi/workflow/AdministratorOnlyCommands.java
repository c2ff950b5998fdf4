package org.unodc.vpi.workflow;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Starting a process at a chosen step, restarting it, or moving its tokens skips the steps before:
 * the State's consent, the start form, the country. The permission to start a VPI must not carry
 * those powers, so only administrators may run these commands (the engine itself, acting without
 * an authenticated user, still may).
 */
public class AdministratorOnlyCommands extends CommandInterceptor {

  private static final Set<Class<?>> GUARDED = Set.of(
      StartProcessInstanceAtActivitiesCmd.class, RestartProcessInstancesCmd.class,
      RestartProcessInstancesBatchCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
      ProcessInstanceModificationCmd.class, ProcessInstanceModificationBatchCmd.class);

  private final ProcessEngineConfigurationImpl configuration;

  public AdministratorOnlyCommands(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (GUARDED.contains(command.getClass())) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && !isAdministrator(user)) {
        throw new AuthorizationException("Only administrators may start a VPI at a later step, restart it or move "
            + "it between steps: start it from its beginning instead.");
      }
    }
    return next.execute(command);
  }

  private boolean isAdministrator(Authentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
    return adminUsers.contains(user.getUserId()) || groups.stream().anyMatch(configuration.getAdminGroups()::contains);
  }
}
