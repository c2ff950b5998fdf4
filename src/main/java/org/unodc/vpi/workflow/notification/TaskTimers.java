package org.unodc.vpi.workflow.notification;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The reminder and overdue timers of a user task: the two timeout task listeners every user task of
 * {@code processes/} has (ids {@link #REMINDER} and {@link #OVERDUE}). Their jobs belong to the task's
 * execution; a job's handler configuration names the task and the listener
 * ({@code userTask_x$taskListener~taskListener_reminder}).
 */
public final class TaskTimers {

  /** Id of the timeout listener that reminds the task's people before the due date. */
  public static final String REMINDER = "taskListener_reminder";
  /** Id of the timeout listener that tells the coordinators once the due date has passed. */
  public static final String OVERDUE = "taskListener_overdue";

  private TaskTimers() {}

  /**
   * Moves the task's timers to new times, within the caller's command. A timer that has fired
   * already (the reminder or escalation of the old due date went out) is set again, so a task whose
   * due date was extended is reminded and escalated once more for the new date.
   */
  public static Command<Void> moveTo(String executionId, Date reminderAt, Date overdueAt) {
    return commandContext -> commandContext.runWithoutAuthorization(() -> {
      ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(executionId);
      Map<String, Date> times = new LinkedHashMap<>();
      times.put(REMINDER, reminderAt);
      times.put(OVERDUE, overdueAt);
      times.forEach((listenerId, at) -> move(commandContext, execution, listenerId, at));
      return null;
    });
  }

  private static void move(CommandContext commandContext, ExecutionEntity execution, String listenerId, Date at) {
    Optional<JobEntity> job = job(execution, listenerId);
    if (job.isEmpty()) {
      // Fired already: set it again from the model's declaration, then to the new time.
      TimerDeclarationImpl declaration = TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(
          execution.getActivity()).getOrDefault(execution.getActivityId(), Map.of()).get(listenerId);
      if (declaration != null) {
        TimerEntity timer = declaration.createTimerInstance(execution);
        timer.setDuedate(at);
      }
    } else if (commandContext.getDbEntityManager().getDbEntityCache().isTransient(job.get())) {
      // Created in this very command (the task is being created): not in the database yet.
      job.get().setDuedate(at);
    } else {
      // Through the service: the change is in the operation log like any other due date change.
      commandContext.getProcessEngineConfiguration().getManagementService().setJobDuedate(job.get().getId(), at);
    }
  }

  /** The timer job of one timeout listener of the task at this execution, unless it has fired. */
  private static Optional<JobEntity> job(ExecutionEntity execution, String listenerId) {
    String configuration = configuration(execution.getActivityId(), listenerId);
    return execution.getJobs().stream()
        .filter(job -> TimerTaskListenerJobHandler.TYPE.equals(job.getJobHandlerType()))
        .filter(job -> configuration.equals(job.getJobHandlerConfigurationRaw()))
        .findFirst();
  }

  /** The handler configuration of the timer job of one timeout listener of a task. */
  static String configuration(String taskKey, String listenerId) {
    return taskKey + TimerTaskListenerJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
        + TimerTaskListenerJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + listenerId;
  }
}
