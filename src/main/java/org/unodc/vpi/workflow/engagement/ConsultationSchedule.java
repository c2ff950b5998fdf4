package org.unodc.vpi.workflow.engagement;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

/**
 * When the Alliance is consulted (level B): {@code vpi.consultations.lead-time} (30 days by default)
 * before the next milestone of the country's review calendar that the consultation is for: the
 * self-assessment questionnaire, or the sessions of the COP working group of the VPI's focus. Days
 * are read on the engine's clock, so tests move through a year without waiting.
 */
@Component
public class ConsultationSchedule {

  /** The next consultation: the milestone it prepares and when its task opens. */
  public record Consultation(ReviewMilestone milestone, Date opensAt) {}

  private final ReviewCalendar calendar;
  private final Period leadTime;

  public ConsultationSchedule(ReviewCalendar calendar, @Value("${vpi.consultations.lead-time:P30D}") Period leadTime) {
    this.calendar = calendar;
    this.leadTime = leadTime;
  }

  /**
   * The next consultation for {@code activity} in {@code country}: for a milestone due after the
   * last one consulted for ({@code consultedUpTo}, null for none) and not already past.
   */
  public Optional<Consultation> next(String activity, String country, String workingGroup, LocalDate consultedUpTo) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    LocalDate from = consultedUpTo == null || consultedUpTo.isBefore(today) ? today : consultedUpTo.plusDays(1);
    Set<MilestoneKind> kinds = Activities.SELF_ASSESSMENT_CONSULTATION.equals(activity)
        ? Set.of(MilestoneKind.SELF_ASSESSMENT_DUE) : Set.of(MilestoneKind.WORKING_GROUP_SESSION);
    return calendar.nextMilestone(country, kinds, workingGroup, from).map(milestone -> {
      LocalDate opens = milestone.getDueOn().minus(leadTime);
      return new Consultation(milestone, Date.from((opens.isBefore(today) ? today : opens)
          .atStartOfDay(ZoneOffset.UTC).toInstant()));
    });
  }
}
