package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.meeting.Meeting;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingDetails;
import org.unodc.vpi.meeting.MeetingFilter;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.meeting.MeetingParticipant;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;

@Tag(name = "Meetings", description = "Planning meetings, VPI meetings, information sessions, councils")
@RestController
@RequestMapping("/api/meetings")
class MeetingApi {

  static final Set<String> SORTABLE = Set.of("id", "startsAt", "kind", "country", "updatedAt");

  /** A meeting as a client sends it; startsAt carries its zone, e.g. 2026-10-15T10:00-03:00[America/Sao_Paulo]. */
  record MeetingRequest(
      @NotNull Long initiativeId,
      @NotNull MeetingKind kind,
      @NotNull ZonedDateTime startsAt,
      @Size(max = 300) String place,
      @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{vpi.website.format}") String onlineLink,
      @Size(max = 4000) String agenda,
      @Size(max = 20000) String minutes,
      LocalDate heldOn,
      @PositiveOrZero @Max(100000) Integer attendanceCount,
      @Valid @Size(max = 500) List<Participant> participants,
      @PositiveOrZero Long version) {

    MeetingDetails details() {
      return new MeetingDetails(kind, startsAt, place, onlineLink, agenda, minutes, heldOn, attendanceCount,
          participants == null ? List.of() : participants.stream().map(p -> new MeetingParticipant(p.name(),
              p.organisation(), p.email(), p.invited(), p.attended())).toList());
    }
  }

  record Participant(@NotBlank @Size(max = 150) String name, @Size(max = 200) String organisation,
      @Email @Size(max = 254) String email, boolean invited, boolean attended) {}

  record MeetingView(long id, String country, long initiativeId, MeetingKind kind, ZonedDateTime startsAt,
      String place, String onlineLink, String agenda, String minutes, LocalDate heldOn, Integer attendanceCount,
      List<Participant> participants, Instant cancelledAt, long version, Instant updatedAt) {

    static MeetingView of(Meeting m) {
      return new MeetingView(m.getId(), m.getCountry(), m.getInitiativeId(), m.getKind(), m.getStartsAt(),
          m.getPlace(), m.getOnlineLink(), m.getAgenda(), m.getMinutes(), m.getHeldOn(), m.getAttendanceCount(),
          m.getParticipants().stream().map(p -> new Participant(p.getName(), p.getOrganisation(), p.getEmail(),
              p.isInvited(), p.isAttended())).toList(), m.getCancelledAt(), m.getVersion(), m.getUpdatedAt());
    }
  }

  private final MeetingBook meetings;
  private final InitiativeRegister initiatives;
  private final AuditTrail audit;

  MeetingApi(MeetingBook meetings, InitiativeRegister initiatives, AuditTrail audit) {
    this.meetings = meetings;
    this.initiatives = initiatives;
    this.audit = audit;
  }

  @Operation(summary = "List meetings of your countries", description = "Sort by id, startsAt, kind, country or updatedAt.")
  @GetMapping
  PageView<MeetingView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId, @RequestParam(required = false) MeetingKind kind,
      @PageableDefault(size = 20, sort = "startsAt", direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(meetings.list(new MeetingFilter(country, initiativeId, kind), user.scope(),
        SortableFields.check(page, SORTABLE)), MeetingView::of);
  }

  @Operation(summary = "Read one meeting")
  @GetMapping("/{id}")
  MeetingView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return MeetingView.of(meetings.get(id, user.scope()));
  }

  @Operation(summary = "Add a meeting to a VPI (every role of its country)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MeetingView create(@Valid @RequestBody MeetingRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "add a meeting of this kind", request.kind().roles().toArray(String[]::new));
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return MeetingView.of(meetings.create(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change a meeting", description = "Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  MeetingView update(@PathVariable long id, @Valid @RequestBody MeetingRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change a meeting of this kind", meetings.get(id, user.scope()).getKind().roles()
        .toArray(String[]::new));
    Access.requireRole(user, "change a meeting of this kind", request.kind().roles().toArray(String[]::new));
    return MeetingView.of(meetings.update(id, Access.requireVersion(request.version()), request.details(),
        user.scope(), user.id()));
  }

  /** The version of the meeting the caller read, for a cancel. */
  record VersionRequest(Long version) {}

  @Operation(summary = "Cancel a meeting", description = "Invitees get a cancel for the event in their calendars."
      + " Send the version you read; 409 if someone changed it since.")
  @PostMapping("/{id}/cancellation")
  MeetingView cancel(@PathVariable long id, @RequestBody VersionRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "cancel a meeting of this kind", meetings.get(id, user.scope()).getKind().roles()
        .toArray(String[]::new));
    return MeetingView.of(meetings.cancel(id, Access.requireVersion(request.version()), user.scope(),
        user.id()));
  }

  @Operation(summary = "Who changed the meeting, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    meetings.get(id, user.scope());
    return audit.historyOf(RecordType.MEETING, id).stream().map(AuditEntryView::of).toList();
  }
}
