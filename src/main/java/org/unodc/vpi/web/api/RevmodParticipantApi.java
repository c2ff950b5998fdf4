package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.roster.RevmodParticipant;
import org.unodc.vpi.roster.RevmodParticipantDetails;
import org.unodc.vpi.roster.RevmodParticipantFilter;
import org.unodc.vpi.roster.RevmodRole;
import org.unodc.vpi.roster.RevmodRoster;

@Tag(name = "REVMOD participants", description = "Level C: civil-society observers and experts in REVMOD, the secure"
    + " review module of SHERLOC, for the review of a thematic cluster")
@RestController
@RequestMapping("/api/revmod-participants")
class RevmodParticipantApi {

  static final Set<String> SORTABLE = Set.of("id", "personName", "organisation", "role", "reviewCluster",
      "fromDate", "toDate", "country", "updatedAt");
  private static final String WRITE = "add or change REVMOD participants";

  record NewRevmodParticipantRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 150) String personName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull RevmodRole role,
      @NotNull ReviewCluster reviewCluster,
      @NotNull LocalDate fromDate,
      LocalDate toDate) {

    RevmodParticipantDetails details() {
      return new RevmodParticipantDetails(personName, organisation, role, reviewCluster, fromDate, toDate);
    }
  }

  record RevmodParticipantChangeRequest(
      @NotBlank @Size(max = 150) String personName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull RevmodRole role,
      @NotNull ReviewCluster reviewCluster,
      @NotNull LocalDate fromDate,
      LocalDate toDate,
      @PositiveOrZero Long version) {

    RevmodParticipantDetails details() {
      return new RevmodParticipantDetails(personName, organisation, role, reviewCluster, fromDate, toDate);
    }
  }

  record RevmodParticipantView(long id, String country, long initiativeId, String personName, String organisation,
      RevmodRole role, ReviewCluster reviewCluster, LocalDate fromDate, LocalDate toDate, long version,
      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static RevmodParticipantView of(RevmodParticipant p) {
      return new RevmodParticipantView(p.getId(), p.getCountry(), p.getInitiativeId(), p.getPersonName(),
          p.getOrganisation(), p.getRole(), p.getReviewCluster(), p.getFromDate(), p.getToDate(), p.getVersion(),
          p.getCreatedAt(), p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
    }
  }

  private final RevmodRoster roster;
  private final InitiativeRegister initiatives;

  RevmodParticipantApi(RevmodRoster roster, InitiativeRegister initiatives) {
    this.roster = roster;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the REVMOD participants of your countries",
      description = "Filter by country, initiativeId, role and reviewCluster. Latest first by default.")
  @GetMapping
  PageView<RevmodParticipantView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) RevmodRole role,
      @RequestParam(required = false) ReviewCluster reviewCluster,
      @PageableDefault(size = 20, sort = {"fromDate", "id"}, direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(roster.list(new RevmodParticipantFilter(country, initiativeId, role, reviewCluster),
        user.scope(), SortableFields.check(page, SORTABLE)), RevmodParticipantView::of);
  }

  @Operation(summary = "Read one REVMOD participant")
  @GetMapping("/{id}")
  RevmodParticipantView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return RevmodParticipantView.of(roster.get(id, user.scope()));
  }

  @Operation(summary = "Add a civil-society observer or expert in REVMOD (coordinators, government review team)",
      description = "toDate may be left out while the participation lasts; it is never before fromDate.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RevmodParticipantView create(@Valid @RequestBody NewRevmodParticipantRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return RevmodParticipantView.of(roster.add(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change a REVMOD participant (coordinators, government review team)",
      description = "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  RevmodParticipantView update(@PathVariable long id, @Valid @RequestBody RevmodParticipantChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    return RevmodParticipantView.of(roster.update(id, Access.requireVersion(request.version()),
        request.details(), user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the REVMOD participant, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return roster.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
