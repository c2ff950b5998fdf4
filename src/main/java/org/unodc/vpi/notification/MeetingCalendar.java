package org.unodc.vpi.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meeting invitations as iCalendar text (RFC 5545, with the iTIP methods of RFC 5546), for a mail to carry as
 * {@code text/calendar; charset=UTF-8; method=REQUEST} (or {@code method=CANCEL}), encoded in UTF-8.
 *
 * <p>Times carry the meeting's own zone: DTSTART and DTEND name it in TZID (the name ical4j's time zone
 * registry gives it) and the calendar holds a VTIMEZONE for it, so Outlook, Google Calendar and Thunderbird all
 * show the right local time. A start with a fixed offset ({@code -03:00}, {@code Z}) is written in UTC.
 *
 * <p>Text goes through ical4j's property classes, which escape commas, semicolons, backslashes and line breaks;
 * the lines are then folded at 75 octets of UTF-8 (see {@link #fold}) and end with CRLF.
 */
public final class MeetingCalendar {

  static final String PRODID = "-//UNODC//VPI platform//EN";

  private static final int MAX_LINE_OCTETS = 75;
  private static final int FIRST_YEAR = 1970;

  private final Clock clock;
  private final TimeZoneRegistry timeZones;

  public MeetingCalendar() {
    this(Clock.systemUTC());
  }

  /** @param clock the clock DTSTAMP is read from */
  public MeetingCalendar(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();
  }

  /** A new or changed meeting: METHOD:REQUEST, STATUS:CONFIRMED, every attendee asked to answer. */
  public String request(CalendarEvent event) {
    return write(event, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
  }

  /**
   * The meeting is called off: METHOD:CANCEL, STATUS:CANCELLED, the meeting's UID and the given sequence, which
   * must be higher than the last request's (calendar programs ignore a cancel that is not).
   */
  public String cancel(CalendarEvent event) {
    return write(event, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
  }

  private String write(CalendarEvent event, Method method, Status status) {
    validate(event);
    ZonedDateTime start = event.start().truncatedTo(ChronoUnit.SECONDS);
    ZonedDateTime end = start.plus(event.duration()).truncatedTo(ChronoUnit.SECONDS);
    String tzid = tzid(start.getZone());

    VEvent vEvent = new VEvent(false); // new VEvent() would add a DTSTAMP from the system clock
    vEvent.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    vEvent.add(new Uid(event.uid().strip()));
    vEvent.add(new Sequence(event.sequence()));
    if (tzid == null) {
      vEvent.add(new DtStart<>(start.toInstant()));
      vEvent.add(new DtEnd<>(end.toInstant()));
    } else {
      // The local time as java.time gives it, with a TZID parameter. Given a ZonedDateTime, ical4j would convert it
      // with zone rules of its own, built from its bundled VTIMEZONEs, and those are wrong for some zones: for
      // Africa/Maputo they keep the +02:10:18 of 1903, and 14:00 came out as 14:10:18.
      vEvent.add(localTime(new DtStart<>(start.toLocalDateTime()), tzid));
      vEvent.add(localTime(new DtEnd<>(end.toLocalDateTime()), tzid));
    }
    String summary = text(event.summary());
    if (summary != null) {
      vEvent.add(new Summary(summary));
    }
    String url = text(event.url());
    String description = Stream.of(text(event.description()), url)
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n\n"));
    if (!description.isEmpty()) {
      vEvent.add(new Description(description));
    }
    String location = text(event.location()) != null ? text(event.location()) : url;
    if (location != null) {
      vEvent.add(new Location(location));
    }
    URI link = url == null ? null : absoluteUri(url);
    if (link != null) { // a link without its https:// still shows in DESCRIPTION and LOCATION
      vEvent.add(new Url(link));
    }
    String organizerEmail = text(event.organizerEmail());
    if (organizerEmail != null) {
      Organizer organizer = new Organizer(mailto(organizerEmail, "organizerEmail"));
      String name = parameterText(event.organizerName());
      if (name != null) {
        organizer.add(new Cn(name));
      }
      vEvent.add(organizer);
    }
    for (URI address : attendees(event)) {
      Attendee attendee = new Attendee(address);
      attendee.add(Role.REQ_PARTICIPANT);
      if (method == ImmutableMethod.REQUEST) {
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(new Rsvp(true));
      }
      vEvent.add(attendee);
    }
    vEvent.add(status);

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    if (tzid != null) {
      calendar.add(vTimeZone(tzid, start.getZone().getRules(), start.toInstant(), end.toInstant()));
    }
    calendar.add(vEvent);
    // Not ical4j's CalendarOutputter: its FoldingWriter counts characters, not octets, so lines with accented
    // letters came out longer than 75 octets, and it can cut a surrogate pair (an emoji) in two.
    // Calendar.toString() is the same text unfolded.
    return fold(calendar.toString());
  }

  private static void validate(CalendarEvent event) {
    if (event == null) {
      throw new IllegalArgumentException("A calendar event is required");
    }
    if (event.uid() == null || event.uid().isBlank()) {
      throw new IllegalArgumentException(
          "A calendar event needs a uid (the same one for every update and the cancel)");
    }
    if (event.uid().chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A calendar event's uid cannot hold control characters: " + event.uid());
    }
    if (event.start() == null) {
      throw new IllegalArgumentException("Calendar event " + event.uid() + " needs a start");
    }
    if (event.duration() == null) {
      throw new IllegalArgumentException("Calendar event " + event.uid() + " needs a duration");
    }
    if (event.duration().isNegative()) {
      throw new IllegalArgumentException(
          "Calendar event " + event.uid() + " has a negative duration: " + event.duration());
    }
    if (event.sequence() < 0) {
      throw new IllegalArgumentException(
          "Calendar event " + event.uid() + " has a negative sequence: " + event.sequence());
    }
  }

  /**
   * The TZID for the event's times, or null to write them in UTC (fixed offsets): the zone's name in ical4j's
   * time zone registry, which resolves old names such as {@code Brazil/East} to {@code America/Sao_Paulo}, the
   * names calendar programs know; the zone's own id where the registry does not know it.
   */
  private String tzid(ZoneId zone) {
    if (zone.normalized() instanceof ZoneOffset) {
      return null;
    }
    try {
      TimeZone timeZone = timeZones.getTimeZone(zone.getId());
      if (timeZone != null) {
        String tzid = timeZone.getVTimeZone().getTimeZoneId().getValue();
        if (ZoneId.of(tzid).getRules().equals(zone.getRules())) {
          return tzid;
        }
      }
    } catch (RuntimeException e) {
      // a name java.time knows and the registry does not: keep the zone's own
    }
    return zone.getId();
  }

  /**
   * The zone's VTIMEZONE, reduced to the rules in force at the meeting, the way Google Calendar writes them: a
   * STANDARD and a DAYLIGHT observance with yearly RRULEs from 1970; or, where the zone no longer changes its
   * clocks (America/Sao_Paulo since 2019, Africa/Maputo) or changes them by rules Outlook cannot read
   * (America/Santiago), one observance with the meeting's offset, plus the change of clocks during the meeting if
   * there is one: right for this meeting, and each update brings its own.
   *
   * <p>Not the full history ical4j's registry holds ({@code zoneinfo/} in its jar): Outlook reads only the
   * STANDARD and the DAYLIGHT with the latest DTSTART ([MS-OXCICAL] 2.1.3.1.1.19.2) and overlooks UNTIL and RDATE,
   * and the full America/Sao_Paulo definition ends with the 2008-2017 DAYLIGHT rule and the 2016-2019 STANDARD
   * one: Outlook would put October-February meetings an hour off. The offsets come from java.time's rules for
   * the zone, which also give DTSTART and DTEND their local time, so the two always agree.
   */
  static VTimeZone vTimeZone(String tzid, ZoneRules rules, Instant start, Instant end) {
    VTimeZone vTimeZone = new VTimeZone();
    vTimeZone.add(new TzId(tzid));
    vTimeZone.add(new XProperty("X-LIC-LOCATION", tzid)); // how libical (Thunderbird) names tz database zones
    List<ZoneOffsetTransition> history = rules.getTransitions();
    List<ZoneOffsetTransitionRule> yearlyRules = rules.getTransitionRules();
    boolean yearly = !yearlyRules.isEmpty()
        && (history.isEmpty() || !start.isBefore(history.get(history.size() - 1).getInstant()))
        && yearlyRules.stream().allMatch(rule -> yearly(rule) != null);
    if (yearly) {
      for (ZoneOffsetTransitionRule rule : yearlyRules) {
        ZoneOffsetTransition first = rule.createTransition(FIRST_YEAR);
        vTimeZone.add(observance(!first.getOffsetAfter().equals(rule.getStandardOffset()),
            first.getDateTimeBefore(), first.getOffsetBefore(), first.getOffsetAfter(), yearly(rule)));
      }
      return vTimeZone;
    }
    // STANDARD even where java.time counts the offset as daylight time (Africa/Casablanca): Outlook wants one.
    ZoneOffset offset = rules.getOffset(start);
    vTimeZone.add(observance(false, LocalDateTime.of(FIRST_YEAR, 1, 1, 0, 0), offset, offset, null));
    for (ZoneOffsetTransition change = rules.nextTransition(start);
        change != null && !change.getInstant().isAfter(end);
        change = rules.nextTransition(change.getInstant())) {
      vTimeZone.add(observance(rules.isDaylightSavings(change.getInstant()), change.getDateTimeBefore(),
          change.getOffsetBefore(), change.getOffsetAfter(), null));
    }
    return vTimeZone;
  }

  private static <P extends DateProperty<LocalDateTime>> P localTime(P property, String tzid) {
    property.add(new net.fortuna.ical4j.model.parameter.TzId(tzid));
    return property;
  }

  private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to,
      String rrule) {
    Observance observance = daylight ? new Daylight() : new Standard();
    observance.add(new TzOffsetFrom(from));
    observance.add(new TzOffsetTo(to));
    observance.add(new DtStart<>(onset));
    if (rrule != null) {
      observance.add(new RRule<>(rrule));
    }
    return observance;
  }

  /**
   * A java.time transition rule as a yearly RRULE in the forms Outlook reads: "last Sunday of March" is
   * {@code BYDAY=-1SU}, "first Sunday of April" {@code BYDAY=1SU}; null for the rules only a list of days could
   * say ("first Sunday on or after the 2nd", America/Santiago), which Outlook cannot read.
   */
  private static String yearly(ZoneOffsetTransitionRule rule) {
    String recur = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
    int day = rule.getDayOfMonthIndicator();
    if (rule.getDayOfWeek() == null) {
      return recur + ";BYMONTHDAY=" + day;
    }
    String weekday = rule.getDayOfWeek().name().substring(0, 2);
    // java.time keeps "last Sunday of March" as "Sunday on or after the 25th"
    if (day == -1 || rule.getMonth() != Month.FEBRUARY && day == rule.getMonth().maxLength() - 6) {
      return recur + ";BYDAY=-1" + weekday;
    }
    if (day > 0 && day % 7 == 1) {
      return recur + ";BYDAY=" + (day / 7 + 1) + weekday;
    }
    return null;
  }

  /**
   * The attendees' addresses, each once (ignoring case), in the given order. Blanks and what cannot be an address
   * are left out rather than refused: one mistyped participant should not keep the invitation from the others
   * (the mail to that address fails on its own).
   */
  private static List<URI> attendees(CalendarEvent event) {
    if (event.attendeeEmails() == null) {
      return List.of();
    }
    Map<String, URI> byAddress = new LinkedHashMap<>();
    for (String email : event.attendeeEmails()) {
      String address = text(email);
      if (address != null && isAddress(address)) {
        byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), mailto(address, "attendeeEmails"));
      }
    }
    return List.copyOf(byAddress.values());
  }

  private static boolean isAddress(String email) {
    try {
      mailto(email, "");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static URI mailto(String email, String field) {
    String address = email.regionMatches(true, 0, "mailto:", 0, 7) ? email.substring(7) : email;
    int at = address.indexOf('@');
    if (at <= 0 || at == address.length() - 1
        || address.chars().anyMatch(c -> Character.isWhitespace(c) || "\"<>:;,".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("Not an e-mail address in " + field + ": " + email);
    }
    try {
      return new URI("mailto:" + address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not an e-mail address in " + field + ": " + email, e);
    }
  }

  /** The link as an absolute URI, or null when it is not one ({@code meet.example.org/x}, spaces). */
  private static URI absoluteUri(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Text for a TEXT property: line breaks as LF (ical4j writes them as {@code \n}), other control characters
   * (which RFC 5545 does not allow) left out, trimmed; null when nothing is left.
   */
  private static String text(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n')
        .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
        .strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Text for a parameter value (CN): RFC 5545 parameter values cannot hold a double quote or a control character
   * (a line break either), so those become an apostrophe and a space.
   */
  private static String parameterText(String value) {
    String text = text(value);
    return text == null ? null : text(text.replace('"', '\'').replaceAll("\\p{Cntrl}+", " "));
  }

  /**
   * Folds content lines (RFC 5545 section 3.1): at most 75 octets of UTF-8 a line, CRLF, the rest on lines that
   * start with a space; a character is never cut in two.
   */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 24 + 2);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (octets + length > MAX_LINE_OCTETS) {
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += length;
        i += Character.charCount(codePoint);
      }
      folded.append("\r\n");
    }
    return folded.toString();
  }
}
