package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.unodc.vpi.workflow.process.CopInformationSessionProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.identity.RoleSetup;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.identity.demo.DemoData;
import org.unodc.vpi.identity.demo.DemoUser;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.web.api.ApiClient;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * A whole VPI in Brazil, driven through {@code /engine-rest} as the demo users: each task's form
 * is submitted by the role it belongs to, and at every step the test checks who can see the task
 * (its role in Brazil and the coordinator) and who cannot (everyone else, Mozambique included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class VpiEndToEndIT {

  private static final String PASSWORD = "demo";
  private static final String STAKEHOLDERS =
      "Instituto Alfa; NGO; info@alfa.example\nUniversidade Beta; academia; b@beta.example";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired InitiativeRegister register;
  @Autowired RepositoryService repositoryService;

  private EngineRestClient coordinator;
  private EngineRestClient govbra;
  private EngineRestClient csobra;
  private String businessKey;
  private String vpiId;

  @BeforeEach
  void signIn() {
    coordinator = as("coordinator");
    govbra = as("govbra");
    csobra = as("csobra");
  }

  @Test
  void shouldTakeAVpiFromConsentToClosedActionPlanWithEachRoleDoingItsPart() {
    vpiId = startVpi();
    String mozambiqueVpi = (String) submitStartForm(coordinator,
        Map.of("country", "MOZ", "vpiTitle", "VPI Mozambique running alongside")).getBody().get("id");

    step(coordinator, "userTask_recordStateConsent", Map.of("consentDecision", "given",
        "consentDate", "2026-10-01", "consentReference", "Note verbale 123/2026",
        "thematicFocus", "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "A"));
    businessKey = (String) coordinator.get("/process-instance/" + vpiId).getBody().get("businessKey");
    assertThat(businessKey).startsWith("VPI-BRA-");

    // 1. Stakeholders, with a civil-society form refused first for a malformed e-mail.
    step(coordinator, "userTask_identifyStakeholders", Map.of("stakeholderOrganisations", STAKEHOLDERS,
        "ngoCount", 1, "academiaCount", 1, "privateSectorCount", 0));
    String focalPointTask = visibleTaskId(csobra, "userTask_nominateFocalPoint");
    assertThat(filterList(coordinator, RoleSetup.TASK_FILTER_NAME)).as("coordinator's oversight list")
        .extracting(t -> t.get("id")).contains(focalPointTask);
    assertThat(filterList(coordinator, RoleSetup.COORDINATOR_FILTER_NAME)).as("coordinator's own to-do list")
        .extracting(t -> t.get("id")).doesNotContain(focalPointTask);
    assertThat(filterList(csobra, RoleSetup.TASK_FILTER_NAME)).extracting(t -> t.get("id")).contains(focalPointTask);
    assertThat(csobra.list("/filter")).extracting(f -> f.get("name")).containsExactly(RoleSetup.TASK_FILTER_NAME);
    ResponseEntity<Map<String, Object>> refused = csobra.post("/task/" + focalPointTask + "/submit-form", Map.of(
        "focalPointName", "Camila Souza", "focalPointOrganisation", "Instituto Alfa",
        "focalPointEmail", "camila-at-alfa", "focalPointLanguage", "pt"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("e-mail address, for example name@example.org");
    assertThat(csobra.get("/task/" + focalPointTask).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csobra.get("/task/" + focalPointTask + "/variables/focalPointName").getStatusCode())
        .as("nothing of the refused submission is stored").isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> tampered = csobra.post("/task/" + focalPointTask + "/submit-form",
        Map.of("stakeholderOrganisations", "Only my own NGO", "focalPointName", "Camila Souza",
            "focalPointOrganisation", "Instituto Alfa", "focalPointEmail", "camila@alfa.example", "focalPointLanguage", "pt"));
    assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tampered.getBody().get("message")).contains("cannot be changed in this step");
    assertThat(csobra.put("/task/" + focalPointTask + "/variables/country", Map.of("value", "MOZ")).getStatusCode())
        .as("writing a variable outside the form").isEqualTo(HttpStatus.FORBIDDEN);
    // Tasklist sends read-only fields back unchanged; that is accepted.
    step(csobra, "userTask_nominateFocalPoint", Map.of("focalPointName", "Camila Souza",
        "focalPointOrganisation", "Instituto Alfa", "focalPointEmail", "camila@alfa.example",
        "focalPointPhone", "+55 61 1234 5678", "focalPointLanguage", "pt", "stakeholderOrganisations", STAKEHOLDERS));

    // 2. Planning meeting with the government review team.
    String scheduleTask = visibleTaskId(coordinator, "userTask_scheduleGovernmentPlanningMeeting");
    ResponseEntity<Map<String, Object>> injected = coordinator.post("/task/" + scheduleTask + "/complete", Map.of(
        "governmentMeetingDate", "2026-11-10", "governmentMeetingVenue", "Brasília", "country", "MOZ"));
    assertThat(injected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) injected.getBody().get("message")).contains("\"country\" is not a field of this form");
    step(coordinator, "userTask_scheduleGovernmentPlanningMeeting", Map.of(
        "governmentMeetingDate", "2026-11-10", "governmentMeetingVenue", "Ministry of Justice, Brasília"));
    step(govbra, "userTask_shareEntryPoints", Map.of("governmentFocalPointName", "Gustavo Lima",
        "governmentFocalPointEmail", "gustavo@justica.example",
        "entryPoints", "National consultations on the self-assessment questionnaire"));
    step(coordinator, "userTask_recordGovernmentMeetingOutcome", Map.of(
        "governmentMeetingHeldOn", "2026-11-10", "governmentMeetingMinutes", "Entry points agreed with the team."));

    // 3. Planning meeting with stakeholders, then two rounds of returned priorities before approval.
    step(coordinator, "userTask_scheduleStakeholderPlanningMeeting", Map.of(
        "stakeholderMeetingDate", "2026-11-20", "stakeholderMeetingVenue", "https://meet.example/vpi-bra"));
    step(csobra, "userTask_proposePriorities", Map.of(
        "priorities", "1. Victim support\n2. Consultation before the working groups", "stakeholderMeetingAttendance", 25));
    String reviewTask = visibleTaskId(govbra, "userTask_reviewPriorities");
    ResponseEntity<Map<String, Object>> noComment =
        govbra.post("/task/" + reviewTask + "/submit-form", Map.of("priorityDecision", "returned"));
    assertThat(noComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noComment.getBody().get("message")).contains("is required");
    for (int round = 1; round <= 2; round++) {
      step(govbra, "userTask_reviewPriorities", Map.of("priorityDecision", "returned",
          "priorityReviewComments", "Round " + round + ": name who does what."));
      step(csobra, "userTask_revisePriorities", Map.of(
          "priorities", "Version " + (round + 1) + ": 1. Victim support (NGOs)\n2. Consultation (government)"));
    }
    step(govbra, "userTask_reviewPriorities", Map.of("priorityDecision", "approved"));

    // 4. The VPI meeting agrees the action plan.
    step(coordinator, "userTask_scheduleVpiMeeting", Map.of(
        "vpiMeetingDate", "2027-02-15", "vpiMeetingVenue", "Palácio da Justiça, Brasília"));
    step(govbra, "userTask_confirmMeetingHosting", Map.of(
        "governmentHostsMeeting", true, "governmentDelegation", "Gustavo Lima, national focal point"));
    step(coordinator, "userTask_recordActionPlan", Map.of("vpiMeetingHeldOn", "2027-02-15",
        "vpiMeetingAttendance", 40, "actionPlan", "Hold consultation; government; 2027-06-30", "actionItemCount", 1));

    // 5-8 run side by side: report and COP session, the Alliance, the action-plan follow-up.
    String draftTask = visibleTaskId(coordinator, "userTask_draftResultsReport");
    ResponseEntity<Map<String, Object>> badLink = coordinator.post("/task/" + draftTask + "/submit-form", Map.of(
        "reportSummary", "The VPI agreed two priorities and an action plan with one action for 2027.",
        "reportDocumentLink", "shared drive, folder VPI"));
    assertThat((String) badLink.getBody().get("message")).contains("must be a web address starting with https://");
    // Tasklist sends the read-only, still empty "Government comments" back as "" on a first draft.
    step(coordinator, "userTask_draftResultsReport", Map.of("reportSummary",
        "The VPI agreed two priorities and an action plan with one action for 2027.",
        "reportDocumentLink", "https://unodc.example/vpi-bra-report.pdf", "reportComments", ""));
    step(govbra, "userTask_commentOnResultsReport", Map.of("reportDecision", "endorsed",
        "reportPublicationConsent", "refused"));
    step(coordinator, "userTask_presentResultsReport", Map.of(
        "reportPresentedAt", "copWorkingGroup", "reportPresentedOn", "2027-06-02"));
    step(coordinator, "userTask_planInformationSession", Map.of("copSession",
        "13th session of the Conference of the Parties, Vienna", "informationSessionDate", "2027-10-14",
        "informationSessionSpeakers", "Gustavo Lima; Camila Souza"));
    // The session is recorded on its day: the test does not wait until October.
    Job sessionDay = management.createJobQuery().timers()
        .activityId(CopInformationSessionProcess.Elements.TIMER_EVENT_SESSION_DAY)
        .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
            .processDefinitionKey(CopInformationSessionProcess.KEY).singleResult().getId()).singleResult();
    assertThat(sessionDay.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(java.time.LocalDate.parse("2027-10-14"));
    management.executeJob(sessionDay.getId());
    step(coordinator, "userTask_recordInformationSession", Map.of("informationSessionHeldOn", "2027-10-14",
        "informationSessionSummary", "Sixty delegates heard the Brazilian VPI experience.",
        "informationSessionAttendance", 60));
    step(csobra, "userTask_proposeAllianceMembers", Map.of("allianceMembers", "Instituto Alfa\nUniversidade Beta",
        "allianceContactName", "Camila Souza", "allianceContactEmail", "alliance@alfa.example"));
    step(coordinator, "userTask_confirmAllianceEstablished", Map.of("allianceFoundedOn", "2027-03-01",
        "allianceCoordinationArrangements", "Quarterly calls with the review team."));
    // 8. The plan's one action is the government's: dropping it needs a reason; it is reported done.
    String actionReport = visibleTaskId(govbra, "userTask_reportGovernmentActionProgress");
    ResponseEntity<Map<String, Object>> noReason = govbra.post("/task/" + actionReport + "/submit-form", Map.of(
        "actionItemProgress", "Consultation postponed.", "actionItemPercentComplete", 30,
        "actionItemDecision", "dropped"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noReason.getBody().get("message")).contains("is required");
    step(govbra, "userTask_reportGovernmentActionProgress", Map.of("actionItemProgress", "Consultation held in June.",
        "actionItemPercentComplete", 100, "actionItemDecision", "done"));

    // Level A: of the menu's commitments, WhatsOn and the joint recommendations are not steps above;
    // the VPI waits for them.
    assertThat(coordinator.get("/history/process-instance/" + vpiId).getBody()).as("waits for its commitments")
        .containsEntry("state", "ACTIVE");
    // Days on which something was done are not in the future (the other dates here are plans).
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    step(coordinator, "userTask_confirmWhatsOnUpload", Map.of("whatsOnUploadedOn", today,
        "whatsOnOrganisationCount", 2));
    String recommendations = visibleTaskId(coordinator, "userTask_recordCommitment");
    assertThat(coordinator.get("/task/" + recommendations + "/variables/engagementActivityName").getBody())
        .containsEntry("value", "Joint recommendations drafted and agreed");
    step(coordinator, "userTask_recordCommitment", Map.of("commitmentSummary",
        "Government and NGOs agreed eight joint recommendations at the VPI meeting.",
        "commitmentCarriedOutOn", today, "commitmentEvidenceLink", "https://unodc.example/vpi-bra-recommendations.pdf"));

    assertCountriesKeptApart(vpiId, mozambiqueVpi);
    assertThat(coordinator.get("/history/process-instance/" + vpiId).getBody()).containsEntry("state", "COMPLETED");
    assertThat(coordinator.tasks("processInstanceBusinessKey=" + businessKey)).isEmpty();
    List<Map<String, Object>> initiativeId = coordinator.list(
        "/history/variable-instance?processInstanceId=" + vpiId + "&variableName=initiativeId");
    long initiative = ((Number) initiativeId.get(0).get("value")).longValue();
    assertThat(register.statusOf(initiative)).isEqualTo("CLOSED");
    assertFormsProducedTheRecords(initiative);
  }

  /** What the forms above recorded, read back through /api as the people who use it. */
  @SuppressWarnings("unchecked")
  private void assertFormsProducedTheRecords(long initiative) {
    ApiClient coordinatorApi = new ApiClient(rest, "coordinator", PASSWORD);
    ApiClient govbraApi = new ApiClient(rest, "govbra", PASSWORD);

    Map<String, Object> vpi = coordinatorApi.get("/api/initiatives/" + initiative).getBody();
    assertThat(vpi).containsEntry("reference", businessKey).containsEntry("status", "CLOSED");
    assertThat((List<Map<String, Object>>) vpi.get("steps")).extracting(s -> s.get("step")).containsExactlyInAnyOrder(
        "identifyStakeholders", "planWithGovernment", "planWithStakeholders", "reviewPriorities", "holdVpiMeeting",
        "reportResults", "holdInformationSession", "establishAlliance", "followUpActionPlan", "carryOutCommitments");
    assertThat((List<Map<String, Object>>) vpi.get("steps")).allSatisfy(s -> assertThat(s.get("completedAt")).isNotNull());

    List<Map<String, Object>> stakeholders = items(coordinatorApi, "/api/stakeholders?initiativeId=" + initiative);
    assertThat(stakeholders).extracting(o -> o.get("name"), o -> o.get("type"))
        .containsExactly(tuple("Instituto Alfa", "NGO"), tuple("Universidade Beta", "ACADEMIA"));
    assertThat((List<Map<String, Object>>) stakeholders.get(0).get("contacts")).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("email", "info@alfa.example"));
    assertThat((List<Map<String, Object>>) items(govbraApi, "/api/stakeholders?initiativeId=" + initiative).get(0)
        .get("contacts")).singleElement().as("not shared with the government")
        .satisfies(c -> assertThat(c.get("email")).isNull());

    List<Map<String, Object>> meetings = items(coordinatorApi, "/api/meetings?initiativeId=" + initiative);
    assertThat(meetings).extracting(m -> m.get("kind")).containsExactlyInAnyOrder(
        "GOVERNMENT_PLANNING", "STAKEHOLDER_PLANNING", "VPI_MEETING", "INFORMATION_SESSION");
    assertThat(meetings).filteredOn(m -> "STAKEHOLDER_PLANNING".equals(m.get("kind"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("onlineLink", "https://meet.example/vpi-bra")
            .containsEntry("attendanceCount", 25));
    assertThat(meetings).filteredOn(m -> "GOVERNMENT_PLANNING".equals(m.get("kind"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("heldOn", "2026-11-10")
            .containsEntry("minutes", "Entry points agreed with the team."));

    List<Map<String, Object>> priorities = items(coordinatorApi, "/api/priorities?initiativeId=" + initiative);
    assertThat(priorities).extracting(p -> p.get("text"), p -> p.get("status")).containsExactly(
        tuple("Version 3: 1. Victim support (NGOs)", "APPROVED"), tuple("Consultation (government)", "APPROVED"));
    Map<String, Object> first = priorities.get(0);
    assertThat((List<Map<String, Object>>) first.get("revisions")).extracting(r -> r.get("text")).containsExactly(
        "Victim support", "Version 2: 1. Victim support (NGOs)", "Version 3: 1. Victim support (NGOs)");
    assertThat((List<Map<String, Object>>) first.get("comments")).extracting(c -> c.get("decision"), c -> c.get("author"))
        .containsExactly(tuple("RETURNED", "govbra"), tuple("RETURNED", "govbra"), tuple("APPROVED", "govbra"));
    List<Map<String, Object>> history = coordinatorApi.getList("/api/priorities/" + first.get("id") + "/history").getBody();
    assertThat(history).extracting(h -> h.get("changedBy")).contains("csobra", "govbra");
    assertThat(history).filteredOn(h -> "govbra".equals(h.get("changedBy"))).first()
        .satisfies(h -> assertThat((Map<String, Object>) h.get("changes")).containsEntry("status",
            List.of("PROPOSED", "RETURNED")));

    List<Map<String, Object>> actions = items(coordinatorApi, "/api/action-items?initiativeId=" + initiative);
    assertThat(actions).singleElement().satisfies(a -> {
      assertThat(a).containsEntry("title", "Hold consultation").containsEntry("dueDate", "2027-06-30")
          .containsEntry("status", "DONE").containsEntry("percentComplete", 100);
      assertThat((List<Map<String, Object>>) a.get("owners")).containsExactly(
          Map.of("kind", "GOVERNMENT_UNIT", "name", "government"));
    });
    Map<String, Object> planProgress = coordinatorApi.get("/api/initiatives/" + initiative + "/plan-progress").getBody();
    assertThat((List<Map<String, Object>>) planProgress.get("items")).singleElement().satisfies(a -> {
      assertThat(a).containsEntry("title", "Hold consultation").containsEntry("status", "DONE");
      assertThat((Map<String, Object>) a.get("lastReport")).containsEntry("reportedBy", "govbra")
          .containsEntry("text", "Consultation held in June.").containsEntry("percentComplete", 100);
    });
    assertThat((Map<String, Object>) planProgress.get("overall")).containsEntry("done", 1).containsEntry("open", 0)
        .containsEntry("averagePercentComplete", 100).containsEntry("ended", true);

    Map<String, Object> alliance = items(coordinatorApi, "/api/alliances?country=BRA").stream()
        .filter(a -> ((Number) a.get("initiativeId")).longValue() == initiative).findFirst().orElseThrow();
    assertThat(alliance).containsEntry("foundedOn", "2027-03-01").containsEntry("contactName", "Camila Souza");
    assertThat((List<Map<String, Object>>) alliance.get("members")).extracting(m -> m.get("name"))
        .containsExactly("Instituto Alfa", "Universidade Beta");
    assertThat((List<Map<String, Object>>) alliance.get("members")).allSatisfy(m ->
        assertThat(m.get("organisationId")).as("linked to the register").isNotNull());

    Map<String, Object> report = govbraApi.get("/api/initiatives/" + initiative + "/results-report").getBody();
    assertThat(report).containsEntry("status", "PRESENTED").containsEntry("presentedAt", "copWorkingGroup")
        .containsEntry("documentLink", "https://unodc.example/vpi-bra-report.pdf")
        .containsEntry("consent", "REFUSED").containsEntry("consentRecordedBy", "govbra");
    assertThat(coordinatorApi.post("/api/initiatives/" + initiative + "/results-report/publication", null)
        .getStatusCode()).as("publication the government refused").isEqualTo(HttpStatus.CONFLICT);

    assertThat(items(new ApiClient(rest, "govmoz", PASSWORD), "/api/priorities?initiativeId=" + initiative))
        .as("Mozambique sees nothing of Brazil's VPI").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(ApiClient client, String path) {
    ResponseEntity<Map<String, Object>> page = client.get(path);
    assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) page.getBody().get("items");
  }

  @Test
  void shouldDeployEveryFormOfTheFormsFolderWithTheModels() throws Exception {
    List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
        .map(name -> Path.of(name).getFileName().toString()).toList();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      List<String> formFiles = forms.map(f -> f.getFileName().toString()).toList();
      assertThat(formFiles).isNotEmpty();
      assertThat(deployed).containsAll(formFiles);
    }
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey).hasSize(12).contains(VpiInitiativeProcess.KEY);
  }

  @Test
  void shouldRefuseToStartAVpiForACountryThePlatformDoesNotKnow() {
    ResponseEntity<Map<String, Object>> refused = submitStartForm(coordinator,
        Map.of("country", "XYZ", "vpiTitle", "VPI Nowhere"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("\"XYZ\" is not a country of this platform");
  }

  @Test
  void shouldAnswerABadStartThroughThePlainStartEndpointWith400() {
    ResponseEntity<Map<String, Object>> refused = coordinator.post(
        "/process-definition/key/" + VpiInitiativeProcess.KEY + "/start", Map.of("country", "BRA"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("\"VPI title\" is required");
  }

  @Test
  void shouldExplainTheRefusalInTheUsersLanguage() {
    ResponseEntity<Map<String, Object>> refused = submitStartForm(coordinator.inLanguage("pt-BR"),
        Map.of("country", "BRA"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("é obrigatório");
  }

  @Test
  void shouldLetOnlyCoordinatorsStartAVpi() {
    ResponseEntity<Map<String, Object>> refused = submitStartForm(csobra,
        Map.of("country", "BRA", "vpiTitle", "VPI started by an NGO"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The tasks of this VPI in the user's Tasklist filter of that name. */
  private List<Map<String, Object>> filterList(EngineRestClient user, String filterName) {
    String filterId = user.list("/filter").stream().filter(f -> filterName.equals(f.get("name")))
        .map(f -> (String) f.get("id")).findFirst().orElseThrow(() -> new AssertionError(user.user + " has no " + filterName));
    return user.postForList("/filter/" + filterId + "/list", Map.of("processInstanceBusinessKey", businessKey));
  }

  /** Unfiltered, each country's people find nothing of the other country's VPI anywhere. */
  private void assertCountriesKeptApart(String brazilVpi, String mozambiqueVpi) {
    for (DemoUser user : DemoData.USERS) {
      if (user.country() == null) {
        continue;
      }
      String otherVpi = "BRA".equals(user.country()) ? mozambiqueVpi : brazilVpi;
      EngineRestClient client = as(user.id());
      for (String path : List.of("/task", "/process-instance", "/history/process-instance", "/history/task",
          "/history/variable-instance", "/history/activity-instance")) {
        assertThat(client.list(path)).as("%s reads %s", user.id(), path)
            .noneMatch(row -> otherVpi.equals(row.get("processInstanceId")) || otherVpi.equals(row.get("id"))
                || otherVpi.equals(row.get("rootProcessInstanceId")))
            .allMatch(row -> row.get("tenantId") == null || user.country().equals(row.get("tenantId")));
      }
      assertThat(client.get("/process-instance/" + otherVpi).getStatusCode())
          .as("%s opens the other country's VPI", user.id()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    }
  }

  private static ResponseEntity<Map<String, Object>> submitStartForm(EngineRestClient user, Map<String, Object> form) {
    return user.post("/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form", form);
  }

  private String startVpi() {
    ResponseEntity<Map<String, Object>> started = submitStartForm(coordinator,
        Map.of("country", "BRA", "vpiTitle", "VPI Brazil 2026 - trafficking in persons"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  /**
   * Checks who sees the task, that people of other roles cannot complete it, that its form is
   * deployed, then submits the form as {@code owner}.
   */
  private void step(EngineRestClient owner, String taskKey, Map<String, Object> form) {
    String taskId = visibleTaskId(owner, taskKey);
    String role = roleOf(owner.user);
    for (DemoUser user : DemoData.USERS) {
      boolean mayRead = user.role().equals(Roles.COORDINATORS)
          || (user.role().equals(role) && "BRA".equals(user.country()));
      assertThat(as(user.id()).tasks(scope(taskKey)))
          .as("%s sees %s", user.id(), taskKey).hasSize(mayRead ? 1 : 0);
    }
    for (DemoUser user : DemoData.USERS) {
      if (!user.role().equals(role) || !"BRA".equals(user.country()) && user.country() != null) {
        assertThat(as(user.id()).post("/task/" + taskId + "/complete", Map.of()).getStatusCode())
            .as("%s completes %s", user.id(), taskKey).isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    ResponseEntity<Map<String, Object>> deployedForm = owner.get("/task/" + taskId + "/deployed-form");
    assertThat(deployedForm.getStatusCode()).as("form of %s", taskKey).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> submitted = owner.post("/task/" + taskId + "/submit-form", form);
    assertThat(submitted.getStatusCode()).as("%s submits %s: %s", owner.user, taskKey, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String visibleTaskId(EngineRestClient user, String taskKey) {
    List<Map<String, Object>> tasks = user.tasks(scope(taskKey));
    assertThat(tasks).as("%s's open %s tasks", user.user, taskKey).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  /** Tasks of this test's VPI only: other tests share the database. */
  private String scope(String taskKey) {
    return "taskDefinitionKey=" + taskKey
        + (businessKey == null ? "&processInstanceId=" + vpiId : "&processInstanceBusinessKey=" + businessKey);
  }

  private static String roleOf(String userId) {
    Map<String, String> roles = DemoData.USERS.stream().collect(Collectors.toMap(DemoUser::id, DemoUser::role));
    return roles.get(userId);
  }

  private EngineRestClient as(String user) {
    return new EngineRestClient(rest, user, PASSWORD);
  }
}
