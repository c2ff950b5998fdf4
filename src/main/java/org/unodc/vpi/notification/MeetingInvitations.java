package org.unodc.vpi.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.meeting.Meeting;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingCalendarChange;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.meeting.MeetingParticipant;
import org.unodc.vpi.record.CountryScope;

/**
 * Invitations with an iCalendar attachment for each meeting: the invitation, an update when its
 * time, place or agenda change, and a cancel, all for the same calendar event (one UID, a growing
 * SEQUENCE). Queued in the transaction that changed the meeting.
 */
@Component
public class MeetingInvitations {

  private final MeetingBook meetings;
  private final InitiativeRegister initiatives;
  private final CountryMembers members;
  private final NotificationPreferences preferences;
  private final MeetingCalendar calendar;
  private final MailOutbox outbox;
  private final Duration length;
  private final String organizerName;
  private final String organizerEmail;

  public MeetingInvitations(MeetingBook meetings, InitiativeRegister initiatives, CountryMembers members,
      NotificationPreferences preferences, MeetingCalendar calendar, MailOutbox outbox,
      @Value("${vpi.mail.meeting-length:PT2H}") Duration length,
      @Value("${vpi.mail.organizer-name:UNODC VPI coordination}") String organizerName,
      @Value("${vpi.mail.organizer-email:no-reply@vpi.example}") String organizerEmail) {
    this.meetings = meetings;
    this.initiatives = initiatives;
    this.members = members;
    this.preferences = preferences;
    this.calendar = calendar;
    this.outbox = outbox;
    this.length = length;
    this.organizerName = organizerName;
    this.organizerEmail = organizerEmail;
  }

  @EventListener
  public void changed(MeetingCalendarChange change) {
    Meeting meeting = meetings.get(change.meetingId(), CountryScope.everyCountry());
    List<Recipient> invitees = invitees(meeting);
    if (invitees.isEmpty()) {
      return;
    }
    String vpiTitle = initiatives.get(meeting.getInitiativeId(), CountryScope.everyCountry()).getTitle();
    java.util.function.Function<Recipient, CalendarEvent> eventFor = reader -> new CalendarEvent("vpi-meeting-" + meeting.getId() + "@" + domain(),
        meeting.getCalendarSequence(), meeting.getStartsAt(), length,
        vpiTitle + " - " + meeting.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        meeting.getAgenda(), meeting.getPlace() != null ? meeting.getPlace() : meeting.getOnlineLink(),
        // Only the reader as attendee: invitees do not learn each other's addresses.
        meeting.getOnlineLink(), organizerName, organizerEmail, List.of(reader.email()));
    boolean cancel = change.change() == MeetingCalendarChange.Change.CANCELLATION;
    MailKind kind = switch (change.change()) {
      case INVITATION -> MailKind.MEETING_INVITATION;
      case UPDATE -> MailKind.MEETING_UPDATE;
      case CANCELLATION -> MailKind.MEETING_CANCELLED;
    };
    Map<String, Object> model = new HashMap<>();
    model.put("meetingKind", meeting.getKind().name());
    model.put("vpiTitle", vpiTitle);
    model.put("startsAt", meeting.getStartsAt());
    model.put("timeZone", meeting.getStartsAt().getZone().getId());
    model.put("place", meeting.getPlace());
    model.put("onlineLink", meeting.getOnlineLink());
    model.put("agenda", meeting.getAgenda());
    model.put("previousStartsAt", change.previousStartsAt());
    for (Recipient to : invitees) {
      String ics = cancel ? calendar.cancel(eventFor.apply(to)) : calendar.request(eventFor.apply(to));
      outbox.queue(new NewMail(kind, to, "meeting:" + meeting.getId() + ":" + meeting.getCalendarSequence(),
          meeting.getCountry(), model, NoticeClass.ALWAYS, ics, cancel ? "CANCEL" : "REQUEST"));
    }
  }

  /** The country's users the meeting concerns, and the invited participants with an address; each address once. */
  private List<Recipient> invitees(Meeting meeting) {
    Map<String, Recipient> byEmail = new LinkedHashMap<>();
    for (Recipient member : members.of(meeting.getCountry(),
        meeting.getKind().roles())) {
      byEmail.putIfAbsent(member.email().toLowerCase(Locale.ROOT), member);
    }
    for (MeetingParticipant participant : meeting.getParticipants()) {
      if (participant.isInvited() && participant.getEmail() != null && !participant.getEmail().isBlank()) {
        byEmail.putIfAbsent(participant.getEmail().toLowerCase(Locale.ROOT),
            preferences.outsider(participant.getEmail(), participant.getName()));
      }
    }
    return new ArrayList<>(byEmail.values());
  }

  private String domain() {
    return organizerEmail.substring(organizerEmail.indexOf('@') + 1);
  }
}
