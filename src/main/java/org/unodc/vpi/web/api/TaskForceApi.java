package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.taskforce.MemberSide;
import org.unodc.vpi.taskforce.TaskForce;
import org.unodc.vpi.taskforce.TaskForceDetails;
import org.unodc.vpi.taskforce.TaskForceFilter;
import org.unodc.vpi.taskforce.TaskForceMember;
import org.unodc.vpi.taskforce.TaskForces;

@Tag(name = "Task forces", description = "Informal thematic task forces of a VPI (menu of options, level B):"
    + " government and non-governmental members, and their meetings (ordinary meetings of kind TASK_FORCE)")
@RestController
@RequestMapping("/api/task-forces")
class TaskForceApi {

  static final Set<String> SORTABLE = Set.of("id", "name", "theme", "country", "updatedAt");

  /** A new task force of a VPI. */
  record NewTaskForceRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 300) String theme,
      @Valid @Size(max = 100) List<TaskForceMemberEntry> members) {

    TaskForceDetails details() {
      return TaskForceApi.details(name, theme, members);
    }
  }

  /** A changed task force, with the version read; its VPI stays as it is. */
  record TaskForceChangeRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 300) String theme,
      @Valid @Size(max = 100) List<TaskForceMemberEntry> members,
      @PositiveOrZero Long version) {

    TaskForceDetails details() {
      return TaskForceApi.details(name, theme, members);
    }
  }

  record TaskForceMemberEntry(@NotBlank @Size(max = 150) String name,
      @NotBlank @Size(max = 200) String organisation, @NotNull MemberSide side) {}

  /** A meeting of kind TASK_FORCE of the same VPI to add to the task force's meetings. */
  record TaskForceMeetingRequest(@NotNull Long meetingId, @PositiveOrZero Long version) {}

  record TaskForceView(long id, String country, long initiativeId, String name, String theme,
      List<TaskForceMemberEntry> members, List<Long> meetingIds, long version, Instant createdAt, String createdBy,
      Instant updatedAt, String updatedBy) {

    static TaskForceView of(TaskForce t) {
      return new TaskForceView(t.getId(), t.getCountry(), t.getInitiativeId(), t.getName(), t.getTheme(),
          t.getMembers().stream()
              .map(m -> new TaskForceMemberEntry(m.getName(), m.getOrganisation(), m.getSide())).toList(),
          t.getMeetingIds(), t.getVersion(), t.getCreatedAt(), t.getCreatedBy(), t.getUpdatedAt(), t.getUpdatedBy());
    }
  }

  private final TaskForces taskForces;
  private final InitiativeRegister initiatives;

  TaskForceApi(TaskForces taskForces, InitiativeRegister initiatives) {
    this.taskForces = taskForces;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the task forces of your countries",
      description = "Filter by initiativeId and country. Sort by id, name, theme, country or updatedAt.")
  @GetMapping
  PageView<TaskForceView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId,
      @PageableDefault(size = 20, sort = {"name", "id"}, direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(taskForces.list(new TaskForceFilter(country, initiativeId), user.scope(),
        SortableFields.check(page, SORTABLE)), TaskForceView::of);
  }

  @Operation(summary = "Read one task force")
  @GetMapping("/{id}")
  TaskForceView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return TaskForceView.of(taskForces.get(id, user.scope()));
  }

  @Operation(summary = "Set up a task force of a VPI (every role of its country)",
      description = "Members need at least one GOVERNMENT and one NON_GOVERNMENTAL member.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TaskForceView create(@Valid @RequestBody NewTaskForceRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "set up a task force", MeetingKind.TASK_FORCE.roles().toArray(String[]::new));
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return TaskForceView.of(taskForces.create(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change a task force: its name, theme or members",
      description = "Send the version you read; 409 if someone changed it since. The members still need both sides.")
  @PutMapping("/{id}")
  TaskForceView update(@PathVariable long id, @Valid @RequestBody TaskForceChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a task force", MeetingKind.TASK_FORCE.roles().toArray(String[]::new));
    return TaskForceView.of(taskForces.update(id, Access.requireVersion(request.version()),
        request.details(), user.scope(), user.id()));
  }

  @Operation(summary = "The task force's meetings, earliest first",
      description = "Schedule them with POST /api/meetings (kind TASK_FORCE), then add them here.")
  @GetMapping("/{id}/meetings")
  List<MeetingApi.MeetingView> meetings(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return taskForces.meetingsOf(taskForces.get(id, user.scope()), user.scope()).stream()
        .map(MeetingApi.MeetingView::of).toList();
  }

  @Operation(summary = "Add a meeting to the task force's meetings",
      description = "The meeting must be of kind TASK_FORCE, of the same VPI, and not another task force's."
          + " Send the task force's version you read; 409 if someone changed it since.")
  @PostMapping("/{id}/meetings")
  TaskForceView linkMeeting(@PathVariable long id, @Valid @RequestBody TaskForceMeetingRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a task force", MeetingKind.TASK_FORCE.roles().toArray(String[]::new));
    return TaskForceView.of(taskForces.linkMeeting(id, Access.requireVersion(request.version()),
        request.meetingId(), user.scope(), user.id()));
  }

  @Operation(summary = "Take a meeting off the task force's meetings",
      description = "The meeting itself stays. Send the task force's version you read as ?version=.")
  @DeleteMapping("/{id}/meetings/{meetingId}")
  TaskForceView unlinkMeeting(@PathVariable long id, @PathVariable long meetingId,
      @RequestParam(required = false) Long version, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a task force", MeetingKind.TASK_FORCE.roles().toArray(String[]::new));
    return TaskForceView.of(taskForces.unlinkMeeting(id, Access.requireVersion(version), meetingId,
        user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the task force, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return taskForces.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }

  private static TaskForceDetails details(String name, String theme, List<TaskForceMemberEntry> members) {
    return new TaskForceDetails(name, theme, members == null ? List.of()
        : members.stream().map(m -> new TaskForceMember(m.name(), m.organisation(), m.side())).toList());
  }
}
