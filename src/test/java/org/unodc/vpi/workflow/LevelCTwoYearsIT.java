package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.calendar.MilestoneDetails;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.calendar.WorkingGroup;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * A level-C VPI in Mozambique, run on the whole platform across two simulated years: the engine
 * clock moves a week at a time, due timers fire, and each open task is done the week it appears, as
 * its people would. Then it checks what took place: the Advisory Council met at least twice each
 * year, the Alliance was consulted ahead of each review milestone, the information session was
 * planned ahead of the COP session, each action of the plan was reported on every quarter, and the
 * VPI closed once everything had ended.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-two-years;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false",
    "vpi.mail.scheduling=false",
    // The test fires the timers itself, on the moved clock.
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class LevelCTwoYearsIT {

  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final LocalDate QUESTIONNAIRE_DUE = LocalDate.of(2027, 6, 1);
  private static final LocalDate FIRST_SESSION = LocalDate.of(2027, 7, 12);
  private static final LocalDate COP_SESSION = LocalDate.of(2027, 10, 18);
  private static final LocalDate SECOND_SESSION = LocalDate.of(2028, 7, 10);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ReviewCalendar calendar;

  private final List<LocalDate> councilMeetings = new ArrayList<>();
  private final Map<String, LocalDate> consultations = new LinkedHashMap<>();
  private final Map<String, LocalDate> calendarAsked = new HashMap<>();
  private final Map<String, Integer> actionReports = new HashMap<>();
  private LocalDate informationSessionPlanningOpened;
  private LocalDate informationSessionRecorded;
  private boolean winding;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldHoldTheCouncilConsultTheAllianceAndFollowThePlanAcrossTwoYears() {
    move(START);
    milestone(MilestoneKind.SELF_ASSESSMENT_DUE, null, "Self-assessment questionnaire due", QUESTIONNAIRE_DUE);
    milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons, "Working group, July 2027",
        FIRST_SESSION);
    milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "Another group's session", FIRST_SESSION.plusDays(2));
    milestone(MilestoneKind.COP_SESSION, null, "Twelfth session of the COP", COP_SESSION);
    milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons, "Working group, July 2028",
        SECOND_SESSION);
    String vpi = runtime.startProcessInstanceByKey(VpiInitiativeProcess.KEY,
        Map.of(VpiInitiativeProcess.Variables.COUNTRY, "MOZ", VpiInitiativeProcess.Variables.VPI_TITLE,
            "VPI Mozambique, level C")).getId();

    for (LocalDate day = START; day.isBefore(START.plusYears(2)); day = day.plusWeeks(1)) {
      move(day);
      week(vpi, day);
    }
    // After two years the coordinator winds the commitments down; the VPI then closes.
    winding = true;
    for (LocalDate day = START.plusYears(2); day.isBefore(START.plusYears(2).plusMonths(6)); day = day.plusWeeks(1)) {
      move(day);
      week(vpi, day);
    }

    assertThat(councilMeetings).as("council meetings").hasSizeGreaterThanOrEqualTo(4);
    assertThat(councilMeetings.stream().filter(d -> d.isBefore(START.plusYears(1)))).as("in the first year")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(councilMeetings.stream().filter(d -> !d.isBefore(START.plusYears(1)) && d.isBefore(START.plusYears(2))))
        .as("in the second year").hasSizeGreaterThanOrEqualTo(2);
    for (int i = 1; i < councilMeetings.size(); i++) {
      assertThat(ChronoUnit.MONTHS.between(councilMeetings.get(i - 1), councilMeetings.get(i)))
          .as("months between council meetings").isLessThanOrEqualTo(6);
    }
    assertThat(consultations).as("milestone consulted for → day of the consultation").containsOnlyKeys(
        QUESTIONNAIRE_DUE.toString(), FIRST_SESSION.toString(), SECOND_SESSION.toString());
    consultations.forEach((milestone, held) -> assertThat(held).as("consulted for " + milestone)
        .isBetween(LocalDate.parse(milestone).minusDays(30), LocalDate.parse(milestone)));
    assertThat(calendarAsked).as("asked for more milestones only once the last one was consulted for")
        .hasEntrySatisfying("selfAssessmentConsultation", d -> assertThat(d).isAfterOrEqualTo(QUESTIONNAIRE_DUE.minusDays(30)))
        .hasEntrySatisfying("workingGroupConsultation", d -> assertThat(d).isAfterOrEqualTo(SECOND_SESSION.minusDays(30)));
    assertThat(informationSessionPlanningOpened).as("information session planned ahead of the COP")
        .isBetween(COP_SESSION.minusDays(90), COP_SESSION.minusDays(90).plusWeeks(1));
    assertThat(informationSessionRecorded).as("recorded once the session has been held")
        .isBetween(COP_SESSION, COP_SESSION.plusWeeks(1));
    assertThat(actionReports).as("reports per action, each followed on its own every three months")
        .containsOnlyKeys("Hold consultations", "Train judges")
        .allSatisfy((action, reports) -> assertThat(reports).isGreaterThanOrEqualTo(7));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(vpi).singleResult().getState())
        .isEqualTo("COMPLETED");
  }

  /** A week of the VPI: the timers due fire, then each open task is done. */
  private void week(String vpi, LocalDate day) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().timers().duedateLowerThan(now(1)).list();
      due.forEach(job -> management.executeJob(job.getId()));
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike("VPI-MOZ-%").list();
      if (open.isEmpty() && round == 0) {
        open = tasks.createTaskQuery().processInstanceId(vpi).list();
      }
      if (due.isEmpty() && open.isEmpty()) {
        return;
      }
      for (Task task : open) {
        complete(task, day);
      }
    }
  }

  private void complete(Task task, LocalDate day) {
    String key = task.getTaskDefinitionKey();
    Function<LocalDate, Map<String, Object>> form = FORMS.get(key);
    Map<String, Object> values = new HashMap<>(form == null ? special(task, day) : form.apply(day));
    tasks.complete(task.getId(), values);
  }

  /** The tasks whose answer depends on what the test follows. */
  private Map<String, Object> special(Task task, LocalDate day) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case EngagementCommitmentProcess.Elements.USER_TASK_HOLD_COUNCIL_MEETING -> {
        councilMeetings.add(day);
        Map<String, Object> meeting = new HashMap<>(Map.of("councilMeetingDate", day.toString(),
            "councilAgenda", "1. Progress of the action plan", "councilActionPlanReview", "Two actions on time, one late.",
            "councilMinutes", "Minutes published online.", "councilContinues", winding ? "no" : "yes"));
        if (winding) {
          meeting.put("councilEndReason", "The VPI closes; the national committee takes over its role.");
        }
        return meeting;
      }
      case EngagementCommitmentProcess.Elements.USER_TASK_CONSULT_ALLIANCE -> {
        consultations.put((String) tasks.getVariable(task.getId(), "nextMilestoneDueOn"), day);
        return Map.of("consultationHeldOn", day.toString(), "consultationParticipants", "Alliance members",
            "consultationInput", "The Alliance asked for victim support to be reviewed.");
      }
      case EngagementCommitmentProcess.Elements.USER_TASK_ENTER_REVIEW_CALENDAR -> {
        // No milestone of its kind ahead: the coordinator says this review has no further one.
        calendarAsked.put((String) tasks.getVariable(task.getId(), "engagementActivity"), day);
        return Map.of("calendarAction", "consultationsEnd");
      }
      case "userTask_planInformationSession" -> {
        informationSessionPlanningOpened = day;
        return Map.of("copSession", tasks.getVariable(task.getId(), "copSession"), "informationSessionDate",
            tasks.getVariable(task.getId(), "informationSessionDate"), "informationSessionSpeakers", "Graça; Carlos");
      }
      case "userTask_recordInformationSession" -> {
        informationSessionRecorded = day;
        return Map.of("informationSessionHeldOn", day.toString(),
            "informationSessionSummary", "Forty delegates heard the Mozambican VPI experience.",
            "informationSessionAttendance", 40);
      }
      case "userTask_reportCivilSocietyActionProgress", "userTask_reportGovernmentActionProgress" -> {
        actionReports.merge((String) tasks.getVariable(task.getId(), "actionItemTitle"), 1, Integer::sum);
        return Map.of("actionItemProgress", "Progress as planned this quarter.", "actionItemPercentComplete",
            winding ? 100 : 50, "actionItemDecision", winding ? "done" : "continue");
      }
      default -> throw new AssertionError("No answer for task " + key + " on " + day);
    }
  }

  private static final Map<String, Function<LocalDate, Map<String, Object>>> FORMS = Map.ofEntries(
      Map.entry("userTask_recordStateConsent", d -> Map.of("consentDecision", "given", "consentDate", d.toString(),
          "consentReference", "Note verbale 7/2027", "thematicFocus", "traffickingInPersons",
          "reviewCluster", "cluster2", "collaborationLevel", "C")),
      Map.entry("userTask_identifyStakeholders", d -> Map.of("stakeholderOrganisations",
          "Associação Alfa; NGO; info@alfa.example\nUniversidade Beta; academia; b@beta.example",
          "ngoCount", 1, "academiaCount", 1, "privateSectorCount", 0)),
      Map.entry("userTask_nominateFocalPoint", d -> Map.of("focalPointName", "Carlos Mate",
          "focalPointOrganisation", "Associação Alfa", "focalPointEmail", "carlos@alfa.example",
          "focalPointLanguage", "pt")),
      Map.entry("userTask_scheduleGovernmentPlanningMeeting", d -> Map.of("governmentMeetingDate", d.plusDays(3).toString(),
          "governmentMeetingVenue", "Ministry of Justice, Maputo")),
      Map.entry("userTask_shareEntryPoints", d -> Map.of("governmentFocalPointName", "Graça Sitoe",
          "governmentFocalPointEmail", "graca@justica.example",
          "entryPoints", "National consultations on the self-assessment questionnaire")),
      Map.entry("userTask_recordGovernmentMeetingOutcome", d -> Map.of("governmentMeetingHeldOn", d.toString(),
          "governmentMeetingMinutes", "Entry points agreed with the team.")),
      Map.entry("userTask_scheduleStakeholderPlanningMeeting", d -> Map.of("stakeholderMeetingDate",
          d.plusDays(3).toString(), "stakeholderMeetingVenue", "https://meet.example/vpi-moz")),
      Map.entry("userTask_proposePriorities", d -> Map.of("priorities",
          "1. Victim support\n2. Consultation before the working groups", "stakeholderMeetingAttendance", 20)),
      Map.entry("userTask_reviewPriorities", d -> Map.of("priorityDecision", "approved")),
      Map.entry("userTask_scheduleVpiMeeting", d -> Map.of("vpiMeetingDate", d.plusDays(7).toString(),
          "vpiMeetingVenue", "Centro de Conferências, Maputo")),
      Map.entry("userTask_confirmMeetingHosting", d -> Map.of("governmentHostsMeeting", true,
          "governmentDelegation", "Graça Sitoe, national focal point")),
      Map.entry("userTask_recordActionPlan", d -> Map.of("vpiMeetingHeldOn", d.toString(), "vpiMeetingAttendance", 35,
          "actionPlan", "Hold consultations; government; " + d.plusMonths(9) + "\nTrain judges; civil society; "
              + d.plusMonths(15), "actionItemCount", 2)),
      Map.entry("userTask_draftResultsReport", d -> Map.of("reportSummary",
          "The VPI agreed two priorities and an action plan with two actions for 2027 and 2028.",
          "reportDocumentLink", "https://unodc.example/vpi-moz-report.pdf")),
      Map.entry("userTask_commentOnResultsReport", d -> Map.of("reportDecision", "endorsed",
          "reportPublicationConsent", "granted")),
      Map.entry("userTask_presentResultsReport", d -> Map.of("reportPresentedAt", "copWorkingGroup",
          "reportPresentedOn", d.toString())),
      Map.entry("userTask_proposeAllianceMembers", d -> Map.of("allianceMembers", "Associação Alfa\nUniversidade Beta",
          "allianceContactName", "Carlos Mate", "allianceContactEmail", "alliance@alfa.example")),
      Map.entry("userTask_confirmAllianceEstablished", d -> Map.of("allianceFoundedOn", d.toString(),
          "allianceCoordinationArrangements", "Quarterly calls with the review team.")),
      Map.entry("userTask_confirmWhatsOnUpload", d -> Map.of("whatsOnUploadedOn", d.toString(),
          "whatsOnOrganisationCount", 2)),
      Map.entry("userTask_recordCommitment", d -> Map.of("commitmentSummary",
          "Done with the Alliance and the review team, as level C commits to.", "commitmentCarriedOutOn", d.toString())));

  private void milestone(MilestoneKind kind, WorkingGroup group, String title, LocalDate day) {
    calendar.create("MOZ", new MilestoneDetails(ReviewCluster.cluster2, kind, group, title, day), "coordinator");
  }

  private static Date now(int plusSeconds) {
    return new Date(ClockUtil.getCurrentTime().getTime() + plusSeconds * 1000L);
  }

  private static void move(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }
}
