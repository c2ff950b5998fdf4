package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.nationalproject.NationalProject;
import org.unodc.vpi.nationalproject.NationalProjectDetails;
import org.unodc.vpi.nationalproject.NationalProjectFilter;
import org.unodc.vpi.nationalproject.NationalProjects;
import org.unodc.vpi.nationalproject.ProjectStatus;

@Tag(name = "National projects", description = "National projects and initiatives started from a VPI's action"
    + " plan (menu of options, level C)")
@RestController
@RequestMapping("/api/national-projects")
class NationalProjectApi {

  static final Set<String> SORTABLE = Set.of("id", "title", "startDate", "status", "country", "updatedAt");

  /** A new project of a VPI, started from one of the actions of its plan. */
  record NewNationalProjectRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 300) String title,
      @NotNull Long actionItemId,
      @NotBlank @Size(max = 200) String leadOrganisation,
      LocalDate startDate,
      ProjectStatus status,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{vpi.website.format}") String link) {

    NationalProjectDetails details() {
      return new NationalProjectDetails(title, actionItemId, leadOrganisation, startDate, status, link);
    }
  }

  /** A changed project, with the version read; its VPI stays as it is. */
  record NationalProjectChangeRequest(
      @NotBlank @Size(max = 300) String title,
      @NotNull Long actionItemId,
      @NotBlank @Size(max = 200) String leadOrganisation,
      LocalDate startDate,
      ProjectStatus status,
      @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{vpi.website.format}") String link,
      @PositiveOrZero Long version) {

    NationalProjectDetails details() {
      return new NationalProjectDetails(title, actionItemId, leadOrganisation, startDate, status, link);
    }
  }

  record NationalProjectView(long id, String country, long initiativeId, String title, long actionItemId,
      String leadOrganisation, LocalDate startDate, ProjectStatus status, String link, long version,
      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static NationalProjectView of(NationalProject p) {
      return new NationalProjectView(p.getId(), p.getCountry(), p.getInitiativeId(), p.getTitle(), p.getActionItemId(),
          p.getLeadOrganisation(), p.getStartDate(), p.getStatus(), p.getLink(), p.getVersion(), p.getCreatedAt(),
          p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
    }
  }

  private final NationalProjects projects;
  private final InitiativeRegister initiatives;

  NationalProjectApi(NationalProjects projects, InitiativeRegister initiatives) {
    this.projects = projects;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the national projects of your countries",
      description = "Filter by initiativeId, country, actionItemId and status. Sort by id, title, startDate, status,"
          + " country or updatedAt.")
  @GetMapping
  PageView<NationalProjectView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) Long actionItemId,
      @RequestParam(required = false) ProjectStatus status,
      @PageableDefault(size = 20, sort = {"title", "id"}, direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(projects.list(new NationalProjectFilter(country, initiativeId, actionItemId, status),
        user.scope(), SortableFields.check(page, SORTABLE)), NationalProjectView::of);
  }

  @Operation(summary = "Read one national project")
  @GetMapping("/{id}")
  NationalProjectView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return NationalProjectView.of(projects.get(id, user.scope()));
  }

  @Operation(summary = "Record a national project started from the plan (every role of its country)",
      description = "actionItemId must be an action of the same VPI's plan. status defaults to PLANNED; a RUNNING"
          + " or COMPLETED project needs its startDate.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  NationalProjectView create(@Valid @RequestBody NewNationalProjectRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "record a national project", Roles.ALL.toArray(String[]::new));
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return NationalProjectView.of(projects.create(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change a national project, e.g. its status",
      description = "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  NationalProjectView update(@PathVariable long id, @Valid @RequestBody NationalProjectChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a national project", Roles.ALL.toArray(String[]::new));
    return NationalProjectView.of(projects.update(id, Access.requireVersion(request.version()),
        request.details(), user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the national project, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return projects.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
