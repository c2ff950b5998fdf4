package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.support.EngineRestForms.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.stakeholder.StakeholderOrganisation;
import org.unodc.vpi.stakeholder.StakeholderRepository;
import org.unodc.vpi.support.EngineRestForms;
import org.unodc.vpi.support.Together;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Requests that collide on one task or record, released together by a barrier so they really run at
 * the same moment, each scenario repeated: exactly one wins, every other gets 409 (changed or claimed
 * at the same moment) or 404 (already gone), with a message and never a 500, SQL or a class name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:concurrent-requests;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentRequestsIT {

  private static final int PARALLEL = 10;
  private static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A qualified class name, a stack frame or SQL: what no answer may show. */
  private static final Pattern INTERNALS = Pattern.compile(
      "\\b(org|java|jakarta|com)\\.[a-z]+\\.|Exception:|\\tat |(?i:insert into|select .* from|unique index|constraint)");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired StakeholderRepository stakeholders;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> coordinators = new ArrayList<>();
  private int vpis;

  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Extra coordinators, so that claims come from different people (one may always re-claim its own). */
  @BeforeAll
  void createCoordinators() {
    for (int i = 1; i <= PARALLEL; i++) {
      String id = "racer" + i;
      User user = identityService.newUser(id);
      user.setFirstName("Racer");
      user.setLastName(String.valueOf(i));
      user.setEmail(id + "@unodc.example");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, Roles.COORDINATORS);
      coordinators.add(id);
    }
  }

  @AfterAll
  void stop() {
    coordinators.forEach(identityService::deleteUser);
  }

  /**
   * One wins (204). A loser that read the task before the winner committed fails the engine's version
   * check (409: changed at the same moment); one that reads it afterwards finds no task (404). Which
   * of the two each loser gets depends on timing; both say what happened and what to do.
   */
  @RepeatedTest(3)
  void parallelCompletionsOfOneTaskCompleteItOnce() {
    String instance = startVpi("BRA");
    Task consent = taskOf(instance, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT);
    String form = variables(consentForm());

    List<Answer> answers = together(i -> engine("coordinator", "POST", "/task/" + consent.getId() + "/submit-form",
        form, "fr"));

    assertOneWinner(answers, 204, List.of(404, 409));
    assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a ->
        assertThat(a.json().get("message").asText()).startsWith("Quelqu'un d'autre a modifié"));
    assertThat(answers).filteredOn(a -> a.status() == 404).allSatisfy(a ->
        assertThat(a.json().get("message").asText()).isNotBlank());
    // The process went on once: one identification task, not one per completion.
    assertThat(taskOf(instance, StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS)).isNotNull();
  }

  /** One claim wins; every other claimant learns someone else has it (409), whether or not they raced its commit. */
  @RepeatedTest(3)
  void parallelClaimsOfOneTaskByDifferentPeopleGiveItToOne() {
    String instance = startVpi("BRA");
    Task consent = taskOf(instance, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT);

    List<Answer> answers = together(i -> engine(coordinators.get(i), "POST", "/task/" + consent.getId() + "/claim",
        "{\"userId\":\"" + coordinators.get(i) + "\"}", "en"));

    assertOneWinner(answers, 204, List.of(409));
    assertThat(answers).filteredOn(a -> a.status() == 409)
        .allSatisfy(a -> assertThat(a.json().get("type").asText()).isEqualTo("Conflict"));
    String assignee = taskService.createTaskQuery().taskId(consent.getId()).singleResult().getAssignee();
    assertThat(coordinators).contains(assignee);
  }

  /**
   * Coordinators moving the due date and reassigning one task at once through {@code /api}: each
   * change is saved whole (200) or refused whole (409), and the task ends with one of the values sent.
   */
  @RepeatedTest(3)
  void parallelDueDateAndAssigneeChangesAreSavedOrRefusedWhole() {
    String instance = startVpi("BRA");
    Task consent = taskOf(instance, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    List<Answer> answers = together(i -> i % 2 == 0
        ? api("coordinator", "PUT", "/api/tasks/" + consent.getId() + "/due-date",
            "{\"dueDate\":\"" + today.plusDays(20 + i) + "\"}", "es")
        : api("coordinator", "PUT", "/api/tasks/" + consent.getId() + "/assignee",
            "{\"userId\":\"" + coordinators.get(i) + "\"}", "es"));

    assertThat(answers).extracting(Answer::status).allMatch(s -> s == 200 || s == 409, "200 or 409")
        .contains(200);
    assertNoInternals(answers);
    assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> {
      assertThat(a.json().get("type").asText()).isEqualTo("urn:unodc:vpi:problem:concurrentChange");
      assertThat(a.json().get("title").asText()).isEqualTo("Modificado al mismo tiempo");
    });
    // No lost update: the task ends with the last value saved (or its first one if none was).
    List<String> datesSaved = new ArrayList<>();
    List<String> assigneesSaved = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++) {
      if (answers.get(i).status() == 200) {
        (i % 2 == 0 ? datesSaved : assigneesSaved).add(i % 2 == 0 ? today.plusDays(20 + i).toString() : coordinators.get(i));
      }
    }
    JsonNode after = api("coordinator", "GET", "/api/tasks/" + consent.getId(), null, "en").json();
    if (!datesSaved.isEmpty()) {
      assertThat(datesSaved).contains(after.get("dueDate").asText());
    }
    if (assigneesSaved.isEmpty()) {
      assertThat(after.get("assignee").isNull()).isTrue();
    } else {
      assertThat(assigneesSaved).contains(after.get("assignee").asText());
    }
  }

  /**
   * The register holds each organisation once per country, and an identification naming one that is
   * already registered shares that entry (adding its contacts). Two VPIs naming the same new one at
   * the same moment get the same: both identifications succeed, one entry, both contacts.
   */
  @RepeatedTest(3)
  void twoVpisNamingTheSameNewOrganisationAtOnceShareOneEntry() {
    String name = "Instituto Simultâneo " + (++vpis);
    List<String> instances = List.of(startVpi("BRA"), startVpi("BRA"));
    List<String> tasks = new ArrayList<>();
    for (String instance : instances) {
      String task = completeConsent(instance);
      tasks.add(task);
    }

    List<Answer> answers = together(2, i -> engine("coordinator", "POST", "/task/" + tasks.get(i) + "/submit-form",
        variables(Map.of("stakeholderOrganisations", name + "; NGO; contact" + i + "@simultaneo.example",
            "ngoCount", 1, "academiaCount", 0, "privateSectorCount", 0)), "pt"));

    assertThat(answers).extracting(Answer::status).as("%s", answers).containsExactly(204, 204);
    List<StakeholderOrganisation> entries = stakeholders.findAll().stream()
        .filter(o -> o.getName().equals(name) && o.getCountry().equals("BRA")).toList();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getContacts()).extracting(c -> c.getEmail())
        .containsExactlyInAnyOrder("contact0@simultaneo.example", "contact1@simultaneo.example");
  }

  /** Two coordinators adding the same new organisation through /api: one 201, the other told which name is taken. */
  @RepeatedTest(3)
  void parallelCreationsOfOneOrganisationThroughTheApiStoreItOnce() {
    String name = "Rede Paralela " + (++vpis);
    String body = "{\"country\":\"BRA\",\"name\":\"" + name + "\",\"type\":\"NGO\"}";

    List<Answer> answers = together(i -> api("coordinator", "POST", "/api/stakeholders", body, "en"));

    assertOneWinner(answers, 201, List.of(400, 409));
    assertThat(answers).filteredOn(a -> a.status() != 201).allSatisfy(a -> assertThat(a.body()).contains(name));
    assertThat(stakeholders.findAll()).filteredOn(o -> o.getName().equals(name)).hasSize(1);
  }

  @ParameterizedTest(name = "GET {0} → 404")
  @ValueSource(strings = {"/task/abc", "/task/abc/deployed-form", "/task/abc/form", "/task/abc/variables",
      "/process-instance/abc", "/process-instance/abc/variables"})
  void unknownIdsOnEngineRestAreNotFound(String path) {
    Answer answer = engine("coordinator", "GET", path, null, "en");
    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(404);
    assertNoInternals(List.of(answer));
  }

  @Test
  void actingOnAnUnknownTaskIsNotFound() {
    assertThat(engine("coordinator", "POST", "/task/abc/complete", "{}", "en").status()).isEqualTo(404);
    assertThat(engine("coordinator", "POST", "/task/abc/claim", "{\"userId\":\"coordinator\"}", "en").status())
        .isEqualTo(404);
    assertThat(api("coordinator", "PUT", "/api/tasks/abc/due-date", "{\"dueDate\":\"2099-01-01\"}", "en").status())
        .isEqualTo(404);
  }

  // ---------------------------------------------------------------------------------------------

  private void assertOneWinner(List<Answer> answers, int winner, List<Integer> losers) {
    // The split between the losers' answers depends on timing: printed for the record, not asserted.
    System.out.println("Collision answers: " + answers.stream().collect(java.util.stream.Collectors.groupingBy(
        Answer::status, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    assertThat(answers).extracting(Answer::status).as("%s", answers)
        .allMatch(s -> s == winner || losers.contains(s), winner + " or " + losers)
        .filteredOn(s -> s == winner).hasSize(1);
    assertNoInternals(answers);
  }

  private static void assertNoInternals(List<Answer> answers) {
    assertThat(answers).allSatisfy(a -> assertThat(INTERNALS.matcher(a.body()).find())
        .as("internals in %s", a.body()).isFalse());
  }

  private List<Answer> together(IntFunction<Answer> request) {
    return together(PARALLEL, request);
  }

  private List<Answer> together(int parties, IntFunction<Answer> request) {
    return Together.run(parties, request);
  }

  private String startVpi(String country) {
    Answer started = engine("coordinator", "POST", "/process-definition/key/" + VpiInitiativeProcess.KEY
        + "/submit-form", variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, country,
            VpiInitiativeProcess.Variables.VPI_TITLE, "Concurrent VPI " + (++vpis))), "en");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String completeConsent(String instance) {
    Task consent = taskOf(instance, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT);
    Answer done = engine("coordinator", "POST", "/task/" + consent.getId() + "/submit-form",
        variables(consentForm()), "en");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    return taskOf(instance, StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS).getId();
  }

  private static Map<String, Object> consentForm() {
    return Map.of("consentDecision", "given", "consentDate", "2026-10-01", "consentReference", "Note verbale 1",
        "thematicFocus", "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "B");
  }

  /** The open task of that key in the VPI or the sub-process it is in. */
  private Task taskOf(String rootInstance, String taskKey) {
    return EngineRestForms.openTask(runtimeService, taskService, rootInstance, taskKey);
  }

  private Answer engine(String user, String method, String path, String body, String language) {
    return call(user, method, "/engine-rest" + path, body, language);
  }

  private Answer api(String user, String method, String path, String body, String language) {
    return call(user, method, path, body, language);
  }

  private Answer call(String user, String method, String path, String body, String language) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept-Language", language)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    try {
      var response = http.send(request.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
