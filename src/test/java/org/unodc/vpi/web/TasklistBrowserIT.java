package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.workflow.process.GovernmentPlanningMeetingProcess;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Camunda Tasklist in a real browser (headless Chromium): the project's Camunda Forms render and
 * work there, and each demo user sees the tasks of their role and country, and no others.
 *
 * <p>One VPI for Brazil is carried through the steps in order, so the tests share its state: the
 * coordinator starts it and records the consent in Tasklist, then lists the stakeholders through
 * the REST API (to move on quickly); civil society in Mozambique is shown nothing of it, and sees
 * only its own country's task once a Mozambican VPI (set up through the API) reaches the same step;
 * civil society in Brazil then nominates its focal point in Tasklist. Each user gets a fresh
 * browser (no session is shared, so there is no logging out).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the class is skipped,
 * except on CI ({@code CI=true}), where it fails instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tasklist-browser;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false",
    // Selenium has no CDP bindings for this Chromium and says so at every start; the test uses no CDP.
    "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=ERROR",
    "logging.level.org.openqa.selenium.chromium.ChromiumDriver=ERROR"})
@ActiveProfiles("demo")
// Not closed after the class (no @DirtiesContext): closing a context makes the Camunda webapp starter
// destroy the webapp filters of every context (a static registry), so later webapp sessions of the
// shared test context would get a 500.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT {

  private static final String PASSWORD = "demo";
  private static final String MY_TASKS = "My VPI tasks";
  private static final String RECORD_CONSENT = "Record the State's consent";
  private static final String IDENTIFY_STAKEHOLDERS = "Identify stakeholders";
  private static final String NOMINATE_FOCAL_POINT = "Nominate the civil-society focal point";
  private static final String BRAZIL_ORGANISATIONS = "Instituto Alfa; NGO; a@alfa.example";
  private static final String MOZAMBIQUE_ORGANISATIONS = "Associação Delta; NGO; d@delta.example";
  private static final Path EVIDENCE = Path.of("target", "tasklist-browser");
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  /** How far the Brazilian VPI has got; a step that needs an earlier one is skipped without it. */
  private static int stepsDone;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;

  private final List<TasklistBrowser> browsers = new ArrayList<>();

  /** Closes every browser of a test; after a failure, keeps what each one showed. */
  @RegisterExtension
  final AfterTestExecutionCallback closeBrowsers = context -> {
    boolean failed = context.getExecutionException().isPresent();
    for (TasklistBrowser browser : browsers) {
      if (failed) {
        browser.saveEvidence(EVIDENCE, context.getRequiredTestMethod().getName() + "-" + browser.user);
      }
      browser.quit();
    }
    browsers.clear();
  };

  @BeforeAll
  static void requireChromium() {
    boolean installed = Files.isExecutable(TasklistBrowser.CHROMEDRIVER) && Files.isExecutable(TasklistBrowser.CHROMIUM);
    if ("true".equals(System.getenv("CI"))) {
      if (!installed) {
        fail("CI must run the Tasklist browser test: install Debian's chromium and chromium-driver ("
            + TasklistBrowser.CHROMIUM + ", " + TasklistBrowser.CHROMEDRIVER + ")");
      }
    } else {
      assumeTrue(installed, "Tasklist browser test skipped: " + TasklistBrowser.CHROMEDRIVER
          + " or " + TasklistBrowser.CHROMIUM + " is missing (apt-get install chromium chromium-driver)");
    }
  }

  @Test
  @Order(1)
  void coordinatorStartsAVpiForBrazilAndRecordsTheStatesConsentInTasklistForms() throws IOException {
    TasklistBrowser coordinator = logIn("coordinator");

    coordinator.openStartForm("Voluntary Pilot Initiative");
    coordinator.waitForField("Country code");
    coordinator.waitForField("VPI title");
    coordinator.fill("Country code", "BRA");
    coordinator.fill("VPI title", "VPI Brazil 2026 – browser test");
    coordinator.submitStartForm();

    coordinator.openTask(RECORD_CONSENT);
    assertThat(coordinator.openTaskCountry()).isEqualTo("BRA");
    coordinator.claimOpenTask();
    coordinator.waitForField("Did the State agree to the VPI?");
    assertThat(coordinator.fieldVisible("Level of collaboration"))
        .as("the consent details are hidden until the State's answer is Yes").isFalse();
    coordinator.choose("Yes, the State gave its consent");
    coordinator.waitForField("Level of collaboration");

    // form-js shows the typed date back in its own short form (10/1/2026 in en-US).
    assertThat(coordinator.typeDate("Date of the consent", "10/01/2026")).matches("10/0?1/2026");
    coordinator.fill("Reference of the letter", "Note verbale No. 123/2026");
    coordinator.select("Thematic focus", "Trafficking in persons");
    coordinator.select("Review Mechanism cluster", "Cluster 3: Law enforcement and justice");
    coordinator.choose("B – Medium impact");
    coordinator.completeOpenTask();

    coordinator.waitForTaskInList(IDENTIFY_STAKEHOLDERS);
    assertThat(coordinator.taskNamesInList()).doesNotContain(RECORD_CONSENT);
    // What the browser sent is what the engine stored: the typed date as an ISO date, the choices' values.
    assertThat(historicValue("coordinator", "consentDate")).isEqualTo("2026-10-01");
    assertThat(historicValue("coordinator", "reviewCluster")).isEqualTo("cluster3");
    assertThat(historicValue("coordinator", "collaborationLevel")).isEqualTo("B");
    stepsDone = 1;
  }

  @Test
  @Order(2)
  void coordinatorIdentifiesTheStakeholdersThroughTheRestApi() {
    assumeTrue(stepsDone >= 1, "needs the consent recorded by the previous test");
    String taskId = onlyTaskId("coordinator", StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS, "BRA");
    ResponseEntity<String> answer = rest.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", Map.of(
            "stakeholderOrganisations", Map.of("value", BRAZIL_ORGANISATIONS),
            "ngoCount", Map.of("value", 1),
            "academiaCount", Map.of("value", 0),
            "privateSectorCount", Map.of("value", 0))), as("coordinator")),
        String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    stepsDone = 2;
  }

  @Test
  @Order(3)
  void civilSocietyInMozambiqueSeesNoneOfBrazilsTasks() throws IOException {
    assumeTrue(stepsDone >= 2, "needs Brazil's civil-society task from the previous tests");
    // Brazil's civil society has a task waiting now, for the same role as csomoz.
    onlyTaskId("csobra", StakeholderIdentificationProcess.Elements.USER_TASK_NOMINATE_FOCAL_POINT, "BRA");

    TasklistBrowser csomoz = logIn("csomoz");
    assertThat(csomoz.taskNamesInList()).as("csomoz's " + MY_TASKS).isEmpty();
    assertThat(csomoz.textVisible("VPI Brazil 2026")).isFalse();
    assertThat(csomoz.textVisible("BRA")).isFalse();
  }

  @Test
  @Order(4)
  void civilSocietyInMozambiqueSeesItsOwnCountrysTaskOnly() throws IOException {
    assumeTrue(stepsDone >= 2, "needs Brazil's civil-society task from the previous tests");
    // The same step for a VPI in Mozambique, reached through the API: now both countries have one.
    startVpiUpToTheFocalPointThroughTheApi("MOZ", "VPI Mozambique 2026 – browser test");

    TasklistBrowser csomoz = logIn("csomoz");
    csomoz.waitForTaskInList(NOMINATE_FOCAL_POINT);
    assertThat(csomoz.taskNamesInList()).containsExactly(NOMINATE_FOCAL_POINT);
    csomoz.openTask(NOMINATE_FOCAL_POINT);
    assertThat(csomoz.openTaskCountry()).isEqualTo("MOZ");
    assertThat(csomoz.valueOf("Organisations in this VPI")).isEqualTo(MOZAMBIQUE_ORGANISATIONS);
  }

  @Test
  @Order(5)
  void civilSocietyInBrazilNominatesItsFocalPointAndTheFormRefusesAMalformedEmail() throws IOException {
    assumeTrue(stepsDone >= 2, "needs the stakeholders identified by the previous tests");
    TasklistBrowser csobra = logIn("csobra");

    csobra.waitForTaskInList(NOMINATE_FOCAL_POINT);
    assertThat(csobra.taskNamesInList())
        .as("csobra sees Brazil's civil-society task, not Mozambique's")
        .containsExactly(NOMINATE_FOCAL_POINT);

    csobra.openTask(NOMINATE_FOCAL_POINT);
    assertThat(csobra.openTaskCountry()).isEqualTo("BRA");
    csobra.claimOpenTask();
    assertThat(csobra.valueOf("Organisations in this VPI")).isEqualTo(BRAZIL_ORGANISATIONS);
    assertThat(csobra.isReadOnly("Organisations in this VPI")).isTrue();

    csobra.fill("Full name", "Camila Souza");
    csobra.fill("Organisation", "Instituto Alfa");
    csobra.fill("Phone number (optional)", "+55 61 1234 5678");
    csobra.select("Preferred language", "Portuguese");
    // Everything else is valid, so what the form objects to is the e-mail alone.
    csobra.fill("E-mail", "camila-at-alfa");
    csobra.leave("E-mail");
    assertThat(csobra.errorOf("E-mail")).containsIgnoringCase("valid email");
    csobra.waitForCompleteDisabled();

    csobra.fill("E-mail", "camila@alfa.example");
    csobra.leave("E-mail");
    csobra.waitForNoErrorOn("E-mail");
    assertThat(csobra.valueOf("Full name")).as("the other fields keep what was typed").isEqualTo("Camila Souza");
    assertThat(csobra.valueOf("Phone number (optional)")).isEqualTo("+55 61 1234 5678");
    csobra.completeOpenTask();

    csobra.waitForTaskGoneFromList(NOMINATE_FOCAL_POINT);
    assertThat(historicValue("coordinator", "focalPointEmail")).isEqualTo("camila@alfa.example");
    // Brazil's VPI now waits for the coordinator, whose task civil society does not see.
    onlyTaskId("coordinator", GovernmentPlanningMeetingProcess.Elements.USER_TASK_SCHEDULE_GOVERNMENT_PLANNING_MEETING, "BRA");
    assertThat(csobra.taskNamesInList()).isEmpty();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private TasklistBrowser logIn(String user) throws IOException {
    TasklistBrowser browser = TasklistBrowser.logIn("http://localhost:" + port + "/camunda/app/tasklist/", user, PASSWORD);
    browsers.add(browser);
    return browser;
  }

  private HttpHeaders as(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private List<Map<String, Object>> list(String user, String pathAndQuery) {
    ResponseEntity<List<Map<String, Object>>> answer = rest.exchange("/engine-rest" + pathAndQuery, HttpMethod.GET,
        new HttpEntity<>(as(user)), LIST);
    assertThat(answer.getStatusCode()).as(user + " reads " + pathAndQuery).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private void startVpiUpToTheFocalPointThroughTheApi(String country, String title) {
    submit("coordinator", "/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        Map.of("country", country, "vpiTitle", title));
    submit("coordinator", "/task/" + onlyTaskId("coordinator", VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT, country)
        + "/submit-form", Map.of("consentDecision", "given", "consentDate", "2026-10-01",
            "consentReference", "Note verbale 45/2026", "thematicFocus", "prevention",
            "reviewCluster", "cluster2", "collaborationLevel", "A"));
    submit("coordinator", "/task/" + onlyTaskId("coordinator", StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS, country)
        + "/submit-form", Map.of("stakeholderOrganisations", MOZAMBIQUE_ORGANISATIONS,
            "ngoCount", 1, "academiaCount", 0, "privateSectorCount", 0));
  }

  /** Posts form values (wrapped in the REST API's {"value": ...}) as that user; expects success. */
  private void submit(String user, String path, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> answer = rest.exchange("/engine-rest" + path, HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables), as(user)), String.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " posts " + path + ": " + answer.getBody()).isTrue();
  }

  private String onlyTaskId(String user, String taskDefinitionKey, String country) {
    List<Map<String, Object>> tasks = list(user, "/task?taskDefinitionKey=" + taskDefinitionKey + "&tenantIdIn=" + country);
    assertThat(tasks).as(user + " sees one " + taskDefinitionKey + " in " + country).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  /** The value the engine stored for a variable of Brazil's VPI (this test runs one VPI per country). */
  private Object historicValue(String user, String variable) {
    List<Map<String, Object>> values = list(user, "/history/variable-instance?variableName=" + variable
        + "&tenantIdIn=BRA&deserializeValues=false");
    assertThat(values).as("stored values of " + variable).isNotEmpty();
    return values.get(values.size() - 1).get("value");
  }
}
