package org.unodc.vpi.workflow.actionplan;

import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_DUE_ON;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.beans.factory.annotation.Autowired;
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
 * to the coordinators once it passes, by the reminder and overdue timers every task has. The next
 * report is asked for one period after the last, or {@code vpi.tasks.remind-before} ahead of the
 * action's due date when that comes first (and is still ahead): so an action that falls due between two
 * reports is asked about before its due date, not only at the next quarterly report.
 */
@Component("actionItemFollowUp")
public class ActionItemFollowUp {

  private final ActionPlan plan;
  private final TaskDeadlines deadlines;
  private final Period reportEvery;
  private final Duration remindBefore;

  @Autowired
  public ActionItemFollowUp(ActionPlan plan, TaskDeadlines deadlines,
      @Value("${vpi.action-items.report-every:P3M}") Period reportEvery,
      @Value("${vpi.tasks.remind-before:P3D}") Duration remindBefore) {
    if (reportEvery.isZero() || reportEvery.isNegative()) {
      throw new IllegalArgumentException("vpi.action-items.report-every must be a positive period such as P3M, not "
          + reportEvery);
    }
    this.plan = plan;
    this.deadlines = deadlines;
    this.reportEvery = reportEvery;
    this.remindBefore = remindBefore;
  }

  /**
   * The actions of the VPI's plan not yet done or dropped and not followed yet: one follow-up instance
   * each. Actions added or reopened while the plan is followed get their own follow-up at once (the
   * plan's event sub-process); those are left out here, so no action is followed twice.
   */
  public List<Long> openItems(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String[] followUps = runtime.createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId())
        .list().stream().map(ProcessInstance::getId).toArray(String[]::new);
    Set<Long> followed = followUps.length == 0 ? Set.of() : runtime.createVariableInstanceQuery()
        .processInstanceIdIn(followUps).variableName(ACTION_ITEM_ID).list().stream()
        .map(VariableInstance::getValue).filter(Objects::nonNull).map(id -> ((Number) id).longValue())
        .collect(Collectors.toSet());
    return plan.openItemIds(((Number) execution.getVariable(INITIATIVE_ID)).longValue()).stream()
        .filter(id -> !followed.contains(id)).toList();
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

  /**
   * When the owners are asked for their next report (the timer's date): one period after the last, or
   * {@code remind-before} ahead of the end of the action's due day when that comes sooner and is still
   * ahead. An action past that point already is asked for quarterly, each report due at once.
   */
  public Date nextReportAt(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant next = now.atZone(ZoneOffset.UTC).plus(reportEvery).toInstant();
    Object dueOn = execution.getVariable(ACTION_ITEM_DUE_ON);
    if (dueOn != null && !dueOn.toString().isBlank()) {
      Instant beforeDue = deadlines.dueOn(LocalDate.parse(dueOn.toString())).toInstant().minus(remindBefore);
      if (beforeDue.isAfter(now) && beforeDue.isBefore(next)) {
        next = beforeDue;
      }
    }
    return Date.from(next);
  }
}
