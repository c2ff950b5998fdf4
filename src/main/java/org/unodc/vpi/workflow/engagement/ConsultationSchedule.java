package org.unodc.vpi.workflow.engagement;

import java.time.Period;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.workflow.EngineDays;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * When the Alliance is consulted (level B): {@code vpi.consultations.lead-time} (30 days by default)
 * before each milestone of the country's review calendar that the consultation is for: the
 * self-assessment questionnaire, or the sessions of the COP working group of the VPI's focus, in
 * the review cluster the VPI accompanies. Each milestone is consulted for once, whatever its date
 * does afterwards. Days are read on the engine's clock, so tests move through a year without waiting.
 */
@Component
public class ConsultationSchedule {

  /** Milestones looked at per planning; more on one country's calendar ahead would be unusual. */
  private static final int LOOK_AHEAD = 100;

  /** The next consultation: the milestone it prepares and when its task opens. */
  public record Consultation(ReviewMilestone milestone, Date opensAt) {}

  private final ReviewCalendar calendar;
  private final Period leadTime;

  public ConsultationSchedule(ReviewCalendar calendar, @Value("${vpi.consultations.lead-time:P30D}") Period leadTime) {
    this.calendar = calendar;
    this.leadTime = leadTime;
  }

  /**
   * The next consultation for {@code activity} in {@code country}: the earliest milestone ahead, of
   * {@code reviewCluster} when given, that is not among {@code consulted} (comma-separated ids).
   */
  public Optional<Consultation> next(String activity, String country, String workingGroup, String reviewCluster,
      String consulted) {
    Set<MilestoneKind> kinds = Activities.SELF_ASSESSMENT_CONSULTATION.equals(activity)
        ? Set.of(MilestoneKind.SELF_ASSESSMENT_DUE) : Set.of(MilestoneKind.WORKING_GROUP_SESSION);
    Set<Long> done = consulted == null || consulted.isBlank() ? Set.of()
        : Arrays.stream(consulted.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    return calendar.upcoming(country, kinds, workingGroup, cluster(reviewCluster), EngineDays.today(),
        LOOK_AHEAD).stream()
        .filter(milestone -> !done.contains(milestone.getId()))
        .findFirst()
        .map(milestone -> new Consultation(milestone, EngineDays.aheadOf(milestone.getDueOn(), leadTime)));
  }

  /** The next consultation of a waiting commitment, from its variables (as the process plans it). */
  public Optional<Consultation> next(Function<String, Object> variable) {
    return next((String) variable.apply(EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY),
        (String) variable.apply(VpiInitiativeProcess.Variables.COUNTRY),
        (String) variable.apply(VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP),
        (String) variable.apply(VpiInitiativeProcess.Variables.REVIEW_CLUSTER),
        (String) variable.apply(EngagementCommitmentProcess.Variables.CONSULTED_MILESTONES));
  }

  private static ReviewCluster cluster(String name) {
    return Arrays.stream(ReviewCluster.values()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }
}
