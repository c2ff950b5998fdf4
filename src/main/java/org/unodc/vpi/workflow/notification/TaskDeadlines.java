package org.unodc.vpi.workflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When a user task is due and when its reminder goes out, from {@code vpi.tasks} in application.yml:
 * {@code due-after.default} (P14D), {@code due-after.<task element id>} per task, {@code remind-before}
 * (P3D). A due date is a day: the task is due by the end of it (UTC). "Now" is the engine's clock,
 * the one its timers run on, so tests that move the engine clock move the deadlines with it.
 *
 * <p>The models' timeout listeners call {@link #reminderAt} and {@link #overdueAt} when the task's
 * activity starts, before the task exists: hence the execution, whose current activity is the task.
 */
@Component
public class TaskDeadlines {

  static final String DEFAULT = "default";
  static final Duration DEFAULT_DUE_AFTER = Duration.ofDays(14);
  static final Duration DEFAULT_REMIND_BEFORE = Duration.ofDays(3);
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final Map<String, Duration> dueAfter = new HashMap<>();
  private final Duration remindBefore;

  /** The application's settings. */
  @Autowired
  public TaskDeadlines(Environment environment) {
    this(Binder.get(environment).bind("vpi.tasks.due-after", Bindable.mapOf(String.class, Duration.class))
            .orElse(Map.of()),
        Binder.get(environment).bind("vpi.tasks.remind-before", Duration.class).orElse(DEFAULT_REMIND_BEFORE));
  }

  /** @param dueAfter time to do a task, by task element id, and {@code default} for the others */
  public TaskDeadlines(Map<String, Duration> dueAfter, Duration remindBefore) {
    // Keys are compared without case and punctuation: the binder drops the "_" of userTask_x unless
    // the key is written in brackets, and environment variables know no camelCase.
    dueAfter.forEach((key, value) -> this.dueAfter.put(normalised(key), requirePositive("due-after." + key, value)));
    this.remindBefore = requirePositive("remind-before", remindBefore);
  }

  /** The defaults: two weeks per task, a reminder three days before. */
  public static TaskDeadlines defaults() {
    return new TaskDeadlines(Map.of(), DEFAULT_REMIND_BEFORE);
  }

  /** How long the task with this element id may take. */
  public Duration dueAfter(String taskKey) {
    Duration own = taskKey == null ? null : dueAfter.get(normalised(taskKey));
    return own != null ? own : dueAfter.getOrDefault(DEFAULT, DEFAULT_DUE_AFTER);
  }

  /** The due date of a task of this element id created now: the end of the day its time runs out. */
  public Date dueAt(String taskKey) {
    return dueOn(LocalDate.ofInstant(now().plus(dueAfter(taskKey)), ZoneOffset.UTC));
  }

  /** The end of a due day, when the task becomes overdue. */
  public Date dueOn(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).toInstant(ZoneOffset.UTC));
  }

  /** The day a due date falls on. */
  public LocalDate dayOf(Date due) {
    return due == null ? null : LocalDate.ofInstant(due.toInstant(), ZoneOffset.UTC);
  }

  /** Today on the engine's clock: due dates before it are in the past. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), ZoneOffset.UTC);
  }

  /**
   * When to remind of a task due at {@code due}: {@code remind-before} ahead of it, or, when that
   * moment has passed already (a due date moved close), half-way between now and the due date, so the
   * reminder never comes at the same moment as the task itself.
   */
  public Date reminderBefore(Date due) {
    Instant now = now();
    Instant reminder = due.toInstant().minus(remindBefore);
    if (reminder.isAfter(now)) {
      return Date.from(reminder);
    }
    Instant halfway = now.plus(Duration.between(now, due.toInstant()).dividedBy(2));
    return Date.from(halfway.isAfter(now) ? halfway : now);
  }

  /** The reminder of the task whose activity the execution has just entered (timeout listener timer). */
  public Date reminderAt(DelegateExecution execution) {
    return reminderBefore(dueAt(execution.getCurrentActivityId()));
  }

  /** The due date of the task whose activity the execution has just entered (timeout listener timer). */
  public Date overdueAt(DelegateExecution execution) {
    return dueAt(execution.getCurrentActivityId());
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static String normalised(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static Duration requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("vpi.tasks." + name + " must be a positive duration such as P14D, not " + value);
    }
    return value;
  }
}
