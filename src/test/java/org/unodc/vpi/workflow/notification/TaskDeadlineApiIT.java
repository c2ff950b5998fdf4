package org.unodc.vpi.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.web.api.ApiClient;
import org.unodc.vpi.workflow.process.PriorityReviewProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Coordinators extend or reassign an overdue task through {@code /api/tasks}, as the demo users: the
 * due date and the timers move together; nobody else may, and nobody reaches another country's task.
 * The same context as the API and end-to-end tests (same properties, so Spring starts it once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class TaskDeadlineApiIT {

  /** A country no demo user and not the coordinators' group belongs to. */
  private static final String ELSEWHERE = "NOR";

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired TaskRecipients recipients;

  private final List<String> instances = new ArrayList<>();
  private ApiClient coordinator;
  private ApiClient csobra;
  private ApiClient govbra;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
  }

  @AfterEach
  void removeTheVpis() {
    instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test done", true, true));
    identityService.clearAuthentication();
    if (identityService.createTenantQuery().tenantId(ELSEWHERE).count() > 0) {
      identityService.deleteTenant(ELSEWHERE);
    }
  }

  @Test
  void shouldMoveTheReminderAndTheEscalationWithTheDueDate() {
    Task review = governmentReview("BRA");
    LocalDate newDate = LocalDate.now(ZoneOffset.UTC).plusDays(60);

    ResponseEntity<Map<String, Object>> answer =
        coordinator.put("/api/tasks/" + review.getId() + "/due-date", Map.of("dueDate", newDate.toString()));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Instant endOfDay = newDate.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    assertThat(answer.getBody()).containsEntry("dueDate", newDate.toString())
        .containsEntry("reminderAt", endOfDay.minusSeconds(3 * 24 * 3600).toString())
        .containsEntry("overdueAt", endOfDay.toString());
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate())
        .isEqualTo(Date.from(endOfDay));
    assertThat(timer(review, TaskTimers.REMINDER).getDuedate()).isEqualTo(Date.from(endOfDay.minusSeconds(3 * 24 * 3600)));
    assertThat(timer(review, TaskTimers.OVERDUE).getDuedate()).isEqualTo(Date.from(endOfDay));
    assertThat(managementService.createJobQuery().processInstanceId(review.getProcessInstanceId()).count())
        .as("the timers were moved, not added").isEqualTo(2);
  }

  @Test
  void shouldAssignTheTaskToAMemberOfItsRoleInItsCountryOnly() {
    Task review = governmentReview("BRA");
    String path = "/api/tasks/" + review.getId() + "/assignee";

    ResponseEntity<Map<String, Object>> otherCountry = coordinator.put(path, Map.of("userId", "govmoz"));
    ResponseEntity<Map<String, Object>> otherRole = coordinator.put(path, Map.of("userId", "csobra"));
    ResponseEntity<Map<String, Object>> candidate = coordinator.put(path, Map.of("userId", "govbra"));

    assertThat(otherCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(otherCountry)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "userId");
      assertThat((String) e.get("message")).contains("govmoz").contains(Roles.GOVERNMENT).contains("BRA");
    });
    assertThat(errors(otherRole)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "userId"));
    assertThat(candidate.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(candidate.getBody()).containsEntry("assignee", "govbra");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("govbra");
  }

  @Test
  void shouldRefuseADueDateInThePastOrNone() {
    Task review = governmentReview("BRA");
    Date before = review.getDueDate();

    ResponseEntity<Map<String, Object>> past = coordinator.put("/api/tasks/" + review.getId() + "/due-date",
        Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
    ResponseEntity<Map<String, Object>> none = coordinator.put("/api/tasks/" + review.getId() + "/due-date", Map.of());

    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(errors(past)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "dueDate");
      assertThat((String) e.get("message")).contains("in the past");
    });
    assertThat(errors(none)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "dueDate"));
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getDueDate()).isEqualTo(before);
  }

  @Test
  void shouldLetOnlyCoordinatorsExtendOrReassign() {
    Task review = governmentReview("BRA");
    Map<String, String> later = Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

    ResponseEntity<Map<String, Object>> civilSociety = csobra.put("/api/tasks/" + review.getId() + "/due-date", later);
    ResponseEntity<Map<String, Object>> government = govbra.put("/api/tasks/" + review.getId() + "/assignee",
        Map.of("userId", "govbra"));

    assertThat(civilSociety.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(civilSociety.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(government.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Task unchanged = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(unchanged.getDueDate()).isEqualTo(review.getDueDate());
    assertThat(unchanged.getAssignee()).isNull();
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownTaskAndForATaskOfAnotherCountry() {
    Tenant norway = identityService.newTenant(ELSEWHERE);
    norway.setName("Norway (test)");
    identityService.saveTenant(norway);
    Task foreign = governmentReview(ELSEWHERE);
    Map<String, String> later = Map.of("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

    ResponseEntity<Map<String, Object>> unknown = coordinator.put("/api/tasks/no-such-task/due-date", later);
    ResponseEntity<Map<String, Object>> elsewhere = coordinator.put("/api/tasks/" + foreign.getId() + "/due-date", later);
    ResponseEntity<Map<String, Object>> elsewhereAssignee = coordinator.put("/api/tasks/" + foreign.getId() + "/assignee",
        Map.of("userId", "coordinator"));

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(unknown.getBody()).containsEntry("type", "urn:unodc:vpi:problem:notFound");
    assertThat((String) unknown.getBody().get("detail")).contains("no-such-task");
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(elsewhereAssignee.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(taskService.createTaskQuery().taskId(foreign.getId()).singleResult().getDueDate())
        .isEqualTo(foreign.getDueDate());
  }

  @Test
  void shouldFindTheRecipientsWhenCivilSocietyCompletesTheStepThatCreatesTheTask() {
    // Inside a step completed by csobra, the engine's authorization checks apply to csobra, who may
    // not list users: the recipients must be found all the same.
    identityService.setAuthentication("csobra", List.of(Roles.CIVIL_SOCIETY), List.of("BRA"));
    List<Object> seen = engine.getCommandExecutorTxRequired().execute(command -> List.of(
        identityService.createUserQuery().memberOfGroup(Roles.COORDINATORS).count(),
        recipients.coordinators("BRA"),
        recipients.isCandidate("govbra", "BRA", List.of(Roles.GOVERNMENT))));

    assertThat(seen.get(0)).as("coordinators csobra may list").isEqualTo(0L);
    assertThat((List<?>) seen.get(1)).extracting("userId").contains("coordinator");
    assertThat(seen.get(2)).isEqualTo(true);
  }

  /** The government's review of the priorities, waiting in a VPI of that country. */
  private Task governmentReview(String country) {
    String id = runtimeService.startProcessInstanceByKey(PriorityReviewProcess.KEY, Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, country, VpiInitiativeProcess.Variables.VPI_TITLE, "VPI " + country,
        PriorityReviewProcess.Variables.PRIORITIES, "1. Victim support")).getId();
    instances.add(id);
    Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(task.getDueDate()).as("due date of a new task").isNotNull();
    return task;
  }

  private Job timer(Task task, String listenerId) {
    return managementService.createJobQuery().executionId(task.getExecutionId()).timers().list().stream()
        .filter(job -> TaskTimers.configuration(task.getTaskDefinitionKey(), listenerId)
            .equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + listenerId + " timer"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }
}
