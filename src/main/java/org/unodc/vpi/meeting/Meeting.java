package org.unodc.vpi.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A meeting of a VPI: when and where, the agenda, who was invited and came, and the minutes. */
@Entity
@Table(name = "meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingKind kind;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  /** The zone the meeting is held in, so its time reads as the participants see it. */
  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  private String place;

  @Column(name = "online_link")
  private String onlineLink;

  private String agenda;

  private String minutes;

  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "attendance_count")
  private Integer attendanceCount;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<MeetingParticipant> participants = new ArrayList<>();

  @Version
  private long version;

  /** Grows with each change calendar programs must show (time, place, agenda) and with the cancel. */
  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Meeting() {}

  Meeting(String country, Long initiativeId, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
  }

  /** Takes the new details; true when what calendar programs show changed (time, place, link, agenda). */
  boolean describe(MeetingDetails details, Instant now) {
    boolean calendarChanged = startsAt != null && (!startsAt.equals(details.startsAt().toInstant())
        || !timeZone.equals(details.startsAt().getZone().getId()) || !Objects.equals(place, details.place())
        || !Objects.equals(onlineLink, details.onlineLink()) || !Objects.equals(agenda, details.agenda()));
    if (calendarChanged) {
      calendarSequence++;
    }
    this.kind = details.kind();
    this.startsAt = details.startsAt().toInstant();
    this.timeZone = details.startsAt().getZone().getId();
    this.place = details.place();
    this.onlineLink = details.onlineLink();
    this.agenda = details.agenda();
    this.minutes = details.minutes();
    this.heldOn = details.heldOn();
    this.attendanceCount = details.attendanceCount();
    this.participants = new ArrayList<>(details.participants());
    this.updatedAt = now;
    return calendarChanged;
  }

  void cancel(Instant now) {
    cancelledAt = now;
    calendarSequence++;
    updatedAt = now;
  }

  MeetingDetails details() {
    return new MeetingDetails(kind, getStartsAt(), place, onlineLink, agenda, minutes, heldOn,
        attendanceCount, participants);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", kind == null ? null : kind.name());
    fields.put("startsAt", startsAt == null ? null : getStartsAt().toString());
    fields.put("place", place);
    fields.put("onlineLink", onlineLink);
    fields.put("agenda", agenda);
    fields.put("minutes", minutes);
    fields.put("heldOn", heldOn == null ? null : heldOn.toString());
    fields.put("attendanceCount", attendanceCount);
    fields.put("participants", participants.stream().map(MeetingParticipant::snapshot).toList());
    fields.put("cancelledAt", cancelledAt == null ? null : cancelledAt.toString());
    return fields;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public MeetingKind getKind() {
    return kind;
  }

  /** The start as the participants read it: in the meeting's own time zone. */
  public ZonedDateTime getStartsAt() {
    return startsAt.atZone(ZoneId.of(timeZone));
  }

  public String getPlace() {
    return place;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public String getAgenda() {
    return agenda;
  }

  public String getMinutes() {
    return minutes;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Integer getAttendanceCount() {
    return attendanceCount;
  }

  public List<MeetingParticipant> getParticipants() {
    return List.copyOf(participants);
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
