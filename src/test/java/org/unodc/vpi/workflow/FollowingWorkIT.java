package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unodc.vpi.actionplan.ActionItemOpened;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.aftercommit.UnfinishedWork;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.initiative.RegisteredInitiative;
import org.unodc.vpi.web.api.ApiClient;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Work that follows a committed change is not lost when it cannot be done at once: actions added at the
 * same moment to a followed plan are each followed, an action added while the plan's follow-up was
 * suspended is followed by the retry once it is activated, and consultations are planned again even when
 * another change of the same instance came first. (A restart: {@link UnfinishedWorkRestartIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class FollowingWorkIT {

  private static final int PARALLEL = 20;
  private static final Duration BOUND = Duration.ofSeconds(30);

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired UnfinishedWork unfinishedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ApplicationEventPublisher events;
  @Autowired ActionPlan plan;
  @Autowired PlatformTransactionManager transactions;

  /**
   * The plan's follow-up reads the open actions (when it starts, or when it checks whether all have ended)
   * holding the VPI's row: an action added meanwhile waits for that transaction, and then finds the
   * follow-up committed and follows it, instead of finding none and being left out.
   */
  @Test
  void shouldLetAnActionAddedWhileTheFollowUpReadsThePlanWaitUntilTheFollowUpIsCommitted() throws Exception {
    ApiClient govbra = new ApiClient(rest, "govbra", "demo");
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Added while the plan is read",
        "other", "cluster1", "A", LocalDate.parse("2026-10-01")));
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CompletableFuture<Void> followUpStart = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
        status -> {
          plan.openItemIds(vpi.id());
          read.countDown();
          try {
            commit.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }));
    assertThat(read.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    CompletableFuture<ResponseEntity<Map<String, Object>>> added = CompletableFuture.supplyAsync(
        () -> govbra.post("/api/action-items", action(vpi.id(), "Added at that moment")));
    Thread.sleep(700);
    assertThat(added).as("the action waits while the follow-up's transaction holds the plan").isNotDone();

    commit.countDown();
    followUpStart.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(added.get(10, java.util.concurrent.TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void shouldFollowEachOfTwentyActionsAddedAtOnceToAFollowedPlan() throws Exception {
    ApiClient govbra = new ApiClient(rest, "govbra", "demo");
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Twenty actions at once", "other",
        "cluster1", "A", LocalDate.parse("2026-10-01")));
    ResponseEntity<Map<String, Object>> first = govbra.post("/api/action-items", action(vpi.id(), "First action"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    startFollowUp(vpi);

    ExecutorService clients = Executors.newFixedThreadPool(PARALLEL);
    List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ResponseEntity<Map<String, Object>>>> calls = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        String title = "Parallel action " + i;
        calls.add(clients.submit(() -> {
          start.await();
          return govbra.post("/api/action-items", action(vpi.id(), title));
        }));
      }
      start.countDown();
      for (Future<ResponseEntity<Map<String, Object>>> call : calls) {
        answers.add(call.get());
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(answers).extracting(ResponseEntity::getStatusCode).as("every action was recorded")
        .containsOnly(HttpStatus.CREATED).hasSize(PARALLEL);
    List<Long> added = answers.stream().map(a -> ((Number) a.getBody().get("id")).longValue()).toList();
    await().atMost(BOUND).untilAsserted(() -> assertThat(added).allSatisfy(this::assertFollowedOnce));
    // Marked completed on a worker thread, just after the work.
    await().atMost(BOUND).until(() -> unfinished(added) == 0);
  }

  @Test
  void shouldFollowAnActionAddedWhileThePlansFollowUpWasSuspendedOnceItIsActivated() {
    ApiClient govbra = new ApiClient(rest, "govbra", "demo");
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Follow-up suspended", "other",
        "cluster1", "A", LocalDate.parse("2026-10-01")));
    govbra.post("/api/action-items", action(vpi.id(), "First action"));
    ProcessInstance followUp = startFollowUp(vpi);
    // An operator suspended the follow-up in Cockpit: the engine moves nothing in it.
    runtime.suspendProcessInstanceById(followUp.getId());

    ResponseEntity<Map<String, Object>> created = govbra.post("/api/action-items", action(vpi.id(), "Added meanwhile"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long added = ((Number) created.getBody().get("id")).longValue();
    assertThat(followUps(added)).as("not followed yet").isZero();
    assertThat(unfinished(List.of(added))).as("the follow-up is recorded as work to do").isOne();
    unfinishedWork.retryOlderThan(Duration.ZERO);
    assertThat(followUps(added)).as("still suspended: still not followed").isZero();
    assertThat(unfinished(List.of(added))).isOne();

    runtime.activateProcessInstanceById(followUp.getId());
    unfinishedWork.retryOlderThan(Duration.ZERO);

    await().atMost(BOUND).untilAsserted(() -> assertFollowedOnce(added));
    await().atMost(BOUND).until(() -> unfinished(List.of(added)) == 0);
    unfinishedWork.retryAll();
    assertFollowedOnce(added);
  }

  @Test
  void shouldLeaveWorkPublishedSinceTheStartToTheScheduleAtTheStartsSweep() {
    ApiClient govbra = new ApiClient(rest, "govbra", "demo");
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Work of this run", "other",
        "cluster1", "A", LocalDate.parse("2026-10-01")));
    govbra.post("/api/action-items", action(vpi.id(), "First action"));
    ProcessInstance followUp = startFollowUp(vpi);
    runtime.suspendProcessInstanceById(followUp.getId());
    long added = ((Number) govbra.post("/api/action-items", action(vpi.id(), "Published after the start"))
        .getBody().get("id")).longValue();
    runtime.activateProcessInstanceById(followUp.getId());

    // The sweep at start takes up what earlier runs left, not what this node (or another) has in hand.
    unfinishedWork.retryAll();
    assertThat(followUps(added)).as("not taken up by the start's sweep").isZero();
    assertThat(unfinished(List.of(added))).isOne();
    assertThat(jdbc.queryForObject("select listener_id from event_publication where completion_date is null"
        + " and serialized_event like ?", String.class, "%\"actionItemId\":" + added + ",%"))
        .as("kept under its fixed listener id, the one rows stored before had")
        .isEqualTo("org.unodc.vpi.workflow.actionplan.ActionPlanChanges.follow(org.unodc.vpi.actionplan.ActionItemOpened)");

    unfinishedWork.retryOlderThan(Duration.ZERO);
    await().atMost(BOUND).untilAsserted(() -> assertFollowedOnce(added));
  }

  @Test
  void shouldActAtOnceOnAnEventPublishedOutsideATransaction() {
    ApiClient govbra = new ApiClient(rest, "govbra", "demo");
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Event outside a transaction", "other",
        "cluster1", "A", LocalDate.parse("2026-10-01")));
    govbra.post("/api/action-items", action(vpi.id(), "First action"));
    ProcessInstance followUp = startFollowUp(vpi);
    runtime.suspendProcessInstanceById(followUp.getId());
    long added = ((Number) govbra.post("/api/action-items", action(vpi.id(), "Not followed yet")).getBody().get("id"))
        .longValue();
    runtime.activateProcessInstanceById(followUp.getId());
    assertThat(followUps(added)).isZero();

    // No transaction here: the change it tells of is committed already.
    events.publishEvent(new ActionItemOpened(added, "BRA", vpi.id()));

    assertFollowedOnce(added);
  }

  @Test
  void shouldPlanAConsultationAgainWhenAnotherChangeOfItCameFirst() throws Exception {
    ApiClient coordinator = new ApiClient(rest, "coordinator", "demo");
    ProcessInstance consultation = consultation();
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusYears(5).withDayOfYear(50);
    ResponseEntity<Map<String, Object>> entered = coordinator.post("/api/review-calendar", session(day));
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(timerDay(consultation)).isEqualTo(day.minusDays(30));

    Map<String, Object> moved = session(day.plusDays(20));
    moved.put("version", entered.getBody().get("version"));
    ResponseEntity<Map<String, Object>> answer;
    // Another transaction (a timer of the consultation, say) changes the instance while it is planned again:
    // the planning reads the instance, waits for that transaction, then finds it changed.
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      change(other, consultation);
      CompletableFuture<ResponseEntity<Map<String, Object>>> put = CompletableFuture.supplyAsync(() ->
          coordinator.put("/api/review-calendar/" + entered.getBody().get("id"), moved));
      await().atMost(BOUND).until(() -> waitsFor(other) || put.isDone());
      other.commit();
      answer = put.get();
    }

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(timerDay(consultation)).as("planned for the new date").isEqualTo(day.plusDays(20).minusDays(30));
    await().atMost(BOUND).until(() -> jdbc.queryForObject("select count(*) from event_publication"
        + " where completion_date is null and serialized_event like ?", Integer.class,
        "%\"id\":" + entered.getBody().get("id") + ",%") == 0);
  }

  private void assertFollowedOnce(long actionItemId) {
    List<ProcessInstance> followUps = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, actionItemId).list();
    assertThat(followUps).as("follow-ups of action %s", actionItemId).hasSize(1);
    assertThat(tasks.createTaskQuery().processInstanceId(followUps.get(0).getId())
        .taskDefinitionKey(ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS).count())
        .as("report task of action %s", actionItemId).isOne();
  }

  private long followUps(long actionItemId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, actionItemId).count();
  }

  /** Recorded work for these actions that no listener has finished. */
  private int unfinished(List<Long> actionItemIds) {
    int count = 0;
    for (long id : actionItemIds) {
      count += jdbc.queryForObject("select count(*) from event_publication where completion_date is null"
          + " and serialized_event like ?", Integer.class, "%\"actionItemId\":" + id + ",%");
    }
    return count;
  }

  /** Changes the instance's executions as an engine command would (a new revision), not committed yet. */
  private static void change(Connection other, ProcessInstance instance) throws Exception {
    lockExecutions(other, instance, "REV_ + 1");
  }

  private static void lockExecutions(Connection other, ProcessInstance instance, String revision) throws Exception {
    try (PreparedStatement update = other.prepareStatement(
        "update ACT_RU_EXECUTION set REV_ = " + revision + " where PROC_INST_ID_ = ?")) {
      update.setString(1, instance.getId());
      assertThat(update.executeUpdate()).isPositive();
    }
  }

  /** Whether another session waits for a lock this connection holds (H2's view of its sessions). */
  private static boolean waitsFor(Connection holder) throws Exception {
    try (PreparedStatement query = holder.prepareStatement(
        "select count(*) from information_schema.sessions where blocker_id = session_id()");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getInt(1) > 0;
    }
  }

  private ProcessInstance startFollowUp(RegisteredInitiative vpi) {
    return runtime.startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY, vpi.reference(), Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi.id(),
        VpiInitiativeProcess.Variables.VPI_TITLE, vpi.reference()));
  }

  private static Map<String, Object> action(long initiativeId, String title) {
    return Map.of("initiativeId", initiativeId, "title", title,
        "owners", List.of(Map.of("kind", "GOVERNMENT_UNIT", "name", "Ministry of Justice")),
        "dueDate", "2030-06-30", "percentComplete", 0);
  }

  /** A Brazilian consultation of a working group no other test enters sessions for. */
  private ProcessInstance consultation() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY, Activities.WORKING_GROUP_CONSULTATION);
    variables.put(VpiInitiativeProcess.Variables.COUNTRY, "BRA");
    variables.put(VpiInitiativeProcess.Variables.VPI_TITLE, "Consultations planned again");
    variables.put(VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP, "technicalAssistance");
    return runtime.startProcessInstanceByKey(EngagementCommitmentProcess.KEY, variables);
  }

  private LocalDate timerDay(ProcessInstance instance) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(EngagementCommitmentProcess.Elements.TIMER_EVENT_CONSULTATION_DUE).singleResult();
    assertThat(timer).as("consultation timer").isNotNull();
    return LocalDate.ofInstant(timer.getDuedate().toInstant(), ZoneOffset.UTC);
  }

  private static Map<String, Object> session(LocalDate day) {
    Map<String, Object> body = new HashMap<>();
    body.put("country", "BRA");
    body.put("reviewCluster", "cluster2");
    body.put("kind", "WORKING_GROUP_SESSION");
    body.put("workingGroup", "technicalAssistance");
    body.put("title", "Working group on technical assistance");
    body.put("dueOn", day.toString());
    return body;
  }
}
