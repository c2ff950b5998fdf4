package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.support.EngineRestForms.variables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.unodc.vpi.stakeholder.StakeholderOrganisation;
import org.unodc.vpi.stakeholder.StakeholderRepository;
import org.unodc.vpi.support.Together;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The collisions of {@link ConcurrentRequestsIT} whose outcome depends on the database, on
 * PostgreSQL: there a second insert of a unique value waits for the first transaction and then
 * fails, and a failed statement dooms its whole transaction (the reported 500 with the SQL).
 */
class PostgresRacesIT extends PlatformOnPostgres {

  private static final int PARALLEL = 8;

  @Autowired TaskService taskService;
  @Autowired StakeholderRepository stakeholders;

  private int round;

  @RepeatedTest(2)
  void twoVpisNamingTheSameNewOrganisationAtOnceShareOneEntry() {
    String name = "Associação Simultânea " + (++round) + " " + System.nanoTime();
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String instance = startVpi();
      completeConsent(taskOf(VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT, instance));
      tasks.add(taskOf(StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS, null).getId());
    }

    List<Answer> answers = Together.run(2, i -> call(COORDINATOR, "POST", "/engine-rest/task/" + tasks.get(i)
        + "/submit-form", variables(Map.of("stakeholderOrganisations", name + "; NGO; c" + i + "@simultanea.example",
            "ngoCount", 1, "academiaCount", 0, "privateSectorCount", 0)), "pt"));

    assertThat(answers).extracting(Answer::status).as("%s", answers).containsExactly(204, 204);
    List<StakeholderOrganisation> entries = stakeholders.findAll().stream()
        .filter(o -> o.getName().equals(name)).toList();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getContacts()).extracting(c -> c.getEmail())
        .containsExactlyInAnyOrder("c0@simultanea.example", "c1@simultanea.example");
  }

  /** 1×204; the others 409 (raced the commit) or 404 (came after it); never the SQL. */
  @RepeatedTest(2)
  void parallelCompletionsOfOneTaskCompleteItOnce() {
    Task consent = taskOf(VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT, startVpi());

    List<Answer> answers = Together.run(PARALLEL, i -> call(COORDINATOR, "POST", "/engine-rest/task/"
        + consent.getId() + "/submit-form", variables(consentForm()), "en"));

    assertThat(answers).extracting(Answer::status).as("%s", answers)
        .allMatch(s -> s == 204 || s == 404 || s == 409, "204, 404 or 409").filteredOn(s -> s == 204).hasSize(1);
    assertThat(answers).extracting(Answer::body).noneMatch(b -> b.contains("org.") || b.contains("SQL")
        || b.toLowerCase().contains("insert into") || b.contains("Exception:"));
  }

  private String startVpi() {
    Answer started = call(COORDINATOR, "POST", "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY
        + "/submit-form", variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA",
            VpiInitiativeProcess.Variables.VPI_TITLE, "VPI racing on PostgreSQL")), "en");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private void completeConsent(Task consent) {
    Answer done = call(COORDINATOR, "POST", "/engine-rest/task/" + consent.getId() + "/submit-form",
        variables(consentForm()), "en");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  /** The one open task of that key, in the given VPI (or, without one, the newest such task). */
  private Task taskOf(String taskKey, String instance) {
    var query = taskService.createTaskQuery().taskDefinitionKey(taskKey);
    if (instance != null) {
      query.processInstanceId(instance);
    }
    return query.orderByTaskCreateTime().desc().list().get(0);
  }

  private static Map<String, Object> consentForm() {
    return Map.of("consentDecision", "given", "consentDate", "2026-10-01", "consentReference", "Note verbale 7",
        "thematicFocus", "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "B");
  }
}
