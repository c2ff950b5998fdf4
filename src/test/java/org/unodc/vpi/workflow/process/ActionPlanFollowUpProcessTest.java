package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Elements.*;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_DECISION;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_DROP_REASON;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_PERCENT_COMPLETE;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_PROGRESS;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.CALL_ACTIVITY_FOLLOW_UP_OPENED_ACTION_ITEM;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.END_EVENT_ACTION_PLAN_CLOSED;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.END_EVENT_OPENED_ACTION_ITEM_ENDED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.actionplan.ActionItem;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.OwnerKind;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.Notices;
import org.unodc.vpi.notification.Recipient;
import org.unodc.vpi.notification.TaskNotice;
import org.unodc.vpi.workflow.actionplan.ActionItemFollowUp;
import org.unodc.vpi.workflow.delegate.CountOpenActionItemsDelegate;
import org.unodc.vpi.workflow.delegate.ReadActionItemDelegate;
import org.unodc.vpi.workflow.notification.TaskAvailableListener;
import org.unodc.vpi.workflow.notification.TaskDeadlines;
import org.unodc.vpi.workflow.notification.TaskOverdueListener;
import org.unodc.vpi.workflow.notification.TaskRecipients;
import org.unodc.vpi.workflow.notification.TaskReminderListener;

/**
 * The action plan's follow-up, each action on its own (action-item-follow-up), on the engine's clock:
 * the real delegates and schedule over a plan of mocked action items. What a report writes to the
 * action item is the record feed's business (tested through the API); here an item ends when the test
 * says its owners reported it done or dropped, as the feed would.
 */
