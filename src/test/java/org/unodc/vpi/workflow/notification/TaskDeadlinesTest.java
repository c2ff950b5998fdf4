package org.unodc.vpi.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class TaskDeadlinesTest {

  @BeforeEach
  void fixTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
  }

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldGiveEveryTaskTwoWeeksAndRemindThreeDaysAheadByDefault() {
    TaskDeadlines deadlines = new TaskDeadlines(new MockEnvironment());

    assertThat(deadlines.dueAfter("userTask_anything")).isEqualTo(Duration.ofDays(14));
    assertThat(deadlines.dueAt("userTask_anything")).isEqualTo(at("2026-03-16T23:59:59Z"));
    assertThat(deadlines.reminderBefore(deadlines.dueAt("userTask_anything"))).isEqualTo(at("2026-03-13T23:59:59Z"));
  }

  @Test
  void shouldTakeTheDurationsConfiguredInApplicationYml() throws IOException {
    TaskDeadlines deadlines = new TaskDeadlines(applicationYml());

    assertThat(deadlines.dueAfter("userTask_identifyStakeholders")).isEqualTo(Duration.ofDays(14));
    assertThat(deadlines.dueAfter("userTask_reviewPriorities")).isEqualTo(Duration.ofDays(21));
    assertThat(deadlines.dueAfter("userTask_commentOnResultsReport")).isEqualTo(Duration.ofDays(21));
    assertThat(deadlines.dueAfter("userTask_recordGovernmentMeetingOutcome")).isEqualTo(Duration.ofDays(7));
    assertThat(deadlines.dueAfter("userTask_recordStateConsent")).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void shouldLetADeploymentChangeTheDefaultAndOneTaskWithOrWithoutBrackets() {
    TaskDeadlines deadlines = new TaskDeadlines(new MockEnvironment()
        .withProperty("vpi.tasks.due-after.default", "P10D")
        .withProperty("vpi.tasks.due-after[userTask_revisePriorities]", "P5D")
        .withProperty("vpi.tasks.due-after.userTask_proposePriorities", "PT36H")
        .withProperty("vpi.tasks.remind-before", "P2D"));

    assertThat(deadlines.dueAfter("userTask_other")).isEqualTo(Duration.ofDays(10));
    assertThat(deadlines.dueAfter("userTask_revisePriorities")).isEqualTo(Duration.ofDays(5));
    assertThat(deadlines.dueAfter("userTask_proposePriorities")).isEqualTo(Duration.ofHours(36));
    assertThat(deadlines.dueAt("userTask_proposePriorities")).as("36 hours from 2 March 09:00, end of that day")
        .isEqualTo(at("2026-03-03T23:59:59Z"));
    assertThat(deadlines.reminderBefore(at("2026-03-20T23:59:59Z"))).isEqualTo(at("2026-03-18T23:59:59Z"));
  }

  @Test
  void shouldComputeTheTimersOfTheTaskWhoseActivityStarts() {
    TaskDeadlines deadlines = new TaskDeadlines(Map.of("userTask_reviewPriorities", Duration.ofDays(21)),
        Duration.ofDays(3));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getCurrentActivityId()).thenReturn("userTask_reviewPriorities");

    assertThat(deadlines.overdueAt(execution)).isEqualTo(at("2026-03-23T23:59:59Z"));
    assertThat(deadlines.reminderAt(execution)).isEqualTo(at("2026-03-20T23:59:59Z"));
  }

  @Test
  void shouldRemindHalfWayWhenTheDueDateIsCloserThanTheReminderTime() {
    TaskDeadlines deadlines = TaskDeadlines.defaults();

    // Due in a day and a half, less than the three days of notice: half-way, not at once.
    assertThat(deadlines.reminderBefore(deadlines.dueOn(LocalDate.of(2026, 3, 3))))
        .isEqualTo(at("2026-03-03T04:29:59.500Z"));
    assertThat(deadlines.reminderBefore(at("2026-03-01T00:00:00Z"))).as("a due date already past: now")
        .isEqualTo(at("2026-03-02T09:00:00Z"));
  }

  @Test
  void shouldTreatADueDateAsTheWholeDayInUtc() {
    TaskDeadlines deadlines = TaskDeadlines.defaults();

    assertThat(deadlines.dueOn(LocalDate.of(2026, 12, 24))).isEqualTo(at("2026-12-24T23:59:59Z"));
    assertThat(deadlines.dayOf(at("2026-12-24T23:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(deadlines.today()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void shouldRefuseDurationsThatAreNotPositive() {
    assertThatThrownBy(() -> new TaskDeadlines(new MockEnvironment().withProperty("vpi.tasks.remind-before", "P0D")))
        .hasMessageContaining("vpi.tasks.remind-before");
    assertThatThrownBy(() -> new TaskDeadlines(Map.of("userTask_x", Duration.ofDays(-1)), Duration.ofDays(3)))
        .hasMessageContaining("due-after.userTask_x");
  }

  private static StandardEnvironment applicationYml() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    return environment;
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
