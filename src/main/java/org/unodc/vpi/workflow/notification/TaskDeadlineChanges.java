package org.unodc.vpi.workflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.unodc.vpi.record.InvalidRecordException;

/**
 * What coordinators do about an overdue task: give it a later due date, its reminder and escalation
 * moving along, or hand it to another member of its candidate group. Who may do it is the caller's
 * business (the API); this is the engine side.
 */
@Component
public class TaskDeadlineChanges {

  private final ProcessEngineConfigurationImpl engine;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final TaskDeadlines deadlines;
  private final TaskRecipients recipients;

  public TaskDeadlineChanges(@Lazy ProcessEngineConfigurationImpl engine, TaskService taskService,
      ManagementService managementService, TaskDeadlines deadlines, TaskRecipients recipients) {
    this.engine = engine;
    this.taskService = taskService;
    this.managementService = managementService;
    this.deadlines = deadlines;
    this.recipients = recipients;
  }

  /** The open task with this id, in whichever country. */
  public Optional<OpenTask> find(String taskId) {
    return Optional.ofNullable(task(taskId)).map(this::view);
  }

  /**
   * Sets the task's due date (the end of that day) and moves its reminder (remind-before ahead of it)
   * and escalation (at it) along, in one transaction. Timers that fired for the old date are set again.
   * Empty when the task is no longer open (completed meanwhile). Two changes of one task at the same
   * moment: the later one fails with the engine's OptimisticLockingException and changes nothing.
   */
  public Optional<OpenTask> moveDueDate(String taskId, LocalDate day) {
    LocalDate today = deadlines.today();
    if (day.isBefore(today)) {
      throw new InvalidRecordException("dueDate", "task.dueDate.past", day.toString(), today.toString());
    }
    Date due = deadlines.dueOn(day);
    boolean moved = engine.getCommandExecutorTxRequired().execute(commandContext -> {
      TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return false;
      }
      task.setDueDate(due);
      commandContext.getProcessEngineConfiguration().getTaskService().saveTask(task);
      TaskTimers.moveTo(task.getExecutionId(), deadlines.reminderBefore(due), due).execute(commandContext);
      return true;
    });
    return moved ? find(taskId) : Optional.empty();
  }

  /**
   * Assigns the task to a member of its candidate group in its country; anyone else is refused.
   * Empty when the task is no longer open.
   */
  public Optional<OpenTask> assign(String taskId, String userId) {
    Optional<OpenTask> task = find(taskId);
    if (task.isEmpty()) {
      return task;
    }
    if (!recipients.isCandidate(userId, task.get().country(), task.get().candidateGroups())) {
      throw new InvalidRecordException("userId", "task.assignee.notCandidate", userId,
          String.join(", ", task.get().candidateGroups()), String.valueOf(task.get().country()));
    }
    try {
      taskService.setAssignee(taskId, userId);
    } catch (NullValueException gone) {
      // Completed between the look-up and the change.
      return Optional.empty();
    }
    return find(taskId);
  }

  private Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }

  private OpenTask view(Task task) {
    List<String> groups = TaskRecipients.candidateGroups(taskService.getIdentityLinksForTask(task.getId()));
    List<Job> timers = managementService.createJobQuery().executionId(task.getExecutionId()).timers().list();
    return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getTenantId(), groups,
        task.getAssignee(), deadlines.dayOf(task.getDueDate()),
        timer(timers, task, TaskTimers.REMINDER), timer(timers, task, TaskTimers.OVERDUE));
  }

  private static Instant timer(List<Job> timers, Task task, String listenerId) {
    String configuration = TaskTimers.configuration(task.getTaskDefinitionKey(), listenerId);
    return timers.stream().filter(job -> configuration.equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
        .findFirst().map(job -> job.getDuedate().toInstant()).orElse(null);
  }
}
