package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.notification.OpenTask;
import org.unodc.vpi.workflow.notification.TaskDeadlineChanges;

@Tag(name = "Tasks", description = "What coordinators do about an overdue task: extend its due date or reassign it")
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskDeadlineApi {

  /** A new due date: the task is due by the end of that day; today or later. */
  record DueDateRequest(@NotNull LocalDate dueDate) {}

  /** The user to do the task: a member of the task's candidate group in its country. */
  record AssigneeRequest(@NotBlank @Size(max = 255) String userId) {}

  record TaskView(String id, String taskKey, String name, String country, List<String> candidateGroups,
      String assignee, LocalDate dueDate, Instant reminderAt, Instant overdueAt) {

    static TaskView of(OpenTask task) {
      return new TaskView(task.id(), task.taskKey(), task.name(), task.country(), task.candidateGroups(),
          task.assignee(), task.dueDate(), task.reminderAt(), task.overdueAt());
    }
  }

  /** No open task with that id in the caller's countries. */
  static class UnknownTaskException extends RuntimeException {
    UnknownTaskException(String taskId) {
      super(taskId);
    }
  }

  private final TaskDeadlineChanges tasks;
  private final MessageSource messages;

  TaskDeadlineApi(TaskDeadlineChanges tasks, MessageSource messages) {
    this.tasks = tasks;
    this.messages = messages;
  }

  @Operation(summary = "Read an open task's due date, assignee, reminder and escalation (coordinators)")
  @GetMapping
  TaskView read(@PathVariable String taskId, @AuthenticationPrincipal ApiUser user) {
    return TaskView.of(openTask(taskId, user, "read a task's due date"));
  }

  @Operation(summary = "Extend or change an open task's due date (coordinators)",
      description = "The task is due by the end of the day given; its reminder moves to the configured time "
          + "before it (vpi.tasks.remind-before) and its escalation to the due date, also after they went out.")
  @PutMapping("/due-date")
  TaskView moveDueDate(@PathVariable String taskId, @Valid @RequestBody DueDateRequest request,
      @AuthenticationPrincipal ApiUser user) {
    openTask(taskId, user, "change a task's due date");
    return TaskView.of(tasks.moveDueDate(taskId, request.dueDate()).orElseThrow(() -> new UnknownTaskException(taskId)));
  }

  @Operation(summary = "Assign an open task to a member of its role in its country (coordinators)")
  @PutMapping("/assignee")
  TaskView assign(@PathVariable String taskId, @Valid @RequestBody AssigneeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    openTask(taskId, user, "reassign a task");
    return TaskView.of(tasks.assign(taskId, request.userId().strip()).orElseThrow(() -> new UnknownTaskException(taskId)));
  }

  @ExceptionHandler(UnknownTaskException.class)
  ProblemDetail notFound(UnknownTaskException e) {
    return ApiProblem.of(HttpStatus.NOT_FOUND, "notFound",
        messages.getMessage("api.problem.notFound.title", null, LocaleContextHolder.getLocale()),
        messages.getMessage("api.problem.taskNotFound.detail", new Object[] {e.getMessage()},
            LocaleContextHolder.getLocale()));
  }

  /** Coordinators only; a task of a country the caller is not in is as unknown as a missing one. */
  private OpenTask openTask(String taskId, ApiUser user, String action) {
    Access.requireRole(user, action, Roles.COORDINATORS);
    return tasks.find(taskId).filter(task -> task.country() != null && user.countries().contains(task.country()))
        .orElseThrow(() -> new UnknownTaskException(taskId));
  }
}
