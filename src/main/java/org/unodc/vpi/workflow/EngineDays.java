package org.unodc.vpi.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Days as the workflow counts them: on the engine's clock (so tests move through years without
 * waiting) and in UTC, the zone the platform's due dates use.
 */
public final class EngineDays {

  private EngineDays() {}

  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
  }

  /** The start of {@code day}, as a timer's date. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** When work due on {@code day} opens, {@code leadTime} ahead of it: today if that is already past. */
  public static Date aheadOf(LocalDate day, Period leadTime) {
    LocalDate opens = day.minus(leadTime);
    LocalDate today = today();
    return startOf(opens.isBefore(today) ? today : opens);
  }
}
