package org.unodc.vpi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The Advisory Council on the Flyway schema, on a fixed day (2026-06-15): mandates of two years
 * renewable once, public calls for civil-society seats only, former members, seats due for renewal.
 */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({AdvisoryCouncil.class, AuditTrail.class, InitiativeRegister.class})
class AdvisoryCouncilTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
  private static final CountryScope BRAZIL = CountryScope.of(Set.of("BRA"));
  private static final Pageable BY_END = Pageable.unpaged(Sort.by("mandateEnd", "id"));

  @TestConfiguration
  static class FixedDay {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    }
  }

  @Autowired AdvisoryCouncil council;
  @Autowired AuditTrail audit;
  @Autowired InitiativeRegister initiatives;

  private long vpi;

  @BeforeEach
  void openVpi() {
    vpi = initiatives.register(new NewInitiative("BRA", "Council test", "other", "cluster1", "C",
        LocalDate.parse("2024-01-10"))).id();
  }

  @Test
  void shouldEndAMandateTwoYearsAfterItsStartAndRenewItOnceForTwoYearsMore() {
    CouncilMember member = council.add("BRA", vpi, civilSociety("2025-03-01"), "govbra");
    assertThat(member.getMandateEnd()).isEqualTo("2027-03-01");
    assertThat(member.getTerm()).isEqualTo(1);
    assertThat(member.getSelection()).isEqualTo(SelectionMethod.PUBLIC_CALL);

    CouncilMember renewed = council.renew(member.getId(), 0, BRAZIL, "govbra");

    assertThat(renewed.getTerm()).isEqualTo(2);
    assertThat(renewed.getMandateEnd()).isEqualTo("2029-03-01");
    assertThatThrownBy(() -> council.renew(member.getId(), 1, BRAZIL, "govbra"))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("term");
              assertThat(p.messageKey()).isEqualTo("record.councilMember.renewedOnce");
            }));
    assertThat(council.get(member.getId(), BRAZIL).getMandateEnd()).isEqualTo("2029-03-01");
    assertThat(council.history(member.getId(), BRAZIL)).extracting(AuditEvent::getAction)
        .containsExactly("created", AdvisoryCouncil.RENEWED);
    assertThat(council.history(member.getId(), BRAZIL).get(1).getChanges())
        .contains("\"term\":[null,2]").contains("\"mandateEnd\":[null,\"2029-03-01\"]");
  }

  @Test
  void shouldRequireAPublicCallForACivilSocietySeatAndRefuseOneForAGovernmentSeat() {
    CouncilMemberDetails noCall = new CouncilMemberDetails("Ana Souza", "Instituto Sou da Paz", Seat.CIVIL_SOCIETY,
        null, null, null, LocalDate.parse("2025-03-01"));
    CouncilMemberDetails governmentWithCall = new CouncilMemberDetails("Paulo Lima", "Ministry of Justice",
        Seat.GOVERNMENT, null, "Edital 01/2025", LocalDate.parse("2025-01-10"), LocalDate.parse("2025-03-01"));
    CouncilMemberDetails appointedCivilSociety = new CouncilMemberDetails("Ana Souza", "Instituto Sou da Paz",
        Seat.CIVIL_SOCIETY, SelectionMethod.APPOINTED, "Edital 01/2025", LocalDate.parse("2025-01-10"),
        LocalDate.parse("2025-03-01"));
    CouncilMemberDetails callAfterStart = new CouncilMemberDetails("Ana Souza", "Instituto Sou da Paz",
        Seat.CIVIL_SOCIETY, null, "Edital 01/2025", LocalDate.parse("2025-04-10"), LocalDate.parse("2025-03-01"));

    assertThat(problems(noCall)).containsExactly("publicCallReference", "publicCallDate");
    assertThat(problems(governmentWithCall)).containsExactly("publicCallReference", "publicCallDate");
    assertThat(problems(appointedCivilSociety)).containsExactly("selection");
    assertThat(problems(callAfterStart)).containsExactly("publicCallDate");
    assertThat(council.list(new CouncilMemberFilter(null, vpi, null, null), BRAZIL, BY_END)).isEmpty();

    CouncilMember government = council.add("BRA", vpi, government("2025-03-01"), "govbra");
    assertThat(government.getSelection()).isEqualTo(SelectionMethod.APPOINTED);
    assertThat(government.getPublicCallReference()).isNull();
  }

  @Test
  void shouldListEndedMandatesAsFormerAndFindTheSeatsDueForRenewalSoonestFirst() {
    long endedToday = council.add("BRA", vpi, government("2024-06-15"), "govbra").getId();
    long dueInAMonthAndAHalf = council.add("BRA", vpi, civilSociety("2024-08-01"), "govbra").getId();
    long notDue = council.add("BRA", vpi, civilSociety("2025-01-01"), "govbra").getId();
    long secondTermDueInTwoWeeks = council.add("BRA", vpi, government("2022-07-01"), "govbra").getId();
    council.renew(secondTermDueInTwoWeeks, 0, BRAZIL, "govbra");
    long upcoming = council.add("BRA", vpi, government("2026-09-01"), "govbra").getId();

    assertThat(ids(MandateStatus.FORMER)).containsExactly(endedToday);
    assertThat(ids(MandateStatus.CURRENT)).containsExactly(secondTermDueInTwoWeeks, dueInAMonthAndAHalf, notDue);
    assertThat(ids(MandateStatus.UPCOMING)).containsExactly(upcoming);
    assertThat(council.dueForRenewal(null, vpi, 90, BRAZIL, BY_END)).extracting(CouncilMember::getId)
        .containsExactly(secondTermDueInTwoWeeks, dueInAMonthAndAHalf);
    assertThat(council.dueForRenewal(null, vpi, 16, BRAZIL, BY_END)).extracting(CouncilMember::getId)
        .as("ending on the last day of the window counts").containsExactly(secondTermDueInTwoWeeks);
    assertThat(council.dueForRenewal(null, vpi, 15, BRAZIL, BY_END)).isEmpty();
    assertThat(council.dueForRenewal(null, vpi, 90, CountryScope.of(Set.of("MOZ")), BY_END)).isEmpty();
  }

  @Test
  void shouldKeepARenewalWhenTheStartIsCorrectedAndRefuseAStaleVersionOrAnotherCountry() {
    long id = council.add("BRA", vpi, civilSociety("2025-03-01"), "govbra").getId();
    council.renew(id, 0, BRAZIL, "govbra");

    CouncilMember corrected = council.update(id, 1, civilSociety("2025-04-01"), BRAZIL, "coordinator");

    assertThat(corrected.getTerm()).isEqualTo(2);
    assertThat(corrected.getMandateEnd()).isEqualTo("2029-04-01");
    assertThatThrownBy(() -> council.update(id, 1, civilSociety("2025-05-01"), BRAZIL, "govbra"))
        .isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> council.renew(id, 1, BRAZIL, "govbra")).isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> council.get(id, CountryScope.of(Set.of("MOZ"))))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(council.get(id, CountryScope.everyCountry()).getMandateStart()).isEqualTo("2025-04-01");
  }

  private java.util.List<String> problems(CouncilMemberDetails details) {
    try {
      council.add("BRA", vpi, details, "govbra");
    } catch (InvalidRecordException e) {
      return e.problems().stream().map(InvalidRecordException.Problem::field).toList();
    }
    throw new AssertionError("accepted: " + details);
  }

  private java.util.List<Long> ids(MandateStatus status) {
    return council.list(new CouncilMemberFilter("BRA", vpi, null, status), BRAZIL, BY_END).stream()
        .map(CouncilMember::getId).toList();
  }

  private static CouncilMemberDetails civilSociety(String start) {
    return new CouncilMemberDetails("Ana Souza", "Instituto Sou da Paz", Seat.CIVIL_SOCIETY, null, "Edital 01/2024",
        LocalDate.parse("2022-01-10"), LocalDate.parse(start));
  }

  private static CouncilMemberDetails government(String start) {
    return new CouncilMemberDetails("Paulo Lima", "Ministry of Justice", Seat.GOVERNMENT, null, null, null,
        LocalDate.parse(start));
  }
}
