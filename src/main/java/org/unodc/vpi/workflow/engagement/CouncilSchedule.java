package org.unodc.vpi.workflow.engagement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.EngineDays;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;

/**
 * When the Advisory Council's next meeting is prepared. The council meets at least twice a year:
 * the task to hold the next meeting opens {@code vpi.council.prepare-after} (5 months by default)
 * after the last meeting and is due a month later, so meetings are never more than six months apart.
 * Named {@code councilSchedule} for the model's timer.
 */
@Component("councilSchedule")
public class CouncilSchedule {

  private final Period prepareAfter;

  public CouncilSchedule(@Value("${vpi.council.prepare-after:P5M}") Period prepareAfter) {
    this.prepareAfter = prepareAfter;
  }

  public Date nextMeetingTaskAt(DelegateExecution execution) {
    Object held = execution.getVariable(EngagementCommitmentProcess.Variables.COUNCIL_MEETING_DATE);
    LocalDate lastMeeting = held == null ? EngineDays.today() : LocalDate.parse(held.toString());
    return EngineDays.startOf(lastMeeting.plus(prepareAfter));
  }
}
