package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.stakeholder.OrganisationType;
import org.unodc.vpi.stakeholder.StakeholderFilter;
import org.unodc.vpi.stakeholder.StakeholderRegister;

@Tag(name = "Stakeholders", description = "The stakeholder register of each country")
@RestController
@RequestMapping("/api/stakeholders")
class StakeholderApi {

  static final Set<String> SORTABLE = Set.of("id", "name", "type", "country", "createdAt", "updatedAt");

  private final StakeholderRegister register;
  private final AuditTrail audit;

  StakeholderApi(StakeholderRegister register, AuditTrail audit) {
    this.register = register;
    this.audit = audit;
  }

  @Operation(summary = "List organisations of your countries", description = "Filters are optional. "
      + "Sort by " + "id, name, type, country, createdAt or updatedAt, e.g. sort=name,asc.")
  @GetMapping
  PageView<StakeholderView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) String name,
      @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(register.list(new StakeholderFilter(country, type, initiativeId, name), user.scope(),
        SortableFields.check(page, SORTABLE)), o -> StakeholderView.of(o, user));
  }

  @Operation(summary = "Read one organisation")
  @GetMapping("/{id}")
  StakeholderView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return StakeholderView.of(register.get(id, user.scope()), user);
  }

  @Operation(summary = "Add an organisation to a country's register (coordinators, civil society)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StakeholderView create(@Valid @RequestBody StakeholderRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "add a stakeholder organisation", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    Access.requireCountry(user, request.country());
    return StakeholderView.of(register.create(request.country(), request.initiativeId(), request.details(),
        user.id()), user);
  }

  @Operation(summary = "Change an organisation (coordinators, civil society)",
      description = "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  StakeholderView update(@PathVariable long id, @Valid @RequestBody StakeholderRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a stakeholder organisation", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    return StakeholderView.of(register.update(id, Access.requireVersion(request.version()), request.details(),
        user.scope(), user.id()), user);
  }

  @Operation(summary = "Who changed the organisation, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    register.get(id, user.scope());
    return audit.historyOf(RecordType.STAKEHOLDER, id).stream().map(AuditEntryView::of)
        .map(entry -> new AuditEntryView(entry.action(), entry.changedBy(), entry.changedAt(),
            UnsharedContacts.inChanges(entry.changes(), user)))
        .toList();
  }

}
