package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.actionplan.ActionItem;
import org.unodc.vpi.actionplan.ActionItemDetails;
import org.unodc.vpi.actionplan.ActionItemFilter;
import org.unodc.vpi.actionplan.ActionItemOwner;
import org.unodc.vpi.actionplan.ActionItemStatus;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.OwnerKind;
import org.unodc.vpi.actionplan.ProgressReport;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;

@Tag(name = "Action items", description = "The action plans of the VPIs and the progress reported on them")
@RestController
@RequestMapping("/api/action-items")
class ActionItemApi {

  static final Set<String> SORTABLE = Set.of("id", "dueDate", "startDate", "status", "percentComplete", "title",
      "country", "updatedAt");

  record ActionItemRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 300) String title,
      @Size(max = 4000) String description,
      @Valid @Size(max = 20) List<Owner> owners,
      LocalDate startDate,
      LocalDate dueDate,
      ActionItemStatus status,
      @Min(0) @Max(100) Integer percentComplete,
      @Size(max = 4000) String dropReason,
      @PositiveOrZero Long version) {

    ActionItemDetails details() {
      if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
        throw new InvalidRecordException("dueDate", "record.actionItem.dueBeforeStart", dueDate, startDate);
      }
      return new ActionItemDetails(title, description, owners == null ? List.of()
          : owners.stream().map(o -> new ActionItemOwner(o.kind(), o.name())).toList(),
          startDate, dueDate, status, percentComplete, dropReason);
    }
  }

  record Owner(@NotNull OwnerKind kind, @NotBlank @Size(max = 200) String name) {}

  record ProgressRequest(@NotNull LocalDate reportedOn, @Min(0) @Max(100) int percentComplete,
      @NotBlank @Size(max = 4000) String text, @NotNull @PositiveOrZero Long version) {}

  record ProgressView(long id, LocalDate reportedOn, int percentComplete, String text, String reportedBy,
      Instant createdAt) {

    static ProgressView of(ProgressReport r) {
      return new ProgressView(r.getId(), r.getReportedOn(), r.getPercentComplete(), r.getText(), r.getReportedBy(),
          r.getCreatedAt());
    }
  }

  /** An action; {@code dropReason} says why it was dropped (status CANCELLED in the plan's follow-up). */
  record ActionItemView(long id, String country, long initiativeId, String title, String description,
      List<Owner> owners, LocalDate startDate, LocalDate dueDate, ActionItemStatus status, int percentComplete,
      String dropReason, long version, Instant updatedAt) {

    static ActionItemView of(ActionItem i) {
      return new ActionItemView(i.getId(), i.getCountry(), i.getInitiativeId(), i.getTitle(), i.getDescription(),
          i.getOwners().stream().map(o -> new Owner(o.getKind(), o.getName())).toList(), i.getStartDate(),
          i.getDueDate(), i.getStatus(), i.getPercentComplete(), i.getDropReason(), i.getVersion(), i.getUpdatedAt());
    }
  }

  private final ActionPlan plan;
  private final InitiativeRegister initiatives;
  private final AuditTrail audit;

  ActionItemApi(ActionPlan plan, InitiativeRegister initiatives, AuditTrail audit) {
    this.plan = plan;
    this.initiatives = initiatives;
    this.audit = audit;
  }

  @Operation(summary = "List action items of your countries", description = "dueBefore=YYYY-MM-DD finds what is "
      + "due soon or late. Sort by id, dueDate, startDate, status, percentComplete, title, country or updatedAt.")
  @GetMapping
  PageView<ActionItemView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) ActionItemStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
      @PageableDefault(size = 20, sort = "dueDate", direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(plan.list(new ActionItemFilter(country, initiativeId, status, dueBefore), user.scope(),
        SortableFields.check(page, SORTABLE)), ActionItemView::of);
  }

  @Operation(summary = "Read one action item")
  @GetMapping("/{id}")
  ActionItemView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return ActionItemView.of(plan.get(id, user.scope()));
  }

  @Operation(summary = "Add an action to a VPI's plan (every role of its country)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ActionItemView create(@Valid @RequestBody ActionItemRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "add an action item", Roles.ALL.toArray(String[]::new));
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return ActionItemView.of(plan.create(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change an action item", description = "Send the version you read; 409 if someone changed it "
      + "since. Without a status the action keeps its own; status CANCELLED (dropped) needs a dropReason. Done or "
      + "dropped here, the action's follow-up stops asking its owners for reports.")
  @PutMapping("/{id}")
  ActionItemView update(@PathVariable long id, @Valid @RequestBody ActionItemRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change an action item", Roles.ALL.toArray(String[]::new));
    return ActionItemView.of(plan.update(id, Access.requireVersion(request.version()), request.details(),
        user.scope(), user.id()));
  }

  @Operation(summary = "The dated progress reports of an action item")
  @GetMapping("/{id}/progress-reports")
  List<ProgressView> progress(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return plan.progressOf(plan.get(id, user.scope())).stream().map(ProgressView::of).toList();
  }

  @Operation(summary = "Report progress on an action item", description = "Its percent and status follow the report.")
  @PostMapping("/{id}/progress-reports")
  @ResponseStatus(HttpStatus.CREATED)
  ProgressView reportProgress(@PathVariable long id, @Valid @RequestBody ProgressRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "report progress", Roles.ALL.toArray(String[]::new));
    return ProgressView.of(plan.reportProgress(id, request.version(), request.reportedOn(),
        request.percentComplete(), request.text(), user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the action item, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    plan.get(id, user.scope());
    return audit.historyOf(RecordType.ACTION_ITEM, id).stream().map(AuditEntryView::of).toList();
  }
}
