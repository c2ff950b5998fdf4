package org.unodc.vpi.workflow.engagement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.workflow.EngineDays;

/**
 * Step 7 is held at a session of the Conference of the Parties: its planning opens
 * {@code vpi.cop-information-session.lead-time} (90 days by default) before the country's next COP
 * session in the review calendar. Only a session within {@code horizon} (3 years: the COP meets
 * every two) counts as the next one. Days are read on the engine's clock.
 */
@Component
public class CopSessionSchedule {

  /** The COP session the information session is held at, and when its planning opens. */
  public record CopPlanning(ReviewMilestone session, Date opensAt) {}

  private final ReviewCalendar calendar;
  private final Period leadTime;
  private final Period horizon;

  public CopSessionSchedule(ReviewCalendar calendar,
      @Value("${vpi.cop-information-session.lead-time:P90D}") Period leadTime,
      @Value("${vpi.cop-information-session.horizon:P3Y}") Period horizon) {
    this.calendar = calendar;
    this.leadTime = leadTime;
    this.horizon = horizon;
  }

  public Optional<CopPlanning> next(String country) {
    LocalDate today = EngineDays.today();
    return calendar.nextMilestone(country, Set.of(MilestoneKind.COP_SESSION), null, today)
        .filter(session -> !session.getDueOn().isAfter(today.plus(horizon)))
        .map(session -> new CopPlanning(session, EngineDays.aheadOf(session.getDueOn(), leadTime)));
  }
}
