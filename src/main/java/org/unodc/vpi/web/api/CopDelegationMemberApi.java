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
import org.unodc.vpi.roster.CopDelegation;
import org.unodc.vpi.roster.CopDelegationMember;
import org.unodc.vpi.roster.DelegationMemberDetails;
import org.unodc.vpi.roster.DelegationMemberFilter;
import org.unodc.vpi.stakeholder.OrganisationType;

@Tag(name = "COP delegation members", description = "Level C: NGO, academia and private-sector members of the national"
    + " delegation to a session of the Conference of the Parties")
@RestController
@RequestMapping("/api/cop-delegation-members")
class CopDelegationMemberApi {

  static final Set<String> SORTABLE = Set.of("id", "sessionNumber", "sessionDate", "personName", "organisation",
      "sector", "country", "updatedAt");
  private static final String WRITE = "add or change members of a COP delegation";

  record NewDelegationMemberRequest(
      @NotNull Long initiativeId,
      @NotNull @Min(1) @Max(99) Integer sessionNumber,
      @Size(max = 200) String sessionName,
      @NotNull LocalDate sessionDate,
      @NotBlank @Size(max = 150) String personName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull OrganisationType sector,
      @NotBlank @Size(max = 150) String delegationRole) {

    DelegationMemberDetails details() {
      return new DelegationMemberDetails(sessionNumber, sessionName, sessionDate, personName, organisation, sector,
          delegationRole);
    }
  }

  record DelegationMemberChangeRequest(
      @NotNull @Min(1) @Max(99) Integer sessionNumber,
      @Size(max = 200) String sessionName,
      @NotNull LocalDate sessionDate,
      @NotBlank @Size(max = 150) String personName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull OrganisationType sector,
      @NotBlank @Size(max = 150) String delegationRole,
      @PositiveOrZero Long version) {

    DelegationMemberDetails details() {
      return new DelegationMemberDetails(sessionNumber, sessionName, sessionDate, personName, organisation, sector,
          delegationRole);
    }
  }

  record DelegationMemberView(long id, String country, long initiativeId, int sessionNumber, String sessionName,
      LocalDate sessionDate, String personName, String organisation, OrganisationType sector,
      String delegationRole, long version, Instant createdAt, String createdBy, Instant updatedAt,
      String updatedBy) {

    static DelegationMemberView of(CopDelegationMember m) {
      return new DelegationMemberView(m.getId(), m.getCountry(), m.getInitiativeId(), m.getSessionNumber(),
          m.getSessionName(), m.getSessionDate(), m.getPersonName(), m.getOrganisation(), m.getSector(),
          m.getDelegationRole(), m.getVersion(), m.getCreatedAt(), m.getCreatedBy(), m.getUpdatedAt(),
          m.getUpdatedBy());
    }
  }

  private final CopDelegation delegation;
  private final InitiativeRegister initiatives;

  CopDelegationMemberApi(CopDelegation delegation, InitiativeRegister initiatives) {
    this.delegation = delegation;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the non-governmental COP delegation members of your countries",
      description = "Filter by country, initiativeId and sessionNumber. Latest session first by default.")
  @GetMapping
  PageView<DelegationMemberView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) Integer sessionNumber,
      @PageableDefault(size = 20, sort = {"sessionDate", "id"}, direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(delegation.list(new DelegationMemberFilter(country, initiativeId, sessionNumber),
        user.scope(), SortableFields.check(page, SORTABLE)), DelegationMemberView::of);
  }

  @Operation(summary = "Read one COP delegation member")
  @GetMapping("/{id}")
  DelegationMemberView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return DelegationMemberView.of(delegation.get(id, user.scope()));
  }

  @Operation(summary = "Add a non-governmental member to the delegation to a COP session"
      + " (coordinators, government review team)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DelegationMemberView create(@Valid @RequestBody NewDelegationMemberRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return DelegationMemberView.of(delegation.add(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change a COP delegation member (coordinators, government review team)",
      description = "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  DelegationMemberView update(@PathVariable long id, @Valid @RequestBody DelegationMemberChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    return DelegationMemberView.of(delegation.update(id, Access.requireVersion(request.version()),
        request.details(), user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the COP delegation member, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return delegation.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
