package org.unodc.vpi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unodc.vpi.record.InvalidRecordException;

/** The mandate rules on their own: two-year terms, one renewal right after the first term, the status of a day. */
class MandateTest {

  private static final LocalDate START = LocalDate.parse("2025-03-01");

  @Test
  void shouldEndTwoYearsAfterTheStartAndTwoYearsLaterOnceRenewed() {
    Mandate first = Mandate.firstTerm(START);
    Mandate renewed = first.renewed();

    assertThat(first.end()).isEqualTo("2027-03-01");
    assertThat(first.termStart()).isEqualTo(START);
    assertThat(first.renewable()).isTrue();
    assertThat(renewed.term()).isEqualTo(2);
    assertThat(renewed.termStart()).as("the second term starts as the first ends").isEqualTo(first.end());
    assertThat(renewed.end()).isEqualTo("2029-03-01");
    assertThat(renewed.renewable()).isFalse();
  }

  @Test
  void shouldRefuseASecondRenewalOnTheTermField() {
    Mandate renewed = Mandate.firstTerm(START).renewed();

    assertThatThrownBy(renewed::renewed).isInstanceOfSatisfying(InvalidRecordException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("term");
          assertThat(p.messageKey()).isEqualTo("record.councilMember.renewedOnce");
          assertThat(p.arguments()).containsExactly("2029-03-01");
        }));
  }

  @Test
  void shouldBeUpcomingBeforeTheStartCurrentUntilTheDayBeforeTheEndAndFormerFromTheEnd() {
    Mandate mandate = Mandate.firstTerm(START);

    assertThat(mandate.statusOn(START.minusDays(1))).isEqualTo(MandateStatus.UPCOMING);
    assertThat(mandate.statusOn(START)).isEqualTo(MandateStatus.CURRENT);
    assertThat(mandate.statusOn(LocalDate.parse("2027-02-28"))).isEqualTo(MandateStatus.CURRENT);
    assertThat(mandate.statusOn(LocalDate.parse("2027-03-01"))).isEqualTo(MandateStatus.FORMER);
    assertThat(mandate.renewed().statusOn(LocalDate.parse("2027-03-01"))).isEqualTo(MandateStatus.CURRENT);
  }

  @Test
  void shouldStartTheSecondTermOfALeapDayMandateWhenTheFirstEnds() {
    Mandate renewed = Mandate.firstTerm(LocalDate.parse("2024-02-29")).renewed();

    assertThat(renewed.termStart()).isEqualTo("2026-02-28");
    assertThat(renewed.end()).isEqualTo("2028-02-28");
  }
}
