package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.calendar.MilestoneChanged;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.workflow.engagement.ReviewCalendarChanges;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The review calendar drives the consultations through the running platform: a coordinator's edit
 * through /api reaches the waiting consultations of that country, and only of that country.
 */
@ApiTest
class ConsultationSchedulingIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired InitiativeRegister initiatives;
  @Autowired ReviewCalendarChanges calendarChanges;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldPlanAConsultationWhenACoordinatorEntersTheMilestoneAndMoveItWithTheDate() {
    ApiClient coordinator = new ApiClient(rest, "coordinator", "demo");
    // A working group no other test enters sessions for: the calendar is shared with them.
    ProcessInstance brazil = consultation("BRA", "smugglingOfMigrants");
    ProcessInstance mozambique = consultation("MOZ", "smugglingOfMigrants");
    assertThat(openTask(brazil)).as("no milestone yet: the coordinator is asked for the calendar")
        .isEqualTo(EngagementCommitmentProcess.Elements.USER_TASK_ENTER_REVIEW_CALENDAR);

    LocalDate session = LocalDate.now(ZoneOffset.UTC).plusYears(3).withDayOfYear(100);
    ResponseEntity<Map<String, Object>> entered = coordinator.post("/api/review-calendar",
        session(session));
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(openTask(brazil)).as("the calendar task closed by itself").isNull();
    assertThat(timerDay(brazil)).isEqualTo(session.minusDays(30));
    assertThat(openTask(mozambique)).as("another country's calendar is not Mozambique's")
        .isEqualTo(EngagementCommitmentProcess.Elements.USER_TASK_ENTER_REVIEW_CALENDAR);

    Map<String, Object> moved = session(session.plusDays(12));
    moved.put("version", entered.getBody().get("version"));
    assertThat(coordinator.put("/api/review-calendar/" + entered.getBody().get("id"), moved).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(timerDay(brazil)).as("moved with the session").isEqualTo(session.plusDays(12).minusDays(30));
  }

  @Test
  void shouldLetACoordinatorEndAVpisConsultationsWhileMilestonesAreStillAhead() {
    var registered = initiatives.register(new NewInitiative("BRA", "Consultations ended early", "other", "cluster2",
        "B", LocalDate.parse("2026-10-01")));
    long vpi = registered.id();
    String reference = registered.reference();
    Map<String, Object> variables = new HashMap<>();
    variables.put(EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY, Activities.WORKING_GROUP_CONSULTATION);
    variables.put(VpiInitiativeProcess.Variables.COUNTRY, "BRA");
    variables.put(VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP, "smugglingOfMigrants");
    ProcessInstance consultations = runtime.startProcessInstanceByKey(EngagementCommitmentProcess.KEY, reference,
        variables);
    ApiClient coordinator = new ApiClient(rest, "coordinator", "demo");
    coordinator.post("/api/review-calendar", session(LocalDate.now(ZoneOffset.UTC).plusYears(4)));
    assertThat(openTask(consultations)).as("waiting for the session, years ahead").isNull();

    assertThat(new ApiClient(rest, "govbra", "demo").post("/api/initiatives/" + vpi + "/consultations/end", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> ended = coordinator.post("/api/initiatives/" + vpi + "/consultations/end", null);

    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ended.getBody()).containsEntry("ended", 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(consultations.getId()).count())
        .as("the consultations have ended").isZero();
  }

  @Test
  void shouldLeaveAnOpenConsultationAloneWhenTheSameCalendarChangeIsFollowedAgain() throws Exception {
    ApiClient coordinator = new ApiClient(rest, "coordinator", "demo");
    // A working group no other test enters sessions for, so that this near session is no one else's next.
    ProcessInstance brazil = consultation("BRA", "internationalCooperation");
    LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    Map<String, Object> body = session(soon);
    body.put("workingGroup", "internationalCooperation");
    ResponseEntity<Map<String, Object>> entered = coordinator.post("/api/review-calendar", body);
    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Job due = management.createJobQuery().processInstanceId(brazil.getId()).timers()
        .activityId(EngagementCommitmentProcess.Elements.TIMER_EVENT_CONSULTATION_DUE).singleResult();
    if (due != null) {
      management.executeJob(due.getId());
    }
    var open = tasks.createTaskQuery().processInstanceId(brazil.getId()).singleResult();
    assertThat(open.getTaskDefinitionKey()).isEqualTo(EngagementCommitmentProcess.Elements.USER_TASK_CONSULT_ALLIANCE);
    tasks.claim(open.getId(), "govbra");
    long mails = availableMails();

    // The publication handed to the listener again (a resubmission, another node), twice.
    long id = ((Number) entered.getBody().get("id")).longValue();
    MilestoneChanged change = new MilestoneChanged(id, "BRA", MilestoneKind.WORKING_GROUP_SESSION, null, soon);
    calendarChanges.replan(change).get(30, TimeUnit.SECONDS);
    calendarChanges.replan(change).get(30, TimeUnit.SECONDS);

    var still = tasks.createTaskQuery().processInstanceId(brazil.getId()).singleResult();
    assertThat(still).as("a consultation task open").isNotNull();
    assertThat(still.getId()).as("the same open consultation task").isEqualTo(open.getId());
    assertThat(still.getAssignee()).as("still claimed").isEqualTo("govbra");
    assertThat(availableMails()).as("no second task-available mail").isEqualTo(mails);

    // A real move still reaches the open consultation: planned again, for the new date.
    Map<String, Object> moved = new HashMap<>(body);
    moved.put("dueOn", soon.plusYears(1).toString());
    moved.put("version", entered.getBody().get("version"));
    assertThat(coordinator.put("/api/review-calendar/" + id, moved).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(openTask(brazil)).as("the consultation waits for the new date").isNull();
    assertThat(timerDay(brazil)).isEqualTo(soon.plusYears(1).minusDays(30));
  }

  private long availableMails() {
    return jdbc.queryForObject("select count(*) from mail_outbox where kind = 'TASK_AVAILABLE'", Long.class);
  }

  private ProcessInstance consultation(String country, String workingGroup) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY, Activities.WORKING_GROUP_CONSULTATION);
    variables.put(VpiInitiativeProcess.Variables.COUNTRY, country);
    variables.put(VpiInitiativeProcess.Variables.VPI_TITLE, "Consultations " + country);
    variables.put(VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP, workingGroup);
    return runtime.startProcessInstanceByKey(EngagementCommitmentProcess.KEY, variables);
  }

  private String openTask(ProcessInstance instance) {
    var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
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
    body.put("workingGroup", "smugglingOfMigrants");
    body.put("title", "Working group on the smuggling of migrants");
    body.put("dueOn", day.toString());
    return body;
  }
}
