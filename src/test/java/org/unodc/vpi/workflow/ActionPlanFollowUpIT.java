package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.initiative.RegisteredInitiative;
import org.unodc.vpi.web.api.ApiClient;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The action plan's follow-up in the application: each action's owners report through their form in
 * /engine-rest, the report lands in the action item, and /api/initiatives/{id}/plan-progress shows each
 * action and the whole plan; the plan closes once every action is done or dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class ActionPlanFollowUpIT {

  private static final String PASSWORD = "demo";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  @Test
  @SuppressWarnings("unchecked")
  void shouldWriteEachReportToItsActionAndShowThePlansProgressUntilEveryActionHasEnded() {
    ApiClient coordinatorApi = new ApiClient(rest, "coordinator", PASSWORD);
    ApiClient govbraApi = new ApiClient(rest, "govbra", PASSWORD);
    EngineRestClient csobra = new EngineRestClient(rest, "csobra", PASSWORD);
    EngineRestClient govbra = new EngineRestClient(rest, "govbra", PASSWORD);
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Follow-up test", "other", "cluster1", "A",
        LocalDate.parse("2026-10-01")));
    long training = action(govbraApi, vpi.id(), "Train NGOs on victim support", "ORGANISATION", "Instituto Alfa");
    long guidelines = action(govbraApi, vpi.id(), "Publish referral guidelines", "GOVERNMENT_UNIT", "Ministry of Justice");

    ProcessInstance followUp = runtime.startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY, vpi.reference(), Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi.id(),
        VpiInitiativeProcess.Variables.VPI_TITLE, "Follow-up test"));
    String scope = "&processInstanceBusinessKey=" + vpi.reference();
    assertThat(csobra.tasks("taskDefinitionKey="
        + ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS + scope))
        .as("civil society does not see the government's action").isEmpty();

    submit(csobra, ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS + scope, Map.of(
        "actionItemProgress", "Two of five trainings held.", "actionItemPercentComplete", 40,
        "actionItemDecision", "continue"));

    Map<String, Object> progress = coordinatorApi.get("/api/initiatives/" + vpi.id() + "/plan-progress").getBody();
    assertThat((List<Map<String, Object>>) progress.get("items"))
        .extracting(i -> i.get("title"), i -> i.get("status"), i -> i.get("percentComplete"))
        .containsExactly(tuple("Train NGOs on victim support", "IN_PROGRESS", 40),
            tuple("Publish referral guidelines", "PLANNED", 0));
    assertThat((Map<String, Object>) ((List<Map<String, Object>>) progress.get("items")).get(0).get("lastReport"))
        .containsEntry("reportedBy", "csobra").containsEntry("text", "Two of five trainings held.");
    assertThat((Map<String, Object>) progress.get("overall")).containsEntry("items", 2).containsEntry("open", 2)
        .containsEntry("averagePercentComplete", 20).containsEntry("ended", false);

    String guidelinesTask = ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS + scope;
    ResponseEntity<Map<String, Object>> noReason = govbra.post("/task/" + taskId(govbra, guidelinesTask)
        + "/submit-form", Map.of("actionItemProgress", "Not started.", "actionItemPercentComplete", 0,
        "actionItemDecision", "dropped"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    submit(govbra, guidelinesTask, Map.of("actionItemProgress", "Not started.", "actionItemPercentComplete", 0,
        "actionItemDecision", "dropped", "actionItemDropReason", "Merged into the national strategy."));

    assertThat(govbraApi.get("/api/action-items/" + guidelines).getBody()).containsEntry("status", "CANCELLED")
        .containsEntry("dropReason", "Merged into the national strategy.");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the plan stays open while an action is").isOne();
    progress = coordinatorApi.get("/api/initiatives/" + vpi.id() + "/plan-progress").getBody();
    assertThat((Map<String, Object>) progress.get("overall")).containsEntry("dropped", 1).containsEntry("open", 1)
        .as("dropped actions do not count in the mean").containsEntry("averagePercentComplete", 40)
        .containsEntry("ended", false);

    // A quarter later the NGOs are asked again, and report the training done.
    ProcessInstance trainingFollowUp = runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .processInstanceBusinessKey(vpi.reference()).singleResult();
    Job nextReport = management.createJobQuery().processInstanceId(trainingFollowUp.getId())
        .activityId(ActionItemFollowUpProcess.Elements.TIMER_EVENT_NEXT_PROGRESS_REPORT).singleResult();
    management.executeJob(nextReport.getId());
    submit(csobra, ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS + scope, Map.of(
        "actionItemProgress", "All five trainings held.", "actionItemPercentComplete", 100,
        "actionItemDecision", "done"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the plan closed").isZero();
    progress = coordinatorApi.get("/api/initiatives/" + vpi.id() + "/plan-progress").getBody();
    assertThat((Map<String, Object>) progress.get("overall")).containsEntry("done", 1).containsEntry("dropped", 1)
        .containsEntry("open", 0).containsEntry("averagePercentComplete", 100).containsEntry("ended", true);
    assertThat(coordinatorApi.getList("/api/action-items/" + training + "/progress-reports").getBody())
        .extracting(r -> r.get("percentComplete"), r -> r.get("reportedBy"))
        .containsExactly(tuple(40, "csobra"), tuple(100, "csobra"));
    assertThat(new ApiClient(rest, "govmoz", PASSWORD).get("/api/initiatives/" + vpi.id() + "/plan-progress")
        .getStatusCode()).as("another country's plan").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDropAnActionThroughTheApiOnlyWithAReasonAndKeepItsStatusWhenAChangeLeavesItOut() {
    ApiClient govbraApi = new ApiClient(rest, "govbra", PASSWORD);
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Drop test", "other", "cluster1", "A",
        LocalDate.parse("2026-10-01")));
    long training = action(govbraApi, vpi.id(), "Train labour inspectors", "GOVERNMENT_UNIT", "Ministry of Labour");
    String path = "/api/action-items/" + training;

    ResponseEntity<Map<String, Object>> noReason = govbraApi.inLanguage("fr").put(path, change(vpi.id(), "CANCELLED", 0,
        null, 0));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) noReason.getBody().get("errors")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("field", "dropReason").containsEntry("message",
            "Indiquez pourquoi l'action est abandonnée : une raison est nécessaire quand une action est abandonnée."));

    assertThat(govbraApi.put(path, change(vpi.id(), "DONE", 100, null, 0)).getBody()).containsEntry("status", "DONE");
    assertThat(govbraApi.put(path, change(vpi.id(), null, null, null, 1)).getBody())
        .as("a change that says neither status nor percent").containsEntry("status", "DONE")
        .containsEntry("percentComplete", 100);

    assertThat(govbraApi.put(path, change(vpi.id(), "CANCELLED", 100, " Merged into the labour code. ", 2)).getBody())
        .containsEntry("status", "CANCELLED").containsEntry("dropReason", "Merged into the labour code.");
    assertThat(govbraApi.put(path, change(vpi.id(), null, 100, null, 3)).getBody())
        .as("still dropped, for the reason given").containsEntry("status", "CANCELLED")
        .containsEntry("dropReason", "Merged into the labour code.");
  }

  @Test
  void shouldStopAskingForReportsOnAnActionDoneThroughTheApiAndNotReopenIt() {
    ApiClient govbraApi = new ApiClient(rest, "govbra", PASSWORD);
    EngineRestClient csobra = new EngineRestClient(rest, "csobra", PASSWORD);
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Ended through the API", "other",
        "cluster1", "A", LocalDate.parse("2026-10-01")));
    long training = action(govbraApi, vpi.id(), "Train NGOs on victim support", "ORGANISATION", "Instituto Alfa");
    long guidelines = action(govbraApi, vpi.id(), "Publish referral guidelines", "GOVERNMENT_UNIT", "Ministry of Justice");
    ProcessInstance followUp = startFollowUp(vpi);
    String reportTask = "taskDefinitionKey=" + ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS
        + "&processInstanceBusinessKey=" + vpi.reference();
    assertThat(csobra.tasks(reportTask)).as("the NGOs are asked to report").hasSize(1);

    assertThat(govbraApi.put("/api/action-items/" + training, change(vpi.id(), "DONE", 100, null, 0)).getBody())
        .containsEntry("status", "DONE");

    assertThat(csobra.tasks(reportTask)).as("no report asked on a done action").isEmpty();
    assertThat(history.createHistoricActivityInstanceQuery().activityId(
        ActionItemFollowUpProcess.Elements.END_EVENT_ACTION_ITEM_ENDED_OUTSIDE_REPORT).finished().list())
        .extracting(a -> a.getRootProcessInstanceId()).containsExactly(followUp.getId());
    assertThat(govbraApi.get("/api/action-items/" + training).getBody()).containsEntry("status", "DONE");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the other action is still followed").isOne();

    assertThat(govbraApi.put("/api/action-items/" + guidelines, change(vpi.id(), "CANCELLED", 0,
        "Merged into the national strategy.", 0)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the plan closed").isZero();
  }

  @Test
  void shouldFollowAnActionAddedThroughTheApiAtOnce() {
    ApiClient govbraApi = new ApiClient(rest, "govbra", PASSWORD);
    EngineRestClient govbra = new EngineRestClient(rest, "govbra", PASSWORD);
    EngineRestClient csobra = new EngineRestClient(rest, "csobra", PASSWORD);
    RegisteredInitiative vpi = initiatives.register(new NewInitiative("BRA", "Added later", "other", "cluster1", "A",
        LocalDate.parse("2026-10-01")));
    action(govbraApi, vpi.id(), "Train NGOs on victim support", "ORGANISATION", "Instituto Alfa");
    ProcessInstance followUp = startFollowUp(vpi);
    String scope = "&processInstanceBusinessKey=" + vpi.reference();

    long later = action(govbraApi, vpi.id(), "Publish referral guidelines", "GOVERNMENT_UNIT", "Ministry of Justice");

    String laterTask = ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_GOVERNMENT_ACTION_PROGRESS + scope;
    assertThat(govbra.tasks("taskDefinitionKey=" + laterTask)).as("the government reports on the action added later")
        .singleElement().satisfies(t -> assertThat(t).containsEntry("tenantId", "BRA"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemFollowUpProcess.KEY)
        .processInstanceBusinessKey(vpi.reference()).variableValueEquals(
            ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID, later).count()).as("followed once").isOne();

    submit(csobra, ActionItemFollowUpProcess.Elements.USER_TASK_REPORT_CIVIL_SOCIETY_ACTION_PROGRESS + scope, Map.of(
        "actionItemProgress", "All trainings held.", "actionItemPercentComplete", 100, "actionItemDecision", "done"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the plan stays open while the action added later is").isOne();
    submit(govbra, laterTask, Map.of("actionItemProgress", "Guidelines published.", "actionItemPercentComplete", 100,
        "actionItemDecision", "done"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
        .as("the plan closed").isZero();
  }

  private ProcessInstance startFollowUp(RegisteredInitiative vpi) {
    return runtime.startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY, vpi.reference(), Map.of(
        VpiInitiativeProcess.Variables.COUNTRY, "BRA", VpiInitiativeProcess.Variables.INITIATIVE_ID, vpi.id(),
        VpiInitiativeProcess.Variables.VPI_TITLE, vpi.reference()));
  }

  /** A PUT of an action led by no one, due mid-2030, with a status and drop reason when given. */
  private static Map<String, Object> change(long initiativeId, String status, Integer percent, String dropReason,
      long version) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("initiativeId", initiativeId,
        "title", "Changed title", "dueDate", "2030-06-30", "version", version));
    if (percent != null) {
      body.put("percentComplete", percent);
    }
    if (status != null) {
      body.put("status", status);
    }
    if (dropReason != null) {
      body.put("dropReason", dropReason);
    }
    return body;
  }

  private static long action(ApiClient api, long initiativeId, String title, String ownerKind, String owner) {
    ResponseEntity<Map<String, Object>> created = api.post("/api/action-items", Map.of("initiativeId", initiativeId,
        "title", title, "owners", List.of(Map.of("kind", ownerKind, "name", owner)), "dueDate", "2030-06-30",
        "percentComplete", 0));
    assertThat(created.getStatusCode()).as("%s: %s", title, created.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private static String taskId(EngineRestClient user, String taskKeyAndScope) {
    List<Map<String, Object>> tasks = user.tasks("taskDefinitionKey=" + taskKeyAndScope);
    assertThat(tasks).as("%s's tasks %s", user.user, taskKeyAndScope).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  private static void submit(EngineRestClient user, String taskKeyAndScope, Map<String, Object> form) {
    ResponseEntity<Map<String, Object>> submitted = user.post("/task/" + taskId(user, taskKeyAndScope) + "/submit-form",
        form);
    assertThat(submitted.getStatusCode()).as("%s submits: %s", user.user, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
