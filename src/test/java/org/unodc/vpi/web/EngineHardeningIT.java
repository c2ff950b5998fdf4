package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda 7 community edition gets no more security fixes: the platform's own guards against the
 * known ways in (expressions in queries and stored filters, Java-serialized variables, the
 * webapps' first-admin setup) are each checked here on the path that would otherwise be open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class EngineHardeningIT {

  private static final String EXPRESSION = "${currentUser()}";

  @Autowired TestRestTemplate rest;

  @Test
  void shouldRefuseAnExpressionInATaskQuery() {
    ResponseEntity<String> answer = rest.exchange(URI.create(rest.getRootUri()
        + "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D"), HttpMethod.GET,
        new HttpEntity<>(headers("csobra")), String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("assigneeExpression");
  }

  @Test
  void shouldRefuseAnExpressionHiddenInAnOrQuery() {
    Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", EXPRESSION)));

    assertThat(exchange("csobra", HttpMethod.POST, "/engine-rest/task", query).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange("coordinator", HttpMethod.POST, "/engine-rest/task/count", query).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldRefuseAStoredFilterThatHoldsAnExpression() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Mine by expression",
        "query", Map.of("candidateUserExpression", EXPRESSION));

    ResponseEntity<String> created = exchange("admin", HttpMethod.POST, "/engine-rest/filter/create", filter);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange("admin", HttpMethod.GET, "/engine-rest/filter?name=Mine by expression", null).getBody())
        .isEqualTo("[]");
  }

  @Test
  void shouldRefuseAJavaSerializedVariable() {
    String instance = startVpi();
    Map<String, Object> variable = Map.of("value", "rO0ABXQABGRlbW8=", "type", "Object", "valueInfo", Map.of(
        "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));

    ResponseEntity<String> answer = exchange("admin", HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance + "/variables/payload", variable);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange("admin", HttpMethod.GET, "/engine-rest/process-instance/" + instance
        + "/variables/payload", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldCloseTheFirstAdministratorSetupOnceThereIsOne() {
    Map<String, Object> newAdmin = Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N",
        "email", "intruder@example.org"), "credentials", Map.of("password", "intruder-password-1"));

    ResponseEntity<String> answer = exchange(null, HttpMethod.POST,
        "/camunda/api/admin/setup/default/user/create", newAdmin);

    assertThat(answer.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(exchange("coordinator", HttpMethod.GET, "/engine-rest/user/intruder/profile", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldLeaveDeploymentsToAdministrators() {
    for (String user : List.of("coordinator", "govbra", "csobra")) {
      ResponseEntity<String> answer = deploy(user, "sneaky.bpmn",
          "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>");
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void shouldRefuseScriptsInModelsEvenFromAnAdministrator() {
    ResponseEntity<String> bpmn = deploy("admin", "scripted.bpmn", """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://unodc.org/test">
          <process id="scripted" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="flow1" sourceRef="start" targetRef="scriptTask_run"/>
            <scriptTask id="scriptTask_run" scriptFormat="juel"><script>${true}</script></scriptTask>
          </process>
        </definitions>""");
    assertThat(bpmn.getStatusCode()).as(bpmn.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bpmn.getBody()).contains("scriptTask_run", "Java delegate");

    ResponseEntity<String> dmn = deploy("admin", "scripted.dmn", """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="d" name="d" namespace="http://unodc.org/test">
          <decision id="decision_scripted" name="Scripted" camunda:historyTimeToLive="30">
            <decisionTable id="table">
              <input id="input_1"><inputExpression id="ie_1" typeRef="string" expressionLanguage="groovy">
                <text>country</text></inputExpression></input>
              <output id="output_1" name="out" typeRef="string"/>
              <rule id="rule_1"><inputEntry id="in_1"><text>-</text></inputEntry>
                <outputEntry id="out_1"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>""");
    assertThat(dmn.getStatusCode()).as(dmn.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(dmn.getBody()).contains("decision_scripted", "groovy");

    ResponseEntity<String> cmmn = deploy("admin", "scripted.cmmn", """
        <definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/cmmn"
            targetNamespace="http://unodc.org/test">
          <case id="case_scripted" camunda:historyTimeToLive="30">
            <casePlanModel id="plan">
              <extensionElements>
                <camunda:caseExecutionListener event="create"><camunda:script scriptFormat="juel">${true}</camunda:script></camunda:caseExecutionListener>
              </extensionElements>
            </casePlanModel>
          </case>
        </definitions>""");
    assertThat(cmmn.getStatusCode()).as(cmmn.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(cmmn.getBody()).contains("CMMN");
  }

  private ResponseEntity<String> deploy(String user, String fileName, String model) {
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("deployment-name", "sneaky");
    parts.add("data", new org.springframework.core.io.ByteArrayResource(model.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  @Test
  void shouldNotLetCivilSocietyStartOrDeleteAVpi() {
    ResponseEntity<String> start = exchange("csobra", HttpMethod.POST,
        "/engine-rest/process-definition/key/vpi-initiative/submit-form",
        Map.of("variables", Map.of("country", Map.of("value", "BRA"), "vpiTitle", Map.of("value", "Not mine"))));
    assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    String instance = startVpi();
    assertThat(exchange("csobra", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(exchange("coordinator", HttpMethod.GET, "/engine-rest/process-instance/" + instance, null)
        .getStatusCode()).as("still running").isEqualTo(HttpStatus.OK);
  }

  private String startVpi() {
    ResponseEntity<Map> started = rest.exchange("/engine-rest/process-definition/key/vpi-initiative/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", Map.of("country", Map.of("value", "BRA"),
            "vpiTitle", Map.of("value", "Hardening check"))), headers("coordinator")), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    return rest.exchange(path, method, new HttpEntity<>(body, headers(user)), String.class);
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    return headers;
  }
}
