package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.actionplan.ActionItem;
import org.unodc.vpi.actionplan.ActionItemOwner;
import org.unodc.vpi.actionplan.ActionItemStatus;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.PlanProgress;
import org.unodc.vpi.actionplan.ProgressReport;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.initiative.Initiative;
import org.unodc.vpi.initiative.InitiativeFilter;
import org.unodc.vpi.initiative.InitiativeRegister;

@Tag(name = "Initiatives", description = "VPIs, their status and the dates of each step (written by the process)")
@RestController
@RequestMapping("/api/initiatives")
class InitiativeApi {

  static final Set<String> SORTABLE = Set.of("id", "country", "status", "openedAt", "closedAt", "title");

  /** A VPI and when each of its steps started and ended. */
  record InitiativeView(long id, String reference, String country, String title, String thematicFocus,
      String reviewCluster, String collaborationLevel, LocalDate consentDate, String status, Instant openedAt,
      Instant closedAt, List<StepView> steps, long version) {

    static InitiativeView of(Initiative i) {
      return new InitiativeView(i.getId(), i.getReference(), i.getCountry(), i.getTitle(), i.getThematicFocus(),
          i.getReviewCluster(), i.getCollaborationLevel(), i.getConsentDate(), i.getStatus(), i.getOpenedAt(),
          i.getClosedAt(), i.getSteps().stream()
              .map(s -> new StepView(s.getStep(), s.getStartedAt(), s.getCompletedAt())).toList(),
          i.getVersion());
    }
  }

  record StepView(String step, Instant startedAt, Instant completedAt) {}

  /** Where a VPI's action plan stands: each action, and the whole plan. */
  record PlanProgressView(List<ItemProgressView> items, OverallView overall, List<PlanReportView> planReports) {

    static PlanProgressView of(PlanProgress progress) {
      return new PlanProgressView(progress.items().stream().map(ItemProgressView::of).toList(),
          OverallView.of(progress.overall()), progress.reports().stream().map(PlanReportView::of).toList());
    }
  }

  /** One action: status, percent, whether it is overdue, why it was dropped, and its owners' last report. */
  record ItemProgressView(long id, String title, List<String> owners, LocalDate dueDate, ActionItemStatus status,
      int percentComplete, boolean overdue, String dropReason, PlanReportView lastReport) {

    static ItemProgressView of(PlanProgress.ItemProgress p) {
      ActionItem i = p.item();
      return new ItemProgressView(i.getId(), i.getTitle(), i.getOwners().stream().map(ActionItemOwner::getName).toList(),
          i.getDueDate(), i.getStatus(), i.getPercentComplete(), p.overdue(), i.getDropReason(),
          p.lastReport() == null ? null : PlanReportView.of(p.lastReport()));
    }
  }

  /**
   * The whole plan: how many actions are done, dropped, open (of which overdue), the mean percent of
   * the actions not dropped, and whether every action has ended (the follow-up then closes).
   */
  record OverallView(int items, int done, int dropped, int open, int overdue, int averagePercentComplete,
      boolean ended, LocalDate asOf) {

    static OverallView of(PlanProgress.Overall o) {
      return new OverallView(o.items(), o.done(), o.dropped(), o.open(), o.overdue(), o.averagePercent(), o.ended(),
          o.asOf());
    }
  }

  /** A dated progress report: on one action, or (earlier follow-ups) on the whole plan. */
  record PlanReportView(LocalDate reportedOn, int percentComplete, String text, String reportedBy) {

    static PlanReportView of(ProgressReport r) {
      return new PlanReportView(r.getReportedOn(), r.getPercentComplete(), r.getText(), r.getReportedBy());
    }
  }

  private final InitiativeRegister register;
  private final ActionPlan plan;

  InitiativeApi(InitiativeRegister register, ActionPlan plan) {
    this.register = register;
    this.plan = plan;
  }

  @Operation(summary = "List the VPIs of your countries", description = "Sort by id, country, status, openedAt, "
      + "closedAt or title.")
  @GetMapping
  PageView<InitiativeView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) String status, @RequestParam(required = false) String collaborationLevel,
      @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(register.list(new InitiativeFilter(country, status, collaborationLevel), user.scope(),
        SortableFields.check(page, SORTABLE)), InitiativeView::of);
  }

  @Operation(summary = "Read one VPI with the dates of its steps")
  @GetMapping("/{id}")
  InitiativeView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return InitiativeView.of(register.get(id, user.scope()));
  }

  @Operation(summary = "Progress on the VPI's action plan", description = "Each action with its status, percent, "
      + "due date, whether it is overdue, why it was dropped and its owners' last report; overall: actions done, "
      + "dropped, open and overdue, the mean percent of the actions not dropped, and whether every action has ended. "
      + "planReports: whole-plan reports of earlier follow-ups.")
  @GetMapping("/{id}/plan-progress")
  PlanProgressView planProgress(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    register.get(id, user.scope());
    return PlanProgressView.of(plan.progressOfPlan(id));
  }
}
