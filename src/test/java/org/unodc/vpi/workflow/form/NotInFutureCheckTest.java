package org.unodc.vpi.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotInFutureCheckTest {

  private final NotInFutureCheck check = new NotInFutureCheck();

  @BeforeEach
  void onTheFifteenthOfJanuary() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 15).atTime(12, 0).toInstant(ZoneOffset.UTC)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldAcceptADayThatHasComeAndRefuseOneThatHasNot() {
    assertThat(check.accepts("2027-01-15")).as("today").isTrue();
    assertThat(check.accepts("2026-06-01")).as("the past").isTrue();
    assertThat(check.accepts("2027-01-16")).as("tomorrow: already today east of UTC").isTrue();
    assertThat(check.accepts("2027-01-17")).isFalse();
    assertThat(check.accepts("2029-01-15")).as("a council meeting typed two years ahead").isFalse();
    assertThat(check.refusal("2029-01-15")).contains(java.util.List.of("2029-01-15"));
  }
}
