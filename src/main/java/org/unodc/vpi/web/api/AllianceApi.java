package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.alliance.Alliance;
import org.unodc.vpi.alliance.AllianceRegister;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;

@Tag(name = "Alliances", description = "National Civil Society Alliances (created by the alliance-formation step)")
@RestController
@RequestMapping("/api/alliances")
class AllianceApi {

  static final Set<String> SORTABLE = Set.of("id", "country", "foundedOn", "updatedAt");

  record AllianceRequest(@Size(max = 500) List<@Size(max = 200) String> members, @Size(max = 150) String contactName,
      @Email @Size(max = 254) String contactEmail, LocalDate foundedOn,
      @Size(max = 4000) String coordinationArrangements, @NotNull @PositiveOrZero Long version) {}

  record MemberView(String name, Long organisationId) {}

  record AllianceView(long id, String country, long initiativeId, List<MemberView> members, LocalDate foundedOn,
      String contactName, String contactEmail, String coordinationArrangements, long version, Instant updatedAt) {

    static AllianceView of(Alliance a) {
      return new AllianceView(a.getId(), a.getCountry(), a.getInitiativeId(),
          a.getMembers().stream().map(m -> new MemberView(m.getName(), m.getOrganisationId())).toList(),
          a.getFoundedOn(), a.getContactName(), a.getContactEmail(), a.getCoordinationArrangements(),
          a.getVersion(), a.getUpdatedAt());
    }
  }

  private final AllianceRegister alliances;
  private final AuditTrail audit;

  AllianceApi(AllianceRegister alliances, AuditTrail audit) {
    this.alliances = alliances;
    this.audit = audit;
  }

  @Operation(summary = "List the Alliances of your countries")
  @GetMapping
  PageView<AllianceView> list(@RequestParam(required = false) String country,
      @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(alliances.list(country, user.scope(), SortableFields.check(page, SORTABLE)),
        AllianceView::of);
  }

  @Operation(summary = "Read one Alliance with its members")
  @GetMapping("/{id}")
  AllianceView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return AllianceView.of(alliances.get(id, user.scope()));
  }

  @Operation(summary = "Change an Alliance (coordinators, civil society)",
      description = "Members are organisation names; those in the register are linked to it.")
  @PutMapping("/{id}")
  AllianceView update(@PathVariable long id, @Valid @RequestBody AllianceRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change an Alliance", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    return AllianceView.of(alliances.update(id, request.version(),
        request.members() == null ? List.of() : request.members(), request.contactName(), request.contactEmail(),
        request.foundedOn(), request.coordinationArrangements(), user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the Alliance, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    alliances.get(id, user.scope());
    return audit.historyOf(RecordType.ALLIANCE, id).stream().map(AuditEntryView::of).toList();
  }
}
