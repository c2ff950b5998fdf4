package org.unodc.vpi.meeting;

import java.time.ZonedDateTime;

/**
 * Published (in the changing transaction) when what invitees have in their calendars must change:
 * a new meeting, a new time, place or agenda, or a cancel.
 *
 * @param previousStartsAt the start before an update, else null
 */
public record MeetingCalendarChange(long meetingId, Change change, ZonedDateTime previousStartsAt) {

  public enum Change {
    INVITATION,
    UPDATE,
    CANCELLATION
  }
}
