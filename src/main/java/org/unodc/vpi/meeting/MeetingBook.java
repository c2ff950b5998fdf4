package org.unodc.vpi.meeting;


import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;

/** The meetings of every VPI, as scheduled and as held; every change audited. */
@Service
@Transactional
public class MeetingBook {

  private final MeetingRepository meetings;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public MeetingBook(MeetingRepository meetings, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
    this.meetings = meetings;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Page<Meeting> list(MeetingFilter filter, CountryScope scope, Pageable page) {
    ListQuery<Meeting> query = ListQuery.<Meeting>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("initiativeId", filter.initiativeId()).equalTo("kind", filter.kind());
    return meetings.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public Meeting get(long id, CountryScope scope) {
    return scope.visible(meetings.findById(id), Meeting::getCountry, RecordType.MEETING, id);
  }

  public Meeting create(String country, long initiativeId, MeetingDetails details, String actor) {
    Meeting meeting = new Meeting(country, initiativeId, clock.instant());
    meeting.describe(details, clock.instant());
    meetings.saveAndFlush(meeting);
    audit.created(RecordType.MEETING, meeting.getId(), country, actor, meeting.snapshot());
    events.publishEvent(new MeetingCalendarChange(meeting.getId(), MeetingCalendarChange.Change.INVITATION, null));
    return meeting;
  }

  public Meeting update(long id, long readVersion, MeetingDetails details, CountryScope scope,
      String actor) {
    Meeting meeting = get(id, scope);
    StaleRecordException.check(RecordType.MEETING, id, readVersion, meeting.getVersion());
    refuseCancelled(meeting);
    return change(meeting, current -> details, actor);
  }

  /** Calls a meeting off: invitees get a cancel for the event in their calendars. */
  public Meeting cancel(long id, long readVersion, CountryScope scope, String actor) {
    Meeting meeting = get(id, scope);
    StaleRecordException.check(RecordType.MEETING, id, readVersion, meeting.getVersion());
    refuseCancelled(meeting);
    Map<String, Object> before = meeting.snapshot();
    meeting.cancel(clock.instant());
    meetings.saveAndFlush(meeting);
    audit.updated(RecordType.MEETING, meeting.getId(), meeting.getCountry(), actor, before, meeting.snapshot());
    events.publishEvent(new MeetingCalendarChange(id, MeetingCalendarChange.Change.CANCELLATION, null));
    return meeting;
  }

  private static void refuseCancelled(Meeting meeting) {
    if (meeting.isCancelled()) {
      throw new InvalidRecordException("id", "record.meeting.cancelled", String.valueOf(meeting.getId()));
    }
  }

  /** The form scheduling a VPI's meeting of this kind: creates it, or moves it if scheduled before. */
  public Meeting scheduled(String country, long initiativeId, MeetingKind kind, ZonedDateTime startsAt,
      String placeOrLink, String agenda, String actor) {
    boolean online = placeOrLink != null && placeOrLink.matches("(?i)https?://\\S+");
    var latest = meetings.findFirstByInitiativeIdAndKindOrderByIdDesc(initiativeId, kind);
    UnaryOperator<MeetingDetails> schedule = current -> new MeetingDetails(kind, startsAt,
        online ? null : placeOrLink, online ? placeOrLink : null, agenda,
        current == null ? null : current.minutes(), current == null ? null : current.heldOn(),
        current == null ? null : current.attendanceCount(),
        current == null ? null : current.participants());
    if (latest.isEmpty()) {
      return create(country, initiativeId, schedule.apply(null), actor);
    }
    return change(latest.get(), schedule, actor);
  }

  /** The form recording that a VPI's meeting of this kind took place. */
  public Meeting held(String country, long initiativeId, MeetingKind kind, LocalDate heldOn,
      Integer attendanceCount, String minutes, String actor) {
    Meeting meeting = meetings.findFirstByInitiativeIdAndKindOrderByIdDesc(initiativeId, kind)
        .orElseGet(() -> create(country, initiativeId, new MeetingDetails(kind,
            heldOn.atStartOfDay(ZoneOffset.UTC), null, null, null, null, null, null, null), actor));
    return change(meeting, current -> new MeetingDetails(kind, current.startsAt(), current.place(),
        current.onlineLink(), current.agenda(), minutes != null ? minutes : current.minutes(),
        heldOn, attendanceCount, current.participants()), actor);
  }

  private Meeting change(Meeting meeting, UnaryOperator<MeetingDetails> change, String actor) {
    Map<String, Object> before = meeting.snapshot();
    ZonedDateTime startedAt = meeting.getStartsAt();
    boolean calendarChanged = meeting.describe(change.apply(meeting.details()), clock.instant());
    meetings.saveAndFlush(meeting);
    audit.updated(RecordType.MEETING, meeting.getId(), meeting.getCountry(), actor, before, meeting.snapshot());
    if (calendarChanged && !meeting.isCancelled()) {
      events.publishEvent(new MeetingCalendarChange(meeting.getId(), MeetingCalendarChange.Change.UPDATE, startedAt));
    }
    return meeting;
  }
}
