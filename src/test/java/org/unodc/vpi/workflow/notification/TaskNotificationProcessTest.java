package org.unodc.vpi.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.CountryMembers;
import org.unodc.vpi.notification.Notices;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.notification.Recipient;
import org.unodc.vpi.notification.StepNotice;
import org.unodc.vpi.notification.TaskNotice;
import org.unodc.vpi.workflow.process.PriorityReviewProcess;
import org.unodc.vpi.workflow.engagement.EngagementMenu;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Due dates, reminders and escalations of user tasks, and the notice of a completed step, on the
 * real models and the engine's clock: the process-test engine with the task notification parse
 * listener, the models' timeout listeners, the real listeners and deadlines, notices and the
 * country's members mocked. Priority review stands for every model: all user tasks have the same
 * listeners ({@code ModelCheckTest} sees to that).
 */
class TaskNotificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").build();

  private static final String COUNTRY = "BRA";
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String REVIEW = PriorityReviewProcess.Elements.USER_TASK_REVIEW_PRIORITIES;
  private static final String REVISE = PriorityReviewProcess.Elements.USER_TASK_REVISE_PRIORITIES;

  private final Recipient government = new Recipient("govbra", "govbra@vpi.example", "Gustavo", Locale.ENGLISH);
  private final Recipient civilSociety = new Recipient("csobra", "csobra@vpi.example", "Camila", Locale.ENGLISH);
  private final Recipient coordinator = new Recipient("coordinator", "coordinator@vpi.example", "Clara", Locale.ENGLISH);
  private final Notices notices = mock(Notices.class);
  private final CountryMembers members = mock(CountryMembers.class);
  private final NotificationPreferences preferences = mock(NotificationPreferences.class);
  /** Government reviews take three weeks here, everything else the default two. */
  private final TaskDeadlines deadlines = new TaskDeadlines(Map.of(REVIEW, Duration.ofDays(21)), Duration.ofDays(3));
  private TaskRecipients recipients;
  private final java.util.List<String> deployments = new java.util.ArrayList<>();

  @BeforeEach
  void deployInBrazilAndRegisterTheListeners() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(START));
    when(members.of(COUNTRY, List.of(Roles.GOVERNMENT))).thenReturn(List.of(government));
    when(members.of(COUNTRY, List.of(Roles.CIVIL_SOCIETY))).thenReturn(List.of(civilSociety));
    when(members.of(COUNTRY, List.of(Roles.COORDINATORS))).thenReturn(List.of(coordinator));
    when(preferences.recipient(anyString(), anyString(), anyString()))
        .thenAnswer(call -> new Recipient(call.getArgument(0), call.getArgument(1), call.getArgument(2), Locale.ENGLISH));
    recipients = new TaskRecipients(members, engine.getProcessEngine().getIdentityService(), preferences);
    Mocks.register("taskDeadlines", deadlines);
    Mocks.register("taskAvailableListener", new TaskAvailableListener(deadlines, recipients, notices));
    Mocks.register("taskReminderListener", new TaskReminderListener(deadlines, recipients, notices));
    Mocks.register("taskOverdueListener", new TaskOverdueListener(deadlines, recipients, notices));
    Mocks.register("stepCompletedListener", new StepCompletedListener(recipients, notices));
    deployments.add(repository().createDeployment().tenantId(COUNTRY)
        .addClasspathResource("processes/priority-review.bpmn").deploy().getId());
  }

  @AfterEach
  void cleanUp() {
    deployments.forEach(id -> repository().deleteDeployment(id, true));
    engine.getProcessEngine().getIdentityService().createUserQuery().list()
        .forEach(user -> engine.getProcessEngine().getIdentityService().deleteUser(user.getId()));
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldGiveANewTaskItsDueDateAndTellWhoMayTakeIt() {
    ProcessInstance review = startReview();

    Task task = task(review, REVIEW);
    // Three weeks from 2 March, due by the end of that day; the reminder three days before.
    assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-23T23:59:59Z")));
    assertThat(timer(task, TaskTimers.REMINDER).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-20T23:59:59Z")));
    assertThat(timer(task, TaskTimers.OVERDUE).getDuedate()).isEqualTo(task.getDueDate());
    verify(notices).taskAvailable(new TaskNotice(task.getId(), REVIEW, "Review the priorities", "VPI Brazil", COUNTRY,
        LocalDate.of(2026, 3, 23), Roles.GOVERNMENT, null), List.of(government));
  }

  @Test
  void shouldRemindOnceWhenTheEngineClockPassesTheReminderAndEscalateOnceWhenItPassesTheDueDate() {
    TaskListener reminder = mock(TaskListener.class);
    TaskListener overdue = mock(TaskListener.class);
    Mocks.register("taskReminderListener", reminder);
    Mocks.register("taskOverdueListener", overdue);
    ProcessInstance review = startReview();
    String taskId = task(review, REVIEW).getId();

    moveClockTo("2026-03-20T23:59:00Z");
    assertThat(executeDueTimers()).as("timers due a minute before the reminder").isZero();
    moveClockTo("2026-03-21T00:00:00Z");
    assertThat(executeDueTimers()).isEqualTo(1);
    assertThat(executeDueTimers()).as("timers due once the reminder went out").isZero();

    verify(reminder, times(1)).notify(any(DelegateTask.class));
    verify(overdue, never()).notify(any(DelegateTask.class));
    moveClockTo("2026-03-24T00:00:00Z");
    assertThat(executeDueTimers()).isEqualTo(1);
    ArgumentCaptor<DelegateTask> escalated = ArgumentCaptor.forClass(DelegateTask.class);
    verify(overdue, times(1)).notify(escalated.capture());
    assertThat(escalated.getValue().getId()).isEqualTo(taskId);
    verify(reminder, times(1)).notify(any(DelegateTask.class));
    BpmnAwareTests.assertThat(review).isWaitingAt(REVIEW);
    assertThat(timers(review)).as("timers left on the overdue task").isEmpty();
  }

  @Test
  void shouldRemindTheCandidatesWhileNobodyClaimedTheTaskAndTellTheCoordinatorsOnceItIsOverdue() {
    ProcessInstance review = startReview();
    String taskId = task(review, REVIEW).getId();

    moveClockTo("2026-03-24T00:00:00Z");
    assertThat(executeDueTimers()).isEqualTo(2);

    TaskNotice notice = new TaskNotice(taskId, REVIEW, "Review the priorities", "VPI Brazil", COUNTRY,
        LocalDate.of(2026, 3, 23), Roles.GOVERNMENT, null);
    verify(notices).taskReminder(notice, List.of(government));
    verify(notices).taskOverdue(notice, List.of(coordinator));
  }

  @Test
  void shouldRemindOnlyTheUserWhoClaimedTheTask() {
    User ana = engine.getProcessEngine().getIdentityService().newUser("ana");
    ana.setEmail("ana@justica.example");
    ana.setFirstName("Ana");
    ana.setLastName("Lima");
    engine.getProcessEngine().getIdentityService().saveUser(ana);
    ProcessInstance review = startReview();
    Task task = task(review, REVIEW);
    tasks().claim(task.getId(), "ana");

    moveClockTo("2026-03-21T00:00:00Z");
    executeDueTimers();

    verify(notices).taskReminder(new TaskNotice(task.getId(), REVIEW, "Review the priorities", "VPI Brazil", COUNTRY,
        LocalDate.of(2026, 3, 23), Roles.GOVERNMENT, "ana"),
        List.of(new Recipient("ana", "ana@justica.example", "Ana Lima", Locale.ENGLISH)));
  }

  @Test
  void shouldLeaveNoTimerBehindWhenTheTaskIsCompletedBeforeItsDueDate() {
    ProcessInstance review = startReview();
    moveClockTo("2026-03-10T09:00:00Z");

    tasks().complete(task(review, REVIEW).getId(), Map.of(PriorityReviewProcess.Variables.PRIORITY_DECISION,
        PriorityReviewProcess.Decisions.RETURNED, PriorityReviewProcess.Variables.PRIORITY_REVIEW_COMMENTS, "Be specific"));

    // The review's timers went with it; the revision has its own, two weeks from its creation.
    Task revise = task(review, REVISE);
    assertThat(timers(review)).extracting(Job::getDuedate).containsExactlyInAnyOrder(
        Date.from(Instant.parse("2026-03-21T23:59:59Z")), Date.from(Instant.parse("2026-03-24T23:59:59Z")));
    assertThat(revise.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-24T23:59:59Z")));
    verify(notices).taskAvailable(any(TaskNotice.class), eq(List.of(civilSociety)));
    tasks().complete(revise.getId());
    tasks().complete(task(review, REVIEW).getId(), Map.of(PriorityReviewProcess.Variables.PRIORITY_DECISION,
        PriorityReviewProcess.Decisions.APPROVED));
    BpmnAwareTests.assertThat(review).isEnded();
    assertThat(management().createJobQuery().count()).as("jobs left after the review ended").isZero();
  }

  @Test
  void shouldRemindAndEscalateAgainForTheNewDateWhenACoordinatorExtendsAnOverdueTask() {
    ProcessInstance review = startReview();
    Task task = task(review, REVIEW);
    moveClockTo("2026-03-24T00:00:00Z");
    executeDueTimers();
    assertThat(timers(review)).isEmpty();

    Date newDue = deadlines.dueOn(LocalDate.of(2026, 4, 30));
    ((ProcessEngineConfigurationImpl) engine.getProcessEngine().getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(TaskTimers.moveTo(task.getExecutionId(), deadlines.reminderBefore(newDue), newDue));

    assertThat(timer(task, TaskTimers.REMINDER).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-27T23:59:59Z")));
    assertThat(timer(task, TaskTimers.OVERDUE).getDuedate()).isEqualTo(newDue);
    moveClockTo("2026-05-01T00:00:00Z");
    assertThat(executeDueTimers()).isEqualTo(2);
    verify(notices, times(2)).taskReminder(any(TaskNotice.class), anyList());
    verify(notices, times(2)).taskOverdue(any(TaskNotice.class), anyList());
  }

  @Test
  void shouldKeepADueDateTheModelGivesAndRemindAndEscalateByIt() {
    deployments.add(repository().createDeployment().tenantId(COUNTRY).addModelInstance("fixed-date.bpmn",
        Bpmn.createExecutableProcess("fixed-date").camundaHistoryTimeToLive(1).startEvent()
            .userTask("userTask_fixedDate").camundaCandidateGroups(Roles.CIVIL_SOCIETY).camundaDueDate("2026-04-10T12:00:00")
            .camundaTaskListenerDelegateExpressionTimeoutWithDate(TaskTimers.REMINDER, "${taskReminderListener}",
                "${taskDeadlines.reminderAt(execution)}")
            .camundaTaskListenerDelegateExpressionTimeoutWithDate(TaskTimers.OVERDUE, "${taskOverdueListener}",
                "${taskDeadlines.overdueAt(execution)}")
            .endEvent().done()).deploy().getId());

    ProcessInstance instance = runtime().startProcessInstanceByKey("fixed-date", Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, COUNTRY, VpiInitiativeProcess.Variables.VPI_TITLE, "VPI Brazil"));

    Task task = task(instance, "userTask_fixedDate");
    Date due = task.getDueDate();
    assertThat(deadlines.dayOf(due)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(timer(task, TaskTimers.OVERDUE).getDuedate()).isEqualTo(due);
    assertThat(timer(task, TaskTimers.REMINDER).getDuedate()).isEqualTo(Date.from(due.toInstant().minus(Duration.ofDays(3))));
    assertThat(timers(instance)).hasSize(2);
  }

  @Test
  void shouldTellTheCoordinatorsOfEachCompletedStepOfTheVpi() throws Exception {
    deployStubSteps(false);
    ProcessInstance vpi = startVpi();

    tasks().complete(task(vpi, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT).getId(),
        Map.of(VpiInitiativeProcess.Variables.CONSENT_DECISION, VpiInitiativeProcess.Decisions.GIVEN));

    BpmnAwareTests.assertThat(vpi).isEnded();
    ArgumentCaptor<StepNotice> steps = ArgumentCaptor.forClass(StepNotice.class);
    verify(notices, times(10)).stepCompleted(steps.capture(), eq(List.of(coordinator)));
    assertThat(steps.getAllValues()).extracting(StepNotice::stepKey).containsExactlyInAnyOrder(
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_PLAN_WITH_GOVERNMENT,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_PLAN_WITH_STAKEHOLDERS,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_REVIEW_PRIORITIES,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_HOLD_VPI_MEETING,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_REPORT_RESULTS,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_HOLD_INFORMATION_SESSION,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_ESTABLISH_ALLIANCE,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_FOLLOW_UP_ACTION_PLAN,
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_CARRY_OUT_COMMITMENTS);
    assertThat(steps.getAllValues().get(0)).isEqualTo(new StepNotice(7L, vpi.getId(),
        VpiInitiativeProcess.Elements.CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS, "Identify stakeholders", "VPI Brazil", COUNTRY));
  }

  @Test
  void shouldSayNothingOfAStepCancelledWithItsVpi() throws Exception {
    deployStubSteps(true);
    ProcessInstance vpi = startVpi();
    tasks().complete(task(vpi, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT).getId(),
        Map.of(VpiInitiativeProcess.Variables.CONSENT_DECISION, VpiInitiativeProcess.Decisions.GIVEN));
    BpmnAwareTests.assertThat(vpi).isWaitingAt(VpiInitiativeProcess.Elements.CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS);

    runtime().deleteProcessInstance(vpi.getId(), "withdrawn");

    verify(notices, never()).stepCompleted(any(), anyList());
  }

  private ProcessInstance startReview() {
    return runtime().startProcessInstanceByKey(PriorityReviewProcess.KEY, Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, COUNTRY, VpiInitiativeProcess.Variables.VPI_TITLE, "VPI Brazil",
        PriorityReviewProcess.Variables.PRIORITIES, "1. Victim support"));
  }

  private ProcessInstance startVpi() {
    return runtime().startProcessInstanceByKey(VpiInitiativeProcess.KEY, Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, COUNTRY, VpiInitiativeProcess.Variables.VPI_TITLE, "VPI Brazil"));
  }

  /** The main process with every step a stub that ends at once (or, the first, waits at a task). */
  private void deployStubSteps(boolean firstStepWaits) throws Exception {
    var deployment = repository().createDeployment().tenantId(COUNTRY).name("vpi with stub steps")
        .addClasspathResource("processes/vpi-initiative.bpmn");
    for (String key : List.of("stakeholder-identification", "government-planning-meeting",
        "stakeholder-planning-meeting", PriorityReviewProcess.KEY, "vpi-meeting", "results-report",
        "cop-information-session", "alliance-formation", "action-plan-follow-up", "engagement-commitment")) {
      var stub = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
      deployment.addModelInstance(key + ".bpmn", firstStepWaits && key.equals("stakeholder-identification")
          ? stub.userTask("stubTask").endEvent().done() : stub.endEvent().done());
    }
    deployments.add(deployment.deploy().getId());
    JavaDelegate register = mock(JavaDelegate.class);
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable(VpiInitiativeProcess.Variables.INITIATIVE_ID, 7L);
      return null;
    }).when(register).execute(any());
    Mocks.register("registerInitiativeDelegate", register);
    Mocks.register("closeInitiativeDelegate", mock(JavaDelegate.class));
    Mocks.register("chooseEngagementActivitiesDelegate", mock(JavaDelegate.class));
    EngagementMenu menu = mock(EngagementMenu.class);
    when(menu.trackedWork(any())).thenReturn(List.of("whatsOnInclusion"));
    Mocks.register("engagementMenu", menu);
  }

  private int executeDueTimers() {
    List<Job> due = management().createJobQuery().timers().executable().list();
    due.forEach(job -> management().executeJob(job.getId()));
    return due.size();
  }

  private Job timer(Task task, String listenerId) {
    return management().createJobQuery().executionId(task.getExecutionId()).timers().list().stream()
        .filter(job -> TaskTimers.configuration(task.getTaskDefinitionKey(), listenerId)
            .equals(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerConfigurationRaw()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + listenerId + " timer on " + task.getTaskDefinitionKey()));
  }

  private List<Job> timers(ProcessInstance instance) {
    return management().createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private static void moveClockTo(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  private static ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }

  private static RepositoryService repository() {
    return processEngine().getRepositoryService();
  }

  private static RuntimeService runtime() {
    return processEngine().getRuntimeService();
  }

  private static TaskService tasks() {
    return processEngine().getTaskService();
  }

  private static ManagementService management() {
    return processEngine().getManagementService();
  }
}