@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = {"processes/action-plan-follow-up.bpmn", "processes/action-item-follow-up.bpmn"})
class ActionPlanFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  private static final String COUNTRY = "BRA";
  private static final long INITIATIVE = 7L;
  private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

  private final ActionPlan plan = mock(ActionPlan.class);
  /** The plan's actions in the order they were added, and those done or dropped. */
  private final Map<Long, ActionItem> items = new java.util.LinkedHashMap<>();
  private final Set<Long> ended = new HashSet<>();

  @BeforeEach
  void startInMarchWithTheRealDelegates() {
    ClockUtil.setCurrentTime(Date.from(START));
    when(plan.openItemIds(INITIATIVE)).thenAnswer(call ->
        items.keySet().stream().filter(id -> !ended.contains(id)).toList());
    when(plan.itemOf(eq(COUNTRY), anyLong())).thenAnswer(call -> items.get((Long) call.getArgument(1)));
    ActionItemFollowUp followUp = new ActionItemFollowUp(plan, TaskDeadlines.defaults(), Period.ofMonths(3),
        Duration.ofDays(3));
    Mocks.register("actionItemFollowUp", followUp);
    Mocks.register("readActionItemDelegate", new ReadActionItemDelegate(plan));
    Mocks.register("countOpenActionItemsDelegate", new CountOpenActionItemsDelegate(followUp));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldFollowEachActionOnItsOwnWithTheRoleOfItsLeadOwner() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION, OwnerKind.GOVERNMENT_UNIT);
    item(2L, "Publish the referral guidelines", LocalDate.of(2027, 12, 31), OwnerKind.GOVERNMENT_UNIT);
    item(3L, "Map shelters", null);
    ProcessInstance followUp = startPlan();

    assertThat(followUp).isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS);
    ProcessInstance ngos = followUpOf(followUp, 1L);
    ProcessInstance government = followUpOf(followUp, 2L);
    ProcessInstance noOwner = followUpOf(followUp, 3L);
    assertThat(ngos).isWaitingAt(USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS);
    assertThat(government).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);
    assertThat(noOwner).isWaitingAt(USER_TASK_REPORT_ACTION_PROGRESS);

    // Civil society reports; its action waits a quarter for the next report while the others wait for theirs.
    report(ngos, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 40,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);
    assertThat(ngos).isWaitingAt(TIMER_EVENT_NEXT_PROGRESS_REPORT);
    Job next = managementService().createJobQuery().processInstanceId(ngos.getId()).activityId(
        TIMER_EVENT_NEXT_PROGRESS_REPORT).singleResult();
    Assertions.assertThat(next.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-06-01T09:00:00Z")));
    assertThat(government).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);
    assertThat(noOwner).isWaitingAt(USER_TASK_REPORT_ACTION_PROGRESS);

    ClockUtil.setCurrentTime(next.getDuedate());
    managementService().executeJob(next.getId());
    assertThat(ngos).isWaitingAt(USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS)
        .variables().doesNotContainKey(ACTION_ITEM_DECISION);
    assertThat(government).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(government.getId()).count())
        .as("the government's action has still its first request").isOne();
    assertThat(followUp).isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS);
  }

  @Test
  void shouldRemindTheOwnersOfAnActionBeforeItIsDueAndTellTheCoordinatorsOnceItIsOverdue() {
    Notices notices = mock(Notices.class);
    TaskRecipients recipients = mock(TaskRecipients.class);
    Recipient government = new Recipient("govbra", "govbra@vpi.example", "Gustavo", Locale.ENGLISH);
    Recipient coordinator = new Recipient("coordinator", "coordinator@vpi.example", "Clara", Locale.ENGLISH);
    when(recipients.remindees(any())).thenReturn(List.of(government));
    when(recipients.coordinators(any())).thenReturn(List.of(coordinator));
    TaskDeadlines deadlines = TaskDeadlines.defaults();
    Mocks.register("taskAvailableListener", new TaskAvailableListener(deadlines, recipients, notices));
    Mocks.register("taskReminderListener", new TaskReminderListener(deadlines, recipients, notices));
    Mocks.register("taskOverdueListener", new TaskOverdueListener(deadlines, recipients, notices));
    // Due in nine days: sooner than the two weeks a report may take, so the report is due with the action.
    item(1L, "Publish the referral guidelines", LocalDate.of(2027, 3, 10), OwnerKind.GOVERNMENT_UNIT);
    ProcessInstance followUp = startPlan();
    ProcessInstance action = followUpOf(followUp, 1L);

    Task task = taskOf(action);
    Assertions.assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-10T23:59:59Z")));
    Assertions.assertThat(timers(action)).extracting(Job::getDuedate).containsExactlyInAnyOrder(
        Date.from(Instant.parse("2027-03-07T23:59:59Z")), Date.from(Instant.parse("2027-03-10T23:59:59Z")));

    moveClockTo("2027-03-07T23:59:00Z");
    Assertions.assertThat(executeDueTimers()).as("timers due a minute before the reminder").isZero();
    moveClockTo("2027-03-08T00:00:00Z");
    Assertions.assertThat(executeDueTimers()).isOne();
    verify(notices, times(1)).taskReminder(any(TaskNotice.class), eq(List.of(government)));
    verify(notices, never()).taskOverdue(any(), any());

    moveClockTo("2027-03-10T23:59:00Z");
    Assertions.assertThat(executeDueTimers()).as("timers due on the last day").isZero();
    moveClockTo("2027-03-11T00:00:00Z");
    Assertions.assertThat(executeDueTimers()).isOne();
    verify(notices, times(1)).taskOverdue(any(TaskNotice.class), eq(List.of(coordinator)));
    verify(notices, times(1)).taskReminder(any(), any());
    assertThat(action).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);
    Assertions.assertThat(timers(action)).as("timers left on the overdue report").isEmpty();
  }

  @Test
  void shouldAskForAReportWithinTheUsualTimeAndByTheActionsDueDateWhenThatComesFirst() {
    item(1L, "Due in a year", LocalDate.of(2028, 3, 1), OwnerKind.ORGANISATION);
    item(2L, "Due in a week", LocalDate.of(2027, 3, 8), OwnerKind.ORGANISATION);
    item(3L, "Overdue already", LocalDate.of(2027, 2, 1), OwnerKind.ORGANISATION);
    item(4L, "No due date", null, OwnerKind.ORGANISATION);
    ProcessInstance followUp = startPlan();

    Map<Long, LocalDate> dueOn = new HashMap<>();
    items.keySet().forEach(id -> dueOn.put(id,
        LocalDate.ofInstant(taskOf(followUpOf(followUp, id)).getDueDate().toInstant(), ZoneOffset.UTC)));

    Assertions.assertThat(dueOn).containsEntry(1L, LocalDate.of(2027, 3, 15)).containsEntry(2L, LocalDate.of(2027, 3, 8))
        .as("an overdue action is due today: reminded and escalated again").containsEntry(3L, LocalDate.of(2027, 3, 1))
        .containsEntry(4L, LocalDate.of(2027, 3, 15));
  }

  @Test
  void shouldCloseThePlanOnlyWhenEveryActionIsDoneOrDropped() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION);
    item(2L, "Publish the referral guidelines", LocalDate.of(2027, 12, 31), OwnerKind.GOVERNMENT_UNIT);
    ProcessInstance followUp = startPlan();
    ProcessInstance ngos = followUpOf(followUp, 1L);
    ProcessInstance government = followUpOf(followUp, 2L);

    report(ngos, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);

    assertThat(ngos).isEnded().hasPassed(END_EVENT_ACTION_ITEM_DONE);
    assertThat(followUp).as("one action still open").isActive().isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS);
    assertThat(government).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);

    report(government, USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 10,
        ActionItemFollowUpProcess.Decisions.DROPPED, "Merged into the national strategy");

    assertThat(government).isEnded().hasPassed(END_EVENT_ACTION_ITEM_DROPPED).hasNotPassed(END_EVENT_ACTION_ITEM_DONE);
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
  }

  @Test
  void shouldAlsoFollowAnActionAddedToThePlanWhileTheOthersWereFollowed() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION);
    ProcessInstance followUp = startPlan();
    ProcessInstance first = followUpOf(followUp, 1L);

    item(2L, "Added later through the API", null, OwnerKind.GOVERNMENT_UNIT);
    actionOpened(2L);

    ProcessInstance later = followUpOf(followUp, 2L);
    assertThat(later).as("asked at once").isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);
    assertThat(first).as("while the first is still followed").isWaitingAt(USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS);
    assertThat(followUp).isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS, CALL_ACTIVITY_FOLLOW_UP_OPENED_ACTION_ITEM);

    report(first, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);
    assertThat(followUp).as("not closed with an action open").isActive()
        .isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_OPENED_ACTION_ITEM);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .variableValueEquals(ACTION_ITEM_ID, 2L).count()).as("the added action is followed once").isOne();

    // Added once the actions followed from the start have ended: still followed, the plan still open.
    item(3L, "Added last", null);
    actionOpened(3L);
    ProcessInstance last = followUpOf(followUp, 3L);
    report(later, USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);
    assertThat(followUp).isActive().isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_OPENED_ACTION_ITEM);
    report(last, USER_TASK_REPORT_ACTION_PROGRESS, Roles.COORDINATORS, 3L, 10,
        ActionItemFollowUpProcess.Decisions.DROPPED, "No longer needed");
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED, END_EVENT_OPENED_ACTION_ITEM_ENDED);
  }

  @Test
  void shouldFollowAnOpenActionNobodyFollowsOnceTheOthersHaveEnded() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION);
    ProcessInstance followUp = startPlan();
    // Added without the message reaching the plan (reopened, or added while the plan was starting).
    item(2L, "Added unnoticed", null, OwnerKind.GOVERNMENT_UNIT);

    report(followUpOf(followUp, 1L), USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);

    assertThat(followUp).as("not closed with an action open").isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS);
    report(followUpOf(followUp, 2L), USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
  }

  @Test
  void shouldEndTheReportTaskOfAnActionDoneOrDroppedThroughTheApi() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION);
    item(2L, "Publish the referral guidelines", LocalDate.of(2027, 12, 31), OwnerKind.GOVERNMENT_UNIT);
    ProcessInstance followUp = startPlan();
    ProcessInstance ngos = followUpOf(followUp, 1L);
    ProcessInstance government = followUpOf(followUp, 2L);

    ended.add(1L);
    actionEnded(1L);

    assertThat(ngos).isEnded().hasPassed(END_EVENT_ACTION_ITEM_ENDED_OUTSIDE_REPORT);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(ngos.getId()).count()).isZero();
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(ngos.getId()).count())
        .as("reminder and escalation gone with the task").isZero();
    assertThat(government).isWaitingAt(USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS);

    // Between two reports too: the wait for the next one ends.
    report(government, USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 50,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);
    assertThat(government).isWaitingAt(TIMER_EVENT_NEXT_PROGRESS_REPORT);
    ended.add(2L);
    actionEnded(2L);
    assertThat(government).isEnded().hasPassed(END_EVENT_ACTION_ITEM_ENDED_OUTSIDE_REPORT);
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
  }

  @Test
  void shouldAskForTheNextReportBeforeTheActionIsDueWhenThatComesBeforeTheNextPeriod() {
    registerTaskNotifications();
    item(1L, "Due mid-April", LocalDate.of(2027, 4, 20), OwnerKind.ORGANISATION);
    item(2L, "Due in two days", LocalDate.of(2027, 3, 3), OwnerKind.GOVERNMENT_UNIT);
    ProcessInstance followUp = startPlan();
    ProcessInstance april = followUpOf(followUp, 1L);

    report(april, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 30,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);

    Job next = nextReport(april);
    Assertions.assertThat(next.getDuedate()).as("remind-before (three days) ahead of the end of its due day")
        .isEqualTo(Date.from(Instant.parse("2027-04-17T23:59:59Z")));
    ClockUtil.setCurrentTime(next.getDuedate());
    managementService().executeJob(next.getId());
    assertThat(april).isWaitingAt(USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS);
    Task task = taskOf(april);
    Assertions.assertThat(task.getDueDate()).as("due with the action").isEqualTo(
        Date.from(Instant.parse("2027-04-20T23:59:59Z")));
    Assertions.assertThat(timers(april)).extracting(Job::getDuedate).as("reminded before it is due, escalated after")
        .containsExactlyInAnyOrder(Date.from(Instant.parse("2027-04-19T11:59:59Z")),
            Date.from(Instant.parse("2027-04-20T23:59:59Z")));

    // Reported on so close to its due date that the reminder point has passed: the next report a period later.
    report(april, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 80,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);
    Assertions.assertThat(nextReport(april).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-07-17T23:59:59Z")));

    ClockUtil.setCurrentTime(Date.from(START));
    ProcessInstance soon = followUpOf(followUp, 2L);
    report(soon, USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 30,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);
    Assertions.assertThat(nextReport(soon).getDuedate()).as("reminder point past already: a period later")
        .isEqualTo(Date.from(Instant.parse("2027-06-01T09:00:00Z")));
  }

  @Test
  void shouldStopAskingForAnActionEndedThroughTheApiMeanwhile() {
    item(1L, "Train NGOs on victim support", LocalDate.of(2027, 12, 31), OwnerKind.ORGANISATION);
    ProcessInstance followUp = startPlan();
    ProcessInstance action = followUpOf(followUp, 1L);
    report(action, USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 60,
        ActionItemFollowUpProcess.Decisions.CONTINUE, null);

    ended.add(1L);
    Job next = managementService().createJobQuery().processInstanceId(action.getId()).singleResult();
    ClockUtil.setCurrentTime(next.getDuedate());
    managementService().executeJob(next.getId());

    assertThat(action).isEnded().hasPassed(END_EVENT_ACTION_ITEM_ALREADY_ENDED);
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
  }

  @Test
  void shouldCloseAPlanWithoutActionsAtOnce() {
    ProcessInstance followUp = startPlan();

    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
  }

  private void item(long id, String title, LocalDate due, OwnerKind... owners) {
    ActionItem item = mock(ActionItem.class);
    when(item.getId()).thenReturn(id);
    when(item.getTitle()).thenReturn(title);
    when(item.getDueDate()).thenReturn(due);
    when(item.leadOwnerKind()).thenReturn(owners.length == 0 ? Optional.empty() : Optional.of(owners[0]));
    when(item.isEnded()).thenAnswer(call -> ended.contains(id));
    items.put(id, item);
  }

  /** The task listeners that move a report's reminder and escalation to its due date, with mail mocked. */
  private static void registerTaskNotifications() {
    Notices notices = mock(Notices.class);
    TaskRecipients recipients = mock(TaskRecipients.class);
    TaskDeadlines deadlines = TaskDeadlines.defaults();
    Mocks.register("taskAvailableListener", new TaskAvailableListener(deadlines, recipients, notices));
    Mocks.register("taskReminderListener", new TaskReminderListener(deadlines, recipients, notices));
    Mocks.register("taskOverdueListener", new TaskOverdueListener(deadlines, recipients, notices));
  }

  /** What ActionPlanChanges does once an action added to the plan is committed. */
  private static void actionOpened(long itemId) {
    runtimeService().createMessageCorrelation(ActionPlanFollowUpProcess.Messages.ACTION_ITEM_OPENED)
        .processInstanceVariableEquals(VpiInitiativeProcess.Variables.INITIATIVE_ID, INITIATIVE)
        .setVariableToTriggeredScope(ActionPlanFollowUpProcess.Variables.ACTION_ITEM_ID, itemId)
        .correlateAllWithResult();
  }

  /** What ActionPlanChanges does once an action done or dropped through the API is committed. */
  private static void actionEnded(long itemId) {
    Assertions.assertThat(runtimeService().createMessageCorrelation(ActionItemFollowUpProcess.Messages.ACTION_ITEM_ENDED)
        .processInstanceVariableEquals(ACTION_ITEM_ID, itemId).correlateAllWithResult()).hasSize(1);
  }

  private static Job nextReport(ProcessInstance action) {
    return managementService().createJobQuery().processInstanceId(action.getId())
        .activityId(TIMER_EVENT_NEXT_PROGRESS_REPORT).singleResult();
  }

  private static ProcessInstance startPlan() {
    return runtimeService().startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY, "VPI-BRA-2027-001", Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, COUNTRY, VpiInitiativeProcess.Variables.INITIATIVE_ID, INITIATIVE,
        VpiInitiativeProcess.Variables.VPI_TITLE, "VPI Brazil"));
  }

  /** The running follow-up of one action of the plan. */
  private static ProcessInstance followUpOf(ProcessInstance followUp, long itemId) {
    List<ProcessInstance> running = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(ActionItemFollowUpProcess.KEY).variableValueEquals(ACTION_ITEM_ID, itemId).list();
    Assertions.assertThat(running).as("follow-up of action %s", itemId).singleElement()
        .satisfies(p -> Assertions.assertThat(p.getBusinessKey()).isEqualTo("VPI-BRA-2027-001"));
    HistoricProcessInstance parent = historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(running.get(0).getId()).singleResult();
    Assertions.assertThat(parent.getSuperProcessInstanceId()).isEqualTo(followUp.getId());
    return running.get(0);
  }

  /** The owners' report: completes the task and, as the record feed would, ends the item when done or dropped. */
  private void report(ProcessInstance action, String taskKey, String group, long itemId, int percent, String decision,
      String reason) {
    Map<String, Object> form = new HashMap<>(Map.of(ACTION_ITEM_PROGRESS, "Report at " + percent + " %",
        ACTION_ITEM_PERCENT_COMPLETE, percent, ACTION_ITEM_DECISION, decision));
    if (reason != null) {
      form.put(ACTION_ITEM_DROP_REASON, reason);
    }
    if (!ActionItemFollowUpProcess.Decisions.CONTINUE.equals(decision)) {
      ended.add(itemId);
    }
    ProcessTestSupport.completeAs(action, taskKey, group, form);
  }

  private static Task taskOf(ProcessInstance action) {
    return taskService().createTaskQuery().processInstanceId(action.getId()).singleResult();
  }

  private static List<Job> timers(ProcessInstance action) {
    List<Job> timers = new ArrayList<>();
    managementService().createJobQuery().processInstanceId(action.getId()).timers().list().stream()
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().contains("taskListener")).forEach(timers::add);
    return timers;
  }

  private static int executeDueTimers() {
    List<Job> due = managementService().createJobQuery().timers().executable().list();
    due.forEach(job -> managementService().executeJob(job.getId()));
    return due.size();
  }

  private static void moveClockTo(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }
}
