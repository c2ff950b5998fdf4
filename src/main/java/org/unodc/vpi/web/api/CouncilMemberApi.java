package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.unodc.vpi.roster.AdvisoryCouncil;
import org.unodc.vpi.roster.CouncilMember;
import org.unodc.vpi.roster.CouncilMemberDetails;
import org.unodc.vpi.roster.CouncilMemberFilter;
import org.unodc.vpi.roster.Mandate;
import org.unodc.vpi.roster.MandateStatus;
import org.unodc.vpi.roster.Seat;
import org.unodc.vpi.roster.SelectionMethod;

@Tag(name = "Advisory Council", description = "Level C: the members of each VPI's Advisory Council. Civil-society"
    + " seats are filled through a public call, government seats by appointment; mandates last two years and"
    + " can be renewed once")
@RestController
@RequestMapping("/api/council-members")
class CouncilMemberApi {

  static final Set<String> SORTABLE = Set.of("id", "memberName", "organisation", "seat", "mandateStart",
      "mandateEnd", "country", "updatedAt");
  private static final String WRITE = "add or change members of an Advisory Council";

  /** A new member of the council of a VPI. */
  record NewCouncilMemberRequest(
      @NotNull Long initiativeId,
      @NotBlank @Size(max = 150) String memberName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull Seat seat,
      SelectionMethod selection,
      @Size(max = 100) String publicCallReference,
      LocalDate publicCallDate,
      @NotNull LocalDate mandateStart) {

    CouncilMemberDetails details() {
      return new CouncilMemberDetails(memberName, organisation, seat, selection, publicCallReference,
          publicCallDate, mandateStart);
    }
  }

  /** A corrected member, with the version read; the VPI and the term stay as they are. */
  record CouncilMemberChangeRequest(
      @NotBlank @Size(max = 150) String memberName,
      @NotBlank @Size(max = 200) String organisation,
      @NotNull Seat seat,
      SelectionMethod selection,
      @Size(max = 100) String publicCallReference,
      LocalDate publicCallDate,
      @NotNull LocalDate mandateStart,
      @PositiveOrZero Long version) {

    CouncilMemberDetails details() {
      return new CouncilMemberDetails(memberName, organisation, seat, selection, publicCallReference,
          publicCallDate, mandateStart);
    }
  }

  /** The version of the member the caller read, for a renewal. */
  record RenewalRequest(@PositiveOrZero Long version) {}

  /**
   * A member as the API shows it. {@code mandateEnd} is the day the mandate ends (start plus two
   * years per term; the member serves until the day before); {@code status} is judged on today.
   */
  record CouncilMemberView(long id, String country, long initiativeId, String memberName, String organisation,
      Seat seat, SelectionMethod selection, String publicCallReference, LocalDate publicCallDate,
      LocalDate mandateStart, int term, LocalDate termStart, LocalDate mandateEnd, boolean renewable,
      MandateStatus status, long version, Instant createdAt, String createdBy, Instant updatedAt,
      String updatedBy) {

    static CouncilMemberView of(CouncilMember m, LocalDate today) {
      Mandate mandate = m.getMandate();
      return new CouncilMemberView(m.getId(), m.getCountry(), m.getInitiativeId(), m.getMemberName(),
          m.getOrganisation(), m.getSeat(), m.getSelection(), m.getPublicCallReference(), m.getPublicCallDate(),
          m.getMandateStart(), m.getTerm(), mandate.termStart(), m.getMandateEnd(), mandate.renewable(),
          mandate.statusOn(today), m.getVersion(), m.getCreatedAt(), m.getCreatedBy(), m.getUpdatedAt(),
          m.getUpdatedBy());
    }
  }

  private final AdvisoryCouncil council;
  private final InitiativeRegister initiatives;

  CouncilMemberApi(AdvisoryCouncil council, InitiativeRegister initiatives) {
    this.council = council;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the council members of your countries",
      description = "Filter by country, initiativeId, seat and status (UPCOMING, CURRENT, FORMER: a member whose"
          + " mandate has ended is FORMER). By seat and name by default; sort by id, memberName, organisation,"
          + " seat, mandateStart, mandateEnd, country or updatedAt.")
  @GetMapping
  PageView<CouncilMemberView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) Seat seat,
      @RequestParam(required = false) MandateStatus status,
      @PageableDefault(size = 20, sort = {"seat", "memberName", "id"}, direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    LocalDate today = council.today();
    return PageView.of(council.list(new CouncilMemberFilter(country, initiativeId, seat, status), user.scope(),
        SortableFields.check(page, SORTABLE)), m -> CouncilMemberView.of(m, today));
  }

  @Operation(summary = "Seats due for renewal: mandates ending in the next days",
      description = "Members whose mandate ends after today and at most `days` days from now, soonest first."
          + " renewable=true: the mandate can still be renewed; false: it was renewed once already and the seat"
          + " needs a new member.")
  @GetMapping("/due-for-renewal")
  PageView<CouncilMemberView> dueForRenewal(
      @Parameter(description = "How many days ahead to look, 1 to 730")
      @RequestParam(defaultValue = "90") @Min(1) @Max(730) int days,
      @RequestParam(required = false) String country, @RequestParam(required = false) Long initiativeId,
      @PageableDefault(size = 50, sort = {"mandateEnd", "id"}, direction = Sort.Direction.ASC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    LocalDate today = council.today();
    return PageView.of(council.dueForRenewal(country, initiativeId, days, user.scope(),
        SortableFields.check(page, SORTABLE)), m -> CouncilMemberView.of(m, today));
  }

  @Operation(summary = "Read one council member")
  @GetMapping("/{id}")
  CouncilMemberView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return CouncilMemberView.of(council.get(id, user.scope()), council.today());
  }

  @Operation(summary = "Add a member to a VPI's Advisory Council (coordinators, government review team)",
      description = "A CIVIL_SOCIETY seat needs the public call's reference and date (not after the mandate's"
          + " start); a GOVERNMENT seat has neither. The mandate ends two years after mandateStart.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CouncilMemberView create(@Valid @RequestBody NewCouncilMemberRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return CouncilMemberView.of(council.add(country, request.initiativeId(), request.details(), user.id()),
        council.today());
  }

  @Operation(summary = "Correct a council member (coordinators, government review team)",
      description = "Send the version you read; 409 if someone changed it since. A renewed mandate stays renewed.")
  @PutMapping("/{id}")
  CouncilMemberView update(@PathVariable long id, @Valid @RequestBody CouncilMemberChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, WRITE, Roles.COORDINATORS, Roles.GOVERNMENT);
    return CouncilMemberView.of(council.update(id, Access.requireVersion(request.version()),
        request.details(), user.scope(), user.id()), council.today());
  }

  @Operation(summary = "Renew a member's mandate for a second two-year term (coordinators, government review team)",
      description = "The second term starts the day the first ends. A mandate can be renewed once: a second"
          + " renewal is refused (400, field term). Send the version you read; 409 if someone changed it since.")
  @PostMapping("/{id}/renewal")
  CouncilMemberView renew(@PathVariable long id, @Valid @RequestBody RenewalRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "renew a mandate on an Advisory Council", Roles.COORDINATORS, Roles.GOVERNMENT);
    return CouncilMemberView.of(council.renew(id, Access.requireVersion(request.version()), user.scope(),
        user.id()), council.today());
  }

  @Operation(summary = "Who changed the council member, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return council.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
