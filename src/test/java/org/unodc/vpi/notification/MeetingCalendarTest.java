package org.unodc.vpi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/** Invitations as calendar programs read them: parsed back with ical4j's CalendarBuilder. */
class MeetingCalendarTest {

  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  private static final String UID = "meeting-42@vpi.unodc.org";
  private static final String SUMMARY = "Reunião de planejamento; São Paulo, 3º andar";
  private static final String PLACE = "Escritório do UNODC, Brasília; sala 3, 3º andar";
  private static final String AGENDA = "Pauta:\n1. Abertura; boas-vindas\n2. Ações, prazos e responsáveis";
  private static final String LINK = "https://meet.example.org/vpi-42?pwd=a1,b2";

  private final MeetingCalendar calendar =
      new MeetingCalendar(Clock.fixed(Instant.parse("2025-11-20T09:30:00Z"), ZoneOffset.UTC));

  /** 10 December: São Paulo kept summer time until 2019, so a stale zone definition would say 16:00Z. */
  private static CalendarEvent meeting(int sequence, ZonedDateTime start) {
    return new CalendarEvent(UID, sequence, start, Duration.ofMinutes(90), SUMMARY, AGENDA, PLACE, LINK,
        "Ana Souza, Coordenação", "ana.souza@unodc.org", List.of("joao@example.org", "maria.silva@example.org"));
  }

  private static final ZonedDateTime TWO_PM = ZonedDateTime.of(2025, 12, 10, 14, 0, 0, 0, SAO_PAULO);

