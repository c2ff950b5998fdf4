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
import org.unodc.vpi.priority.Priority;
import org.unodc.vpi.priority.PriorityBook;
import org.unodc.vpi.priority.PriorityFilter;
import org.unodc.vpi.priority.PriorityStatus;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.stakeholder.StakeholderRegister;

@Tag(name = "Priorities", description = "Engagement priorities: proposed by civil society, decided by the government")
@RestController
@RequestMapping("/api/priorities")
class PriorityApi {

  static final Set<String> SORTABLE = Set.of("id", "position", "status", "country", "updatedAt");

  /** A priority as civil society sends it; a changed text is kept as a new revision. */
  record PriorityRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 1000) String text,
      @Size(max = 100) String thematicArea,
      @Size(max = 50) Set<Long> proposerIds,
      @Size(max = 4000) String revisionNote,
      @PositiveOrZero Long version) {}

  /** A government decision: APPROVED, or RETURNED with a comment saying what to change. */
  record DecisionRequest(@NotNull PriorityStatus decision, @Size(max = 4000) String comment,
      @NotNull @PositiveOrZero Long version) {}

  record RevisionView(int revision, String text, String note, String author, Instant createdAt) {}

  record CommentView(PriorityStatus decision, String comment, String author, Instant createdAt) {}

  record PriorityView(long id, String country, long initiativeId, int position, String text, String thematicArea,
      PriorityStatus status, Set<Long> proposerIds, List<RevisionView> revisions, List<CommentView> comments,
      long version, Instant updatedAt) {

    static PriorityView of(Priority p) {
      return new PriorityView(p.getId(), p.getCountry(), p.getInitiativeId(), p.getPosition(), p.getText(),
          p.getThematicArea(), p.getStatus(), p.getProposerIds(),
          p.getRevisions().stream().map(r -> new RevisionView(r.getRevision(), r.getText(), r.getNote(),
              r.getAuthor(), r.getCreatedAt())).toList(),
          p.getComments().stream().map(c -> new CommentView(c.getDecision(), c.getComment(), c.getAuthor(),
              c.getCreatedAt())).toList(),
          p.getVersion(), p.getUpdatedAt());
    }
  }

  private final PriorityBook priorities;
  private final InitiativeRegister initiatives;
  private final AuditTrail audit;
  private final StakeholderRegister stakeholders;

  PriorityApi(PriorityBook priorities, InitiativeRegister initiatives, AuditTrail audit,
      StakeholderRegister stakeholders) {
    this.stakeholders = stakeholders;
    this.priorities = priorities;
    this.initiatives = initiatives;
    this.audit = audit;
  }

  @Operation(summary = "List priorities of your countries", description = "Sort by id, position, status, country or updatedAt.")
  @GetMapping
  PageView<PriorityView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) PriorityStatus status,
      @PageableDefault(size = 20, sort = "position", direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(priorities.list(new PriorityFilter(country, initiativeId, status), user.scope(),
        SortableFields.check(page, SORTABLE)), PriorityView::of);
  }

  @Operation(summary = "Read one priority with all its revisions and government comments")
  @GetMapping("/{id}")
  PriorityView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return PriorityView.of(priorities.get(id, user.scope()));
  }

  @Operation(summary = "Propose a priority (coordinators, civil society)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PriorityView create(@Valid @RequestBody PriorityRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "propose a priority", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    checkProposers(country, orEmpty(request.proposerIds()), user);
    return PriorityView.of(priorities.propose(country, request.initiativeId(), request.text(),
        request.thematicArea(), orEmpty(request.proposerIds()), user.id()));
  }

  @Operation(summary = "Revise a priority (coordinators, civil society)",
      description = "A new text is kept as a revision; a returned priority goes back under review. "
          + "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  PriorityView update(@PathVariable long id, @Valid @RequestBody PriorityRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "revise a priority", Roles.COORDINATORS, Roles.CIVIL_SOCIETY);
    checkProposers(priorities.get(id, user.scope()).getCountry(), orEmpty(request.proposerIds()), user);
    return PriorityView.of(priorities.update(id, Access.requireVersion(request.version()), request.text(),
        request.revisionNote(), request.thematicArea(), orEmpty(request.proposerIds()), user.scope(),
        user.id()));
  }

  @Operation(summary = "Approve or return a priority (government review team)")
  @PostMapping("/{id}/decisions")
  PriorityView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "decide on a priority", Roles.GOVERNMENT);
    return PriorityView.of(priorities.decide(id, request.version(), request.decision(), request.comment(),
        user.scope(), user.id()));
  }

  @Operation(summary = "Who changed the priority, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    priorities.get(id, user.scope());
    return audit.historyOf(RecordType.PRIORITY, id).stream().map(AuditEntryView::of).toList();
  }

  /** Each proposer must be an organisation of the priority's country (it was a 409 from the foreign key). */
  private void checkProposers(String country, Set<Long> proposerIds, ApiUser user) {
    for (Long id : proposerIds) {
      boolean known;
      try {
        known = stakeholders.get(id, user.scope()).getCountry().equals(country);
      } catch (RecordNotFoundException e) {
        known = false;
      }
      if (!known) {
        throw new InvalidRecordException("proposerIds", "record.priority.unknownProposer", String.valueOf(id), country);
      }
    }
  }

  private static Set<Long> orEmpty(Set<Long> ids) {
    return ids == null ? Set.of() : ids;
  }
}
