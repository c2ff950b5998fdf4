package org.unodc.vpi.meeting;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** What a user can say about a meeting. */
public record MeetingDetails(
    MeetingKind kind,
    ZonedDateTime startsAt,
    String place,
    String onlineLink,
    String agenda,
    String minutes,
    LocalDate heldOn,
    Integer attendanceCount,
    List<MeetingParticipant> participants) {

  public MeetingDetails {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