  @Test
  void requestCarriesTheMeetingInItsOwnZone() throws Exception {
    String ics = calendar.request(meeting(0, TWO_PM));
    Calendar parsed = parse(ics);
    VEvent event = event(parsed);

    assertThat(value(parsed, Property.PRODID)).isEqualTo("-//UNODC//VPI platform//EN");
    assertThat(value(parsed, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(parsed, Property.CALSCALE)).isEqualTo("GREGORIAN");
    assertThat(value(parsed, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(event, Property.UID)).isEqualTo(UID);
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(event, Property.DTSTAMP)).isEqualTo("20251120T093000Z");

    DateProperty<Temporal> start = event.getRequiredProperty(Property.DTSTART);
    assertThat(start.getRequiredParameter(Parameter.TZID).getValue()).isEqualTo("America/Sao_Paulo");
    assertThat(ics).contains("DTSTART;TZID=America/Sao_Paulo:20251210T140000\r\n");
    assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2025-12-10T17:00:00Z"));
    assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2025-12-10T18:30:00Z"));

    List<VTimeZone> zones = parsed.getComponents(Component.VTIMEZONE);
    assertThat(zones).singleElement()
        .satisfies(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/Sao_Paulo"));
    // Outlook reads only the STANDARD and the DAYLIGHT with the latest DTSTART: one of each at most, and no
    // DAYLIGHT for São Paulo, which gave up summer time in 2019.
    assertThat(zones.get(0).getObservances()).extracting(Component::getName).containsExactly("STANDARD");

    assertThat(value(event, Property.SUMMARY)).isEqualTo(SUMMARY);
    assertThat(value(event, Property.LOCATION)).isEqualTo(PLACE);
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo(AGENDA + "\n\n" + LINK);
    assertThat(value(event, Property.URL)).isEqualTo(LINK);
    assertThat(ics).contains("SUMMARY:Reunião de planejamento\\; São Paulo\\, 3º andar\r\n");

    Property organizer = event.getRequiredProperty(Property.ORGANIZER);
    assertThat(organizer.getValue()).isEqualTo("mailto:ana.souza@unodc.org");
    assertThat(organizer.getRequiredParameter(Parameter.CN).getValue()).isEqualTo("Ana Souza, Coordenação");

    List<Property> attendees = event.getProperties(Property.ATTENDEE);
    assertThat(attendees).extracting(Property::getValue)
        .containsExactly("mailto:joao@example.org", "mailto:maria.silva@example.org");
    assertThat(attendees).allSatisfy(attendee -> {
      assertThat(attendee.getRequiredParameter(Parameter.ROLE).getValue()).isEqualTo("REQ-PARTICIPANT");
      assertThat(attendee.getRequiredParameter(Parameter.PARTSTAT).getValue()).isEqualTo("NEEDS-ACTION");
      assertThat(attendee.getRequiredParameter(Parameter.RSVP).getValue()).isEqualTo("TRUE");
    });
  }

  @Test
  void updateAndCancelKeepTheUidAndRaiseTheSequence() throws Exception {
    VEvent invited = event(parse(calendar.request(meeting(0, TWO_PM))));
    Calendar updateCalendar = parse(calendar.request(meeting(1, TWO_PM.plusDays(1).withHour(10))));
    VEvent updated = event(updateCalendar);
    Calendar cancelCalendar = parse(calendar.cancel(meeting(2, TWO_PM.plusDays(1).withHour(10))));
    VEvent cancelled = event(cancelCalendar);

    assertThat(List.of(invited, updated, cancelled)).extracting(event -> value(event, Property.UID))
        .containsOnly(UID);
    assertThat(List.of(invited, updated, cancelled))
        .extracting(event -> Integer.parseInt(value(event, Property.SEQUENCE)))
        .containsExactly(0, 1, 2);
    assertThat(value(updateCalendar, Property.METHOD)).isEqualTo("REQUEST");
    assertThat(instant(updated, Property.DTSTART)).isEqualTo(Instant.parse("2025-12-11T13:00:00Z"));

    assertThat(value(cancelCalendar, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(instant(cancelled, Property.DTSTART)).isEqualTo(Instant.parse("2025-12-11T13:00:00Z"));
    assertThat(cancelled.getProperty(Property.ORGANIZER)).isPresent();
    // the cancel tells the attendees, but asks nothing of them
    List<Property> attendees = cancelled.getProperties(Property.ATTENDEE);
    assertThat(attendees).hasSize(2)
        .allSatisfy(attendee -> assertThat(attendee.getParameter(Parameter.RSVP)).isEmpty());
  }

  @Test
  void linesAreFoldedAtSeventyFiveOctetsAndEndWithCrlf() throws Exception {
    // two-octet letters, and four-octet emoji a character-counting fold would cut in two
    String agenda = "Apresentação das ações prioritárias, cronograma; responsáveis. ".repeat(6)
        + "Confirmação 👍🏽👍🏽👍🏽 até sexta-feira.";
    CalendarEvent event = new CalendarEvent(UID, 0, TWO_PM, Duration.ofHours(1), SUMMARY, agenda, PLACE, LINK,
        "Ana Souza", "ana.souza@unodc.org",
        List.of("participante.com.um.endereco.bem.longo@ministerio.exemplo.gov.br"));
    String ics = calendar.request(event);

    assertThat(ics).endsWith("\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    List<String> lines = Arrays.asList(ics.split("\r\n"));
    assertThat(lines).allSatisfy(line ->
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(lines).filteredOn(line -> line.startsWith(" ")).hasSizeGreaterThan(5);
    // a fold between the two halves of a surrogate pair would reach the mail as "?"
    assertThat(lines).allSatisfy(line -> assertThat(
        new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line));

    VEvent parsed = event(parse(ics));
    assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(agenda + "\n\n" + LINK);
    assertThat(parsed.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
        .containsExactly("mailto:participante.com.um.endereco.bem.longo@ministerio.exemplo.gov.br");
  }

  @Test
  void missingOptionalFieldsAreLeftOut() throws Exception {
    CalendarEvent bare = new CalendarEvent(UID, 0, TWO_PM, Duration.ofHours(1), null, null, null, null, null,
        null, null);
    String ics = calendar.request(bare);
    VEvent event = event(parse(ics));

    assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
    assertThat(event.getProperty(Property.LOCATION)).isEmpty();
    assertThat(event.getProperty(Property.URL)).isEmpty();
    assertThat(event.getProperty(Property.ORGANIZER)).isEmpty();
    assertThat(event.getProperty(Property.SUMMARY)).isEmpty();
    assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
    assertThat(ics).doesNotContain("null");
    assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2025-12-10T17:00:00Z"));

    // an online meeting: the link is where it takes place
    CalendarEvent online = new CalendarEvent(UID, 0, TWO_PM, Duration.ofHours(1), "Reunião", null, null, LINK,
        null, "ana.souza@unodc.org", List.of());
    VEvent onlineEvent = event(parse(calendar.request(online)));
    assertThat(value(onlineEvent, Property.LOCATION)).isEqualTo(LINK);
    assertThat(value(onlineEvent, Property.DESCRIPTION)).isEqualTo(LINK);
    assertThat(onlineEvent.getRequiredProperty(Property.ORGANIZER).getParameter(Parameter.CN)).isEmpty();
  }

  @Test
  void incompleteEventsAreRefused() {
    assertThatThrownBy(() -> calendar.request(new CalendarEvent(null, 0, TWO_PM, Duration.ofHours(1), SUMMARY,
        null, null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
    assertThatThrownBy(() -> calendar.cancel(new CalendarEvent(" ", 1, TWO_PM, Duration.ofHours(1), SUMMARY,
        null, null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
    assertThatThrownBy(() -> calendar.request(new CalendarEvent(UID, 0, null, Duration.ofHours(1), SUMMARY,
        null, null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> calendar.request(new CalendarEvent(UID, 0, TWO_PM, null, SUMMARY,
        null, null, null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
    // the organizer is the platform's own address: a wrong one is a configuration error
    assertThatThrownBy(() -> calendar.request(new CalendarEvent(UID, 0, TWO_PM, Duration.ofHours(1), SUMMARY,
        null, null, null, "VPI", "vpi at unodc", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organizerEmail");
  }

  @Test
  void aMistypedAttendeeOrLinkDoesNotStopTheInvitation() throws Exception {
    CalendarEvent event = new CalendarEvent(UID, 0, TWO_PM, Duration.ofHours(1), SUMMARY, null, null,
        "meet.example.org/vpi-42", null, "ana.souza@unodc.org",
        List.of("joao@example.org", "maria silva@example.org", " ", "JOAO@example.org", "paulo@example.org"));
    VEvent parsed = event(parse(calendar.request(event)));

    assertThat(parsed.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
        .containsExactly("mailto:joao@example.org", "mailto:paulo@example.org");
    assertThat(parsed.getProperty(Property.URL)).isEmpty();
    assertThat(value(parsed, Property.LOCATION)).isEqualTo("meet.example.org/vpi-42");
  }

  @Test
  void otherZonesMeanTheSameInstantToo() throws Exception {
    assertThat(startOf(ZonedDateTime.of(2026, 7, 1, 14, 0, 0, 0, ZoneId.of("Europe/Vienna"))))
        .isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
    assertThat(startOf(ZonedDateTime.of(2026, 1, 15, 14, 0, 0, 0, ZoneId.of("Europe/Vienna"))))
        .isEqualTo(Instant.parse("2026-01-15T13:00:00Z"));
    // ical4j's own rules for Maputo keep the +02:10:18 of 1903: converting with them wrote 14:10:18
    assertThat(startOf(ZonedDateTime.of(2026, 3, 5, 14, 0, 0, 0, ZoneId.of("Africa/Maputo"))))
        .isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
    assertThat(calendar.request(meeting(0, ZonedDateTime.of(2026, 3, 5, 14, 0, 0, 0, ZoneId.of("Africa/Maputo")))))
        .contains("DTSTART;TZID=Africa/Maputo:20260305T140000\r\n");
    // Vienna changes its clocks: one DAYLIGHT and one STANDARD, yearly, as Outlook reads them
    assertThat(calendar.request(meeting(0, ZonedDateTime.of(2026, 1, 15, 14, 0, 0, 0, ZoneId.of("Europe/Vienna")))))
        .containsOnlyOnce("BEGIN:DAYLIGHT").containsOnlyOnce("BEGIN:STANDARD")
        .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
    // an old name for São Paulo: the name calendar programs know
    assertThat(calendar.request(meeting(0, TWO_PM.withZoneSameLocal(ZoneId.of("Brazil/East")))))
        .contains("DTSTART;TZID=America/Sao_Paulo:20251210T140000\r\n");
    // a bare offset: UTC, no VTIMEZONE
    String fixed = calendar.request(meeting(0, TWO_PM.withZoneSameInstant(ZoneOffset.ofHours(-3))));
    assertThat(fixed).contains("DTSTART:20251210T170000Z\r\n").doesNotContain("VTIMEZONE");
  }

  private Instant startOf(ZonedDateTime start) throws Exception {
    return instant(event(parse(calendar.request(meeting(0, start)))), Property.DTSTART);
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
  }

  private static String value(Calendar calendar, String name) {
    return calendar.getRequiredProperty(name).getValue();
  }

  private static String value(Component component, String name) {
    return component.getRequiredProperty(name).getValue();
  }

  private static Instant instant(VEvent event, String name) {
    DateProperty<Temporal> property = event.getRequiredProperty(name);
    return Instant.from(property.getDate());
  }
}
