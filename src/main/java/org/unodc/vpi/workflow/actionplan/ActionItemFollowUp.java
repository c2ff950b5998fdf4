package org.unodc.vpi.workflow.actionplan;

import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_DUE_ON;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.OwnerKind;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.notification.TaskDeadlines;

/**
 * The follow-up of a VPI's action plan as the models use it: which actions to follow, who reports on
 * one, when a report is due and when the next one is asked for. Named {@code actionItemFollowUp} for
 * the models' expressions.
 *
 * <p>Owners report every {@code vpi.action-items.report-every} (P3M by default). A report is due
 * {@code vpi.tasks.due-after} after it is asked for, or by the action's own due date when that comes
 * first (never before today): so an action running late is reminded before its due date and escalated
 * to the coordinators once it passes, by the reminder and overdue timers every task has.
 */
@Component("actionItemFollowUp")
public class ActionItemFollowUp {

  private final ActionPlan plan;
  private final TaskDeadlines deadlines;
  private final Period reportEvery;

  public ActionItemFollowUp(ActionPlan plan, TaskDeadlines deadlines,
      @Value("${vpi.action-items.report-every:P3M}") Period reportEvery) {
    if (reportEvery.isZero() || reportEvery.isNegative()) {
      throw new IllegalArgumentException("vpi.action-items.report-every must be a positive period such as P3M, not "
          + reportEvery);
    }
    this.plan = plan;
    this.deadlines = deadlines;
    this.reportEvery = reportEvery;
  }

  /** The actions of the VPI's plan not yet done or dropped: one follow-up instance each. */
  public List<Long> openItems(DelegateExecution execution) {
    return plan.openItemIds(((Number) execution.getVariable(INITIATIVE_ID)).longValue());
  }

  /** The role that reports on an action led by an owner of this kind; coordinators when none is named. */
  public static String reportingGroup(Optional<OwnerKind> leadOwner) {
    return leadOwner.map(kind -> switch (kind) {
      case ORGANISATION -> Roles.CIVIL_SOCIETY;
      case GOVERNMENT_UNIT -> Roles.GOVERNMENT;
    }).orElse(Roles.COORDINATORS);
  }

  /** The due date of the report task the execution is at (its {@code camunda:dueDate}). */
  public Date reportDueAt(DelegateExecution execution) {
    LocalDate today = deadlines.today();
    LocalDate reportBy = deadlines.dayOf(deadlines.dueAt(execution.getCurrentActivityId()));
    Object dueOn = execution.getVariable(ACTION_ITEM_DUE_ON);
    if (dueOn != null && !dueOn.toString().isBlank()) {
      LocalDate itemDue = LocalDate.parse(dueOn.toString());
      if (itemDue.isBefore(reportBy)) {
        reportBy = itemDue.isBefore(today) ? today : itemDue;
      }
    }
    return deadlines.dueOn(reportBy);
  }

  /** When the owners are asked for their next report: one period after the last (the timer's date). */
  public Date nextReportAt(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return Date.from(now.atZone(ZoneOffset.UTC).plus(reportEvery).toInstant());
  }
}
