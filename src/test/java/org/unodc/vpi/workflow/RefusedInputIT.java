package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;
import org.unodc.vpi.workflow.process.VpiMeetingProcess;

/**
 * Ways around the forms and the process that must be refused with a clear 4xx answer, never a 500
 * and never stored: each was tried against a running platform in review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class RefusedInputIT {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  @Test
  void shouldRefuseACoordinatorStartingAVpiAtALaterStep() {
    ResponseEntity<Map<String, Object>> refused = client("coordinator").postRaw(
        "/process-definition/key/" + VpiInitiativeProcess.KEY + "/start", Map.of("startInstructions",
            List.of(Map.of("type", "startBeforeActivity",
                "activityId", VpiInitiativeProcess.Elements.CALL_ACTIVITY_HOLD_VPI_MEETING))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("Only administrators may start a VPI at a later step");
  }

  @Test
  void shouldRefuseAStepStartedOnItsOwnWithoutACountry() {
    ResponseEntity<Map<String, Object>> refused = client("admin").postRaw(
        "/process-definition/key/" + VpiMeetingProcess.KEY + "/start", Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("A VPI needs the country it belongs to");
  }

  @Test
  void shouldRefuseADateSentAsADateObject() {
    ResponseEntity<Map<String, Object>> refused = submitConsent(Map.of(
        "consentDecision", plain("given"), "consentReference", plain("NV 9/2026"),
        "thematicFocus", plain("firearms"), "reviewCluster", plain("cluster2"), "collaborationLevel", plain("A"),
        "consentDate", Map.of("value", "2026-10-01T00:00:00.000+0000", "type", "Date")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("must be a date written as YYYY-MM-DD");
  }

  @Test
  void shouldRefuseAnObjectValueWithoutReadingIt() {
    ResponseEntity<Map<String, Object>> refused = submitConsent(Map.of(
        "consentDecision", plain("declined"), "consentDate", plain("2026-10-01"), "consentReference",
        Map.of("value", "{\"a\":1}", "type", "Object", "valueInfo",
            Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("must be a plain value");
  }

  @Test
  void shouldRefuseAnObjectValueOnPlainCompleteToo() {
    ResponseEntity<Map<String, Object>> refused = client("coordinator").postRaw(
        "/task/" + consentTaskOfANewVpi() + "/complete", Map.of("variables", Map.of(
            "consentDecision", plain("declined"), "consentDate", plain("2026-10-01"), "consentReference",
            Map.of("value", "{\"a\":1}", "type", "Object", "valueInfo",
                Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("Only plain values can be sent");
  }

  @Test
  void shouldRefuseObjectValuesWhenStartingAVpi() {
    for (String format : List.of("application/json", "application/x-java-serialized-object")) {
      ResponseEntity<Map<String, Object>> refused = client("coordinator").postRaw(
          "/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form", Map.of("variables", Map.of(
              "vpiTitle", plain("VPI with an object"), "country", Map.of("value", "rO0ABXQAA0JSQQ==", "type", "Object",
                  "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", format)))));

      assertThat(refused.getStatusCode()).as(format).isEqualTo(HttpStatus.BAD_REQUEST);
    }
  }

  @Test
  void shouldRefuseJunkInAFieldTheFormHides() {
    ResponseEntity<Map<String, Object>> refused = submitConsent(Map.of(
        "consentDecision", plain("declined"), "consentDate", plain("2026-10-01"),
        "consentReference", plain("NV 9/2026"), "thematicFocus", plain("x".repeat(5000))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("must be one of the offered choices");
  }

  @Test
  void shouldAnswerNotFoundForATaskSomeoneAlreadyCompleted() {
    String taskId = consentTaskOfANewVpi();
    Map<String, Object> declined = Map.of("variables", Map.of("consentDecision", plain("declined"),
        "consentDate", plain("2026-10-01"), "consentReference", plain("NV 9/2026")));
    EngineRestClient coordinator = client("coordinator");
    assertThat(coordinator.postRaw("/task/" + taskId + "/submit-form", declined).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> again = coordinator.postRaw("/task/" + taskId + "/submit-form", declined);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldRequireCredentialsOnTheRestApi() {
    // A wrong password slows that user's next logins, so this uses an account of its own.
    if (identityService.createUserQuery().userId("throttled").count() == 0) {
      User user = identityService.newUser("throttled");
      user.setPassword("right-password");
      identityService.saveUser(user);
    }
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new EngineRestClient(rest, "throttled", "wrong").get("/task/count").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map<String, Object>> submitConsent(Map<String, Object> typedVariables) {
    return client("coordinator").postRaw("/task/" + consentTaskOfANewVpi() + "/submit-form",
        Map.of("variables", typedVariables));
  }

  private String consentTaskOfANewVpi() {
    EngineRestClient coordinator = client("coordinator");
    String vpiId = (String) coordinator.post("/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        Map.of("country", "MOZ", "vpiTitle", "VPI Mozambique refusal checks")).getBody().get("id");
    return (String) coordinator.tasks("processInstanceId=" + vpiId).get(0).get("id");
  }

  private static Map<String, Object> plain(Object value) {
    return Map.of("value", value);
  }

  private EngineRestClient client(String user) {
    return new EngineRestClient(rest, user, "demo");
  }
}
