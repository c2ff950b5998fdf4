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
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.END_EVENT_ACTION_PLAN_CLOSED;

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
    Mocks.register("actionItemFollowUp", new ActionItemFollowUp(plan, TaskDeadlines.defaults(), Period.ofMonths(3)));
    Mocks.register("readActionItemDelegate", new ReadActionItemDelegate(plan));
    Mocks.register("countOpenActionItemsDelegate", new CountOpenActionItemsDelegate(plan));
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
    item(2L, "Added later through the API", null, OwnerKind.GOVERNMENT_UNIT);

    report(followUpOf(followUp, 1L), USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS, Roles.CIVIL_SOCIETY, 1L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);

    assertThat(followUp).as("not closed with an action open").isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_ACTION_ITEMS);
    ProcessInstance later = followUpOf(followUp, 2L);
    report(later, USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS, Roles.GOVERNMENT, 2L, 100,
        ActionItemFollowUpProcess.Decisions.DONE, null);
    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED);
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
