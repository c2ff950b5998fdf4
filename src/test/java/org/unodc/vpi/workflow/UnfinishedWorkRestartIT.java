package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unodc.vpi.VpiPlatformApplication;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.initiative.RegisteredInitiative;
import org.unodc.vpi.web.api.ApiClient;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Work that follows a change survives a restart: an action whose follow-up could not be started before the
 * platform stopped is followed by the next start of the platform on the same database, with no one asking.
 */
class UnfinishedWorkRestartIT {

  private static final Duration BOUND = Duration.ofSeconds(60);
  private final String database = "jdbc:h2:mem:vpi-restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Test
  void shouldFollowOnTheNextStartAnActionLeftUnfollowedWhenThePlatformStopped() throws Exception {
    long added;
    try (ConfigurableApplicationContext before = start()) {
      RegisteredInitiative vpi = before.getBean(InitiativeRegister.class).register(new NewInitiative("BRA",
          "Followed after a restart", "other", "cluster1", "A", LocalDate.parse("2026-10-01")));
      ApiClient govbra = new ApiClient(client(before), "govbra", "demo");
      assertThat(govbra.post("/api/action-items", action(vpi.id(), "First action")).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      ProcessInstance followUp = before.getBean(RuntimeService.class).startProcessInstanceByKey(
          ActionPlanFollowUpProcess.KEY, vpi.reference(), Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA",
              VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi.id(), VpiInitiativeProcess.Variables.VPI_TITLE,
              vpi.reference()));
      // A long transaction holds the plan's follow-up until the platform stops: following the new action fails.
      try (Connection other = before.getBean(DataSource.class).getConnection()) {
        other.setAutoCommit(false);
        try (PreparedStatement hold = other.prepareStatement(
            "update ACT_RU_EXECUTION set REV_ = REV_ where PROC_INST_ID_ = ?")) {
          hold.setString(1, followUp.getId());
          assertThat(hold.executeUpdate()).isPositive();
        }
        CompletableFuture<ResponseEntity<Map<String, Object>>> post = CompletableFuture.supplyAsync(() ->
            govbra.post("/api/action-items", action(vpi.id(), "Added")));
        await().atMost(BOUND).until(() -> waitsFor(other));
        await().atMost(BOUND).until(() -> !waitsFor(other));
        other.rollback();
        ResponseEntity<Map<String, Object>> created = post.get();
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        added = ((Number) created.getBody().get("id")).longValue();
      }
      assertThat(followUps(before, added)).as("not followed before the stop").isZero();
      assertThat(unfinished(before, added)).as("recorded as work to do").isOne();
    }

    try (ConfigurableApplicationContext after = start()) {
      await().atMost(BOUND).untilAsserted(() -> assertThat(followUps(after, added)).as("followed").isOne());
      String followUp = after.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processDefinitionKey(ActionItemFollowUpProcess.KEY)
          .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, added).singleResult().getId();
      assertThat(after.getBean(TaskService.class).createTaskQuery().processInstanceId(followUp)
          .taskDefinitionKey(ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS).count())
          .as("its report task").isOne();
      await().atMost(BOUND).until(() -> unfinished(after, added) == 0);
    }
  }

  /** The platform on this test's database; nothing runs on a schedule but the start-up's unfinished work. */
  private ConfigurableApplicationContext start() {
    // Arguments, not default properties: those would lose to the demo profile's file database.
    return new SpringApplicationBuilder(VpiPlatformApplication.class).profiles("demo").run(
        "--spring.datasource.url=" + database, "--server.port=0", "--vpi.mail.embedded-smtp.enabled=false",
        "--vpi.mail.scheduling=false", "--camunda.bpm.job-execution.enabled=false",
        "--vpi.unfinished-work.retry-every=PT1H");
  }

  private static TestRestTemplate client(ConfigurableApplicationContext platform) {
    String port = platform.getEnvironment().getProperty("local.server.port");
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  private static long followUps(ConfigurableApplicationContext platform, long actionItemId) {
    return platform.getBean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, actionItemId).count();
  }

  private static int unfinished(ConfigurableApplicationContext platform, long actionItemId) {
    return platform.getBean(JdbcTemplate.class).queryForObject("select count(*) from event_publication"
        + " where completion_date is null and serialized_event like ?", Integer.class,
        "%\"actionItemId\":" + actionItemId + ",%");
  }

  private static boolean waitsFor(Connection holder) throws Exception {
    try (PreparedStatement query = holder.prepareStatement(
        "select count(*) from information_schema.sessions where blocker_id = session_id()");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getInt(1) > 0;
    }
  }

  private static Map<String, Object> action(long initiativeId, String title) {
    return Map.of("initiativeId", initiativeId, "title", title,
        "owners", List.of(Map.of("kind", "GOVERNMENT_UNIT", "name", "Ministry of Justice")),
        "dueDate", "2030-06-30", "percentComplete", 0);
  }
}
