package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.unodc.vpi.calendar.MilestoneDetails;
import org.unodc.vpi.calendar.MilestoneFilter;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.calendar.WorkingGroup;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;

@Tag(name = "Review calendar", description = "Per country: the Review Mechanism cluster under way and its milestone"
    + " dates (self-assessment questionnaire due, COP working-group sessions, COP sessions)")
@RestController
@RequestMapping("/api/review-calendar")
class ReviewCalendarApi {

  static final Set<String> SORTABLE = Set.of("id", "dueOn", "kind", "country", "updatedAt");

  /** A new milestone: the country it belongs to and what it is. */
  record NewMilestoneRequest(
      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{vpi.country.format}") String country,
      @NotNull ReviewCluster reviewCluster,
      @NotNull MilestoneKind kind,
      WorkingGroup workingGroup,
      @Size(max = 300) String title,
      @NotNull LocalDate dueOn) {

    MilestoneDetails details() {
      return new MilestoneDetails(reviewCluster, kind, workingGroup, title, dueOn);
    }
  }

  /** A changed milestone, with the version read; its country stays as it is. */
  record MilestoneChangeRequest(
      @NotNull ReviewCluster reviewCluster,
      @NotNull MilestoneKind kind,
      WorkingGroup workingGroup,
      @Size(max = 300) String title,
      @NotNull LocalDate dueOn,
      @PositiveOrZero Long version) {

    MilestoneDetails details() {
      return new MilestoneDetails(reviewCluster, kind, workingGroup, title, dueOn);
    }
  }

  record MilestoneView(long id, String country, ReviewCluster reviewCluster, MilestoneKind kind,
      WorkingGroup workingGroup, String title, LocalDate dueOn, long version, Instant createdAt, String createdBy,
      Instant updatedAt, String updatedBy) {

    static MilestoneView of(ReviewMilestone m) {
      return new MilestoneView(m.getId(), m.getCountry(), m.getReviewCluster(), m.getKind(), m.getWorkingGroup(),
          m.getTitle(), m.getDueOn(), m.getVersion(), m.getCreatedAt(), m.getCreatedBy(), m.getUpdatedAt(),
          m.getUpdatedBy());
    }
  }

  private final ReviewCalendar calendar;

  ReviewCalendarApi(ReviewCalendar calendar) {
    this.calendar = calendar;
  }

  @Operation(summary = "List the review milestones of your countries",
      description = "Earliest first by default. Filter by country, kind, and from (due on or after, yyyy-mm-dd)."
          + " Sort by id, dueOn, kind, country or updatedAt.")
  @GetMapping
  PageView<MilestoneView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) MilestoneKind kind,
      @Parameter(description = "Only milestones due on or after this day")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @PageableDefault(size = 20, sort = {"dueOn", "id"}, direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(calendar.list(new MilestoneFilter(country, kind, from), user.scope(),
        SortableFields.check(page, SORTABLE)), MilestoneView::of);
  }

  @Operation(summary = "Read one review milestone")
  @GetMapping("/{id}")
  MilestoneView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return MilestoneView.of(calendar.get(id, user.scope()));
  }

  @Operation(summary = "Add a milestone to a country's review calendar (coordinators)",
      description = "workingGroup is required for a WORKING_GROUP_SESSION and must be left out for other kinds.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MilestoneView create(@Valid @RequestBody NewMilestoneRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change the review calendar", Roles.COORDINATORS);
    Access.requireCountry(user, request.country());
    return MilestoneView.of(calendar.create(request.country(), request.details(), user.id()));
  }

  @Operation(summary = "Change a review milestone, e.g. move its date (coordinators)",
      description = "Send the version you read; 409 if someone changed it since. The work scheduled from the date"
          + " moves with it.")
  @PutMapping("/{id}")
  MilestoneView update(@PathVariable long id, @Valid @RequestBody MilestoneChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change the review calendar", Roles.COORDINATORS);
    return MilestoneView.of(calendar.update(id, Access.requireVersion(request.version()), request.details(),
        user.scope(), user.id()));
  }

  @Operation(summary = "Delete a review milestone (coordinators)",
      description = "Send the version you read as ?version=; 409 if someone changed it since.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id, @RequestParam(required = false) Long version,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change the review calendar", Roles.COORDINATORS);
    calendar.delete(id, Access.requireVersion(version), user.scope(), user.id());
  }

  @Operation(summary = "Who changed the milestone, what and when", description = "Also for a deleted milestone.")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return calendar.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
