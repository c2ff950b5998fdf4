package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unodc.vpi.VpiPlatformApplication;
import org.unodc.vpi.actionplan.ActionItemDetails;
import org.unodc.vpi.actionplan.ActionItemOwner;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.OwnerKind;
import org.unodc.vpi.aftercommit.UnfinishedWork;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.initiative.RegisteredInitiative;
import org.unodc.vpi.support.ThrowawayPostgres;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The work that follows a change is recorded and completed on PostgreSQL as on H2: the production
 * profile on a throwaway PostgreSQL server ({@link ThrowawayPostgres}; skipped without its binaries,
 * except on CI).
 */
class FollowingWorkOnPostgreSqlIT {

  @Test
  void shouldRecordTheFollowUpOfAnActionWithItAndCompleteItOnPostgreSql() {
    ThrowawayPostgres postgres = ThrowawayPostgres.startOrSkip();
    try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(VpiPlatformApplication.class)
        .profiles("prod").run("--spring.datasource.url=" + postgres.jdbcUrl(),
            "--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password(),
            "--server.port=0", "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=Not-a-demo-password-42",
            "--vpi.mail.scheduling=false", "--camunda.bpm.job-execution.enabled=false")) {
      RegisteredInitiative vpi = platform.getBean(InitiativeRegister.class).register(new NewInitiative("BRA",
          "Followed on PostgreSQL", "other", "cluster1", "A", LocalDate.parse("2026-10-01")));
      ActionPlan plan = platform.getBean(ActionPlan.class);
      plan.create("BRA", vpi.id(), action("First action"), "admin");
      RuntimeService runtime = platform.getBean(RuntimeService.class);
      runtime.startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY, vpi.reference(), Map.of(
          VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi.id(),
          VpiInitiativeProcess.Variables.VPI_TITLE, vpi.reference()));

      long added = plan.create("BRA", vpi.id(), action("Added later"), "admin").getId();

      JdbcTemplate jdbc = platform.getBean(JdbcTemplate.class);
      String event = "{\"actionItemId\":" + added + ",\"country\":\"BRA\",\"initiativeId\":" + vpi.id() + "}";
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
            .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, added).count())
            .as("followed").isOne();
        assertThat(jdbc.queryForList("select completion_date from event_publication where serialized_event = ?",
            event)).as("recorded with the change, then completed").singleElement()
            .satisfies(row -> assertThat(row.get("completion_date")).isNotNull());
      });

      platform.getBean(UnfinishedWork.class).retryOlderThan(Duration.ZERO);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
          .variableValueEquals(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, added).count())
          .as("not followed twice").isOne();
    }
  }

  private static ActionItemDetails action(String title) {
    return new ActionItemDetails(title, null, List.of(new ActionItemOwner(OwnerKind.GOVERNMENT_UNIT,
        "Ministry of Justice")), null, LocalDate.parse("2030-06-30"), null, 0);
  }
}
