package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.workflow.process.ResultsReportProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Confidentiality of the results report: only its VPI's country and the coordinators read it, and
 * it goes public only when a coordinator publishes it with the consent the government recorded when
 * endorsing it. Each report is drafted and commented through engine-rest as the demo users.
 */
@ApiTest
class ResultsReportApiIT {

  private static final String SUMMARY = "The VPI agreed two priorities and an action plan with one action for 2027.";
  private static final String LINK = "https://unodc.example/vpi-report.pdf";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;
  @Autowired RuntimeService runtime;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private ApiClient csomoz;
  private ApiClient anyone;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    csomoz = new ApiClient(rest, "csomoz", "demo");
    anyone = new ApiClient(rest, null, null);
  }

  @Test
  void shouldRefusePublicationWithoutTheGovernmentsConsentAndKeepTheReportPrivate() {
    long vpi = endorsedReport("refused");

    ResponseEntity<Map<String, Object>> refused = coordinator.post(publication(vpi), null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getBody()).containsEntry("title", "Publication not agreed").containsEntry("consent", "REFUSED")
        .containsEntry("detail", "The government of Brazil has not agreed to publish this report. Publication "
            + "needs its consent, recorded when it endorses the report.");
    assertThat((String) coordinator.inLanguage("fr").post(publication(vpi), null).getBody().get("detail"))
        .contains("Brésil").contains("consentement");
    assertThat(coordinator.get(report(vpi)).getBody()).containsEntry("consent", "REFUSED")
        .containsEntry("consentRecordedBy", "govbra").containsEntry("publishedAt", null);
    assertThat(anyone.get(publicReport(vpi)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldPublishWithTheGovernmentsConsentForAnyoneToRead() {
    long vpi = endorsedReport("granted");
    assertThat(anyone.get(publicReport(vpi)).getStatusCode()).as("before publication").isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> endorsed = govbra.get(report(vpi)).getBody();
    assertThat(endorsed).containsEntry("status", "ENDORSED").containsEntry("consent", "GRANTED")
        .containsEntry("consentRecordedBy", "govbra");
    assertThat(endorsed.get("consentRecordedAt")).isNotNull();

    ResponseEntity<Map<String, Object>> published = coordinator.post(publication(vpi), null);

    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(published.getBody().get("publishedAt")).isNotNull();
    ResponseEntity<Map<String, Object>> read = anyone.get(publicReport(vpi));
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsOnlyKeys("country", "title", "summary", "link", "publishedAt")
        .containsEntry("country", "BRA").containsEntry("title", "Report test BRA")
        .containsEntry("summary", SUMMARY).containsEntry("link", LINK)
        .containsEntry("publishedAt", published.getBody().get("publishedAt"));
    assertThat(read.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(read.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).isNull();
    List<Map<String, Object>> history = coordinator.getList(report(vpi) + "/history").getBody();
    assertThat(history).extracting(h -> h.get("action"), h -> h.get("changedBy")).last()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("published", "coordinator"));
  }

  @Test
  void shouldShowTheReportOnlyToItsCountryAndTheCoordinators() {
    long vpi = endorsedReport("granted");

    assertThat(coordinator.get(report(vpi)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(govbra.get(report(vpi)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csobra.get(report(vpi)).getBody()).containsEntry("summary", SUMMARY);
    for (ApiClient outsider : List.of(govmoz, csomoz)) {
      ResponseEntity<Map<String, Object>> foreign = outsider.get(report(vpi));
      assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(foreign.getBody()).doesNotContainKey("summary");
      assertThat(outsider.exchange(HttpMethod.GET, report(vpi) + "/history", null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void shouldLetOnlyCoordinatorsPublish() {
    long vpi = endorsedReport("granted");

    for (ApiClient notCoordinator : List.of(csobra, govbra, csomoz)) {
      assertThat(notCoordinator.post(publication(vpi), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(coordinator.get(report(vpi)).getBody()).containsEntry("publishedAt", null);
    assertThat(anyone.get(publicReport(vpi)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldAnswerThePublicAlikeForAnUnpublishedAndAMissingReport() {
    long vpi = draftedReport();
    long missing = 999_999_999L;

    ResponseEntity<Map<String, Object>> unpublished = anyone.get(publicReport(vpi));
    ResponseEntity<Map<String, Object>> none = anyone.get(publicReport(missing));

    assertThat(unpublished.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unpublished.getBody()).doesNotContainKey("summary");
    assertThat(((String) unpublished.getBody().get("detail")).replace(String.valueOf(vpi), "N"))
        .isEqualTo(((String) none.getBody().get("detail")).replace(String.valueOf(missing), "N"));
    assertThat(anyone.exchange(HttpMethod.POST, publicReport(vpi), null, String.class).getStatusCode())
        .as("the public may only read").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anyone.get(report(vpi)).getStatusCode()).as("/api still needs sign-in")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRequireTheGovernmentsAnswerOnPublicationWhenItEndorses() {
    long vpi = draftedReport();
    String task = taskId(govbra, vpi, ResultsReportProcess.Elements.USER_TASK_COMMENT_ON_RESULTS_REPORT);

    ResponseEntity<Map<String, Object>> refused = submit(govbra, task,
        Map.of(ResultsReportProcess.Variables.REPORT_DECISION, ResultsReportProcess.Decisions.ENDORSED));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("May UNODC publish the report?")
        .contains("is required");
    assertThat(coordinator.get(report(vpi)).getBody()).containsEntry("status", "DRAFTED")
        .containsEntry("consent", "NOT_ASKED");
  }

  @Test
  void shouldTakeAPublishedReportOffThePublicPageWhenANewDraftReplacesIt() {
    long vpi = endorsedReport("granted");
    assertThat(coordinator.post(publication(vpi), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anyone.get(publicReport(vpi)).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Step 5 runs again for the same VPI: the new text is not what the government agreed to publish.
    runtime.startProcessInstanceByKey(ResultsReportProcess.KEY, "VPI-BRA-report-" + vpi, Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi,
        VpiInitiativeProcess.Variables.VPI_TITLE, "Report test BRA"));
    String draft = taskId(coordinator, vpi, ResultsReportProcess.Elements.USER_TASK_DRAFT_RESULTS_REPORT);
    assertThat(submit(coordinator, draft, Map.of(ResultsReportProcess.Variables.REPORT_SUMMARY,
        "A new draft that nobody endorsed yet, with different findings for 2028.",
        ResultsReportProcess.Variables.REPORT_DOCUMENT_LINK, LINK)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(anyone.get(publicReport(vpi)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(coordinator.post(publication(vpi), null).getStatusCode()).as("consent must be asked again")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  /** A Brazilian VPI whose report UNODC drafted and the government endorsed with this answer. */
  private long endorsedReport(String consent) {
    long vpi = draftedReport();
    String task = taskId(govbra, vpi, ResultsReportProcess.Elements.USER_TASK_COMMENT_ON_RESULTS_REPORT);
    assertThat(submit(govbra, task, Map.of(
        ResultsReportProcess.Variables.REPORT_DECISION, ResultsReportProcess.Decisions.ENDORSED,
        ResultsReportProcess.Variables.REPORT_PUBLICATION_CONSENT, consent)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return vpi;
  }

  private long draftedReport() {
    long vpi = initiatives.register(new NewInitiative("BRA", "Report test BRA", "other", "cluster1", "A",
        LocalDate.parse("2026-10-01"))).id();
    runtime.startProcessInstanceByKey(ResultsReportProcess.KEY, "VPI-BRA-report-" + vpi, Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi,
        VpiInitiativeProcess.Variables.VPI_TITLE, "Report test BRA"));
    String task = taskId(coordinator, vpi, ResultsReportProcess.Elements.USER_TASK_DRAFT_RESULTS_REPORT);
    assertThat(submit(coordinator, task, Map.of(ResultsReportProcess.Variables.REPORT_SUMMARY, SUMMARY,
        ResultsReportProcess.Variables.REPORT_DOCUMENT_LINK, LINK)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return vpi;
  }

  private String taskId(ApiClient user, long vpi, String taskKey) {
    List<Map<String, Object>> tasks = user.getList("/engine-rest/task?processInstanceBusinessKey=VPI-BRA-report-" + vpi
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as("open %s of VPI %s", taskKey, vpi).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  private static ResponseEntity<Map<String, Object>> submit(ApiClient user, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return user.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  private static String report(long vpi) {
    return "/api/initiatives/" + vpi + "/results-report";
  }

  private static String publication(long vpi) {
    return report(vpi) + "/publication";
  }

  private static String publicReport(long vpi) {
    return "/public/reports/" + vpi;
  }
}
