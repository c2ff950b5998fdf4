package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.support.EngineRestForms.variables;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The platform on PostgreSQL while the server is stopped and started again: meanwhile every door
 * ({@code /api}, engine-rest, a page, the health endpoint) answers 503 with a Retry-After within
 * seconds, in the reader's language, without SQL or class names; once the server is back the
 * platform serves again by itself (no restart), health says UP, and what was saved before is there.
 */
class DatabaseOutageIT extends PlatformOnPostgres {

  /** Far below the 30 s a request used to hang; well above the 3 s the pool waits for a connection. */
  private static final Duration FAST = Duration.ofSeconds(10);

  @Autowired ManagementService management;

  @Test
  void answersUnavailableWhileTheDatabaseIsDownAndRecoversByItself() {
    // Saved before the outage: a VPI through engine-rest (its country opens), a stakeholder through /api.
    Answer vpi = call(COORDINATOR, "POST", "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY
        + "/submit-form", variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA",
            VpiInitiativeProcess.Variables.VPI_TITLE, "VPI started before the outage")), "en");
    assertThat(vpi.status()).as(vpi.body()).isEqualTo(200);
    String vpiId = vpi.json().get("id").asText();
    assertThat(management.createJobQuery().processInstanceId(vpiId).timers().count()).as("the VPI's timers").isPositive();
    Answer stakeholder = call(COORDINATOR, "POST", "/api/stakeholders",
        "{\"country\":\"BRA\",\"name\":\"Instituto Antes da Queda\",\"type\":\"NGO\"}", "en");
    assertThat(stakeholder.status()).as(stakeholder.body()).isEqualTo(201);
    long stakeholderId = stakeholder.json().get("id").asLong();
    assertThat(call(null, "GET", "/actuator/health", null, "en").body())
        .isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");

    postgres.stop();
    try {
      Answer list = unavailable(call(COORDINATOR, "GET", "/api/stakeholders", null, "fr"));
      assertThat(list.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(list.json().get("title").asText()).isEqualTo("Temporairement indisponible");
      assertThat(list.json().get("detail").asText()).contains("base de données");
      Answer write = unavailable(call(COORDINATOR, "POST", "/api/stakeholders",
          "{\"country\":\"BRA\",\"name\":\"Rede Durante a Queda\",\"type\":\"NGO\"}", "pt"));
      assertThat(write.json().get("title").asText()).isEqualTo("Temporariamente indisponível");
      Answer tasks = unavailable(call(COORDINATOR, "GET", "/engine-rest/task", null, "es"));
      assertThat(tasks.json().get("type").asText()).isEqualTo("ServiceUnavailable");
      assertThat(tasks.json().get("message").asText()).contains("base de datos");
      unavailable(call(COORDINATOR, "POST", "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY
          + "/submit-form", variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA",
              VpiInitiativeProcess.Variables.VPI_TITLE, "VPI started during the outage")), "en"));
      Answer page = unavailable(call(null, "GET", "/account/invitation/some-token", null, "fr"));
      assertThat(page.body()).contains("<h1>Temporairement indisponible</h1>");
      Answer health = call(null, "GET", "/actuator/health", null, "en");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"groups\":[\"liveness\",\"readiness\"]}");
      assertThat(health.took()).isLessThan(FAST);
      assertThat(call(null, "GET", "/actuator/health/readiness", null, "en").status())
          .as("no requests to a node without its database").isEqualTo(503);
      Answer liveness = call(null, "GET", "/actuator/health/liveness", null, "en");
      assertThat(liveness.status()).as("restarting would not bring the database back").isEqualTo(200);
      assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
    } finally {
      postgres.start();
    }

    awaitHealthUp();
    assertThat(call(COORDINATOR, "GET", "/api/stakeholders/" + stakeholderId, null, "en").status()).isEqualTo(200);
    assertThat(call(COORDINATOR, "GET", "/engine-rest/process-instance/" + vpiId, null, "en").status())
        .isEqualTo(200);
    Answer after = call(COORDINATOR, "POST", "/api/stakeholders",
        "{\"country\":\"BRA\",\"name\":\"Rede Depois da Queda\",\"type\":\"NGO\"}", "en");
    assertThat(after.status()).as(after.body()).isEqualTo(201);
    // The job executor took up its work again: a timer of the VPI made due now is executed.
    Job timer = management.createJobQuery().processInstanceId(vpiId).timers().list().get(0);
    management.setJobDuedate(timer.getId(), new Date());
    awaitExecuted(timer.getId());
  }

  private void awaitExecuted(String jobId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (management.createJobQuery().jobId(jobId).count() > 0) {
      assertThat(System.nanoTime()).as("job executed within 90 s of the recovery").isLessThan(deadline);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** 503 with Retry-After, quickly, and nothing of the server's insides. */
  private static Answer unavailable(Answer answer) {
    System.out.println("During the outage: " + answer.response().request().method() + " "
        + answer.response().uri().getPath() + " → " + answer.status() + " in " + answer.took().toMillis() + " ms");
    assertThat(answer.status()).as(answer.body()).isEqualTo(503);
    assertThat(answer.response().headers().firstValue("Retry-After")).hasValue("10");
    assertThat(answer.took()).isLessThan(FAST);
    assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.").doesNotContain("java.")
        .doesNotContainIgnoringCase("sql");
    return answer;
  }

  private void awaitHealthUp() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Answer health;
    do {
      health = call(null, "GET", "/actuator/health", null, "en");
      if (health.status() == 200) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError("health not UP a minute after the database came back: " + health.body());
  }
}
