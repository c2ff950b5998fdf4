package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unodc.vpi.notification.OutboxSender;
import org.unodc.vpi.support.TestSmtp;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The workflow's mails against a real SMTP server (GreenMail): a task reaches the people of its
 * role in its country with a link that opens it; the engine's clock passing the reminder time and
 * the due date fires the reminder and the escalation; an SMTP outage holds no step back and every
 * mail arrives exactly once afterwards. The job executor is off: the test runs the timer jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-task-mail;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false",
    "vpi.mail.scheduling=false",
    "vpi.mail.outbox.first-retry-after=PT0S",
    "camunda.bpm.job-execution.enabled=false",
    "vpi.platform-url=https://vpi.example.org"})
@ActiveProfiles("demo")
class TaskMailIT {

  private static final GreenMail SMTP = TestSmtp.SERVER;
  private static final String STAKEHOLDERS = "Instituto Alfa; NGO; info@alfa.example";
  private static final String TASKLIST_LINK = "https://vpi.example.org/camunda/app/tasklist/default/#/?task=";

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry);
  }

  @Autowired TestRestTemplate rest;
  @Autowired OutboxSender sender;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private EngineRestClient coordinator;
  private EngineRestClient csobra;
  private String vpi;

  @BeforeEach
  void startVpi() throws Exception {
    TestSmtp.ensureRunning();
    coordinator = new EngineRestClient(rest, "coordinator", "demo");
    csobra = new EngineRestClient(rest, "csobra", "demo");
    vpi = (String) coordinator.post("/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        Map.of("country", "BRA", "vpiTitle", "VPI Brasil mail " + System.nanoTime())).getBody().get("id");
    complete(coordinator, "userTask_recordStateConsent", Map.of("consentDecision", "given",
        "consentDate", "2026-10-01", "consentReference", "Note verbale 1/2026", "thematicFocus",
        "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "B"));
    complete(coordinator, "userTask_identifyStakeholders", Map.of("stakeholderOrganisations",
        STAKEHOLDERS, "ngoCount", 1, "academiaCount", 0, "privateSectorCount", 0));
    sender.deliverDue();
  }

  @AfterEach
  void resetClockAndMailbox() throws Exception {
    ClockUtil.reset();
    SMTP.purgeEmailFromAllMailboxes();
  }

  @Test
  void shouldMailATaskToThePeopleOfItsRoleInItsCountryWithALinkThatOpensIt() throws Exception {
    Task focalPoint = task("userTask_nominateFocalPoint");

    MimeMessage mail = only(mailsAbout(focalPoint));
    assertThat(TestSmtp.to(mail)).contains("csobra@vpi.example");
    assertThat(mail.getContentLanguage()).containsExactly("pt");
    assertThat(TestSmtp.text(mail)).contains(TASKLIST_LINK + focalPoint.getId());
    // The link works for its reader: Tasklist answers, and the task it names is the reader's to see.
    assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(csobra.get("/task/" + focalPoint.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(focalPoint.getDueDate()).as("every task gets a due date").isNotNull();
  }

  @Test
  void shouldRemindBeforeTheDueDateAndTellTheCoordinatorsOnceItHasPassed() throws Exception {
    Task focalPoint = task("userTask_nominateFocalPoint");
    SMTP.purgeEmailFromAllMailboxes();

    ClockUtil.setCurrentTime(new Date(focalPoint.getDueDate().getTime() - Duration.ofDays(1).toMillis()));
    assertThat(runDueTimers(focalPoint)).isOne();
    sender.deliverDue();
    MimeMessage reminder = only(mailsAbout(focalPoint));
    assertThat(TestSmtp.to(reminder)).contains("csobra@vpi.example");

    SMTP.purgeEmailFromAllMailboxes();
    ClockUtil.setCurrentTime(new Date(focalPoint.getDueDate().getTime() + Duration.ofHours(1).toMillis()));
    assertThat(runDueTimers(focalPoint)).isOne();
    sender.deliverDue();
    MimeMessage escalation = only(mailsAbout(focalPoint));
    assertThat(TestSmtp.to(escalation)).contains("coordinator@vpi.example");
    assertThat(runDueTimers(focalPoint)).as("each fires once").isZero();
  }

  @Test
  void shouldCompleteStepsWhileTheMailServerIsDownAndDeliverEveryMailOnceWhenItIsBack() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    SMTP.stop();
    complete(csobra, "userTask_nominateFocalPoint", Map.of("focalPointName", "Ana Souza",
        "focalPointOrganisation", "Instituto Alfa", "focalPointEmail", "ana@alfa.example",
        "focalPointPhone", "+55 61 1234 5678", "focalPointLanguage", "pt", "stakeholderOrganisations", STAKEHOLDERS));
    complete(coordinator, "userTask_scheduleGovernmentPlanningMeeting", Map.of(
        "governmentMeetingDate", "2026-11-10", "governmentMeetingVenue", "Ministry of Justice, Brasília"));
    assertThat(sender.deliverDue()).as("nothing gets through while the server is down").isZero();
    assertThat(sender.deliverDue()).isZero();

    SMTP.start();
    int delivered = sender.deliverDue();
    assertThat(delivered).isPositive();
    assertThat(sender.deliverDue()).isZero();
    Map<String, Long> copies = Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::mailId)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(copies).hasSize(delivered).allSatisfy((id, count) -> assertThat(count).isOne());
    // Both steps' mails: the next tasks for the coordinator and the government, and the meeting's invitations.
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::to))
        .anyMatch(address -> address.contains("govbra@vpi.example"))
        .anyMatch(address -> address.contains("coordinator@vpi.example"));
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> TestSmtp.calendar(m) != null)).isNotEmpty();
  }

  private Task task(String key) {
    List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(key).list().stream()
        .filter(t -> vpiOf(t).equals(vpi)).toList();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** The main VPI process above a task's (sub)process. */
  private String vpiOf(Task task) {
    String instance = task.getProcessInstanceId();
    while (true) {
      var execution = org.unodc.vpi.workflow.TaskMailIT.this.superOf(instance);
      if (execution == null) {
        return instance;
      }
      instance = execution;
    }
  }

  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  private String superOf(String processInstanceId) {
    var sub = runtimeService.createProcessInstanceQuery().subProcessInstanceId(processInstanceId).singleResult();
    return sub == null ? null : sub.getId();
  }

  /** Runs the timer jobs of the task's execution that are due on the engine's clock. */
  private int runDueTimers(Task task) {
    List<Job> due = managementService.createJobQuery().timers().executionId(task.getExecutionId()).list().stream()
        .filter(job -> !job.getDuedate().after(ClockUtil.getCurrentTime())).toList();
    due.forEach(job -> managementService.executeJob(job.getId()));
    return due.size();
  }

  private void complete(EngineRestClient user, String taskKey, Map<String, Object> form) {
    Task task = task(taskKey);
    assertThat(user.post("/task/" + task.getId() + "/submit-form", form).getStatusCode())
        .as("%s completes %s", taskKey, task.getId()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private static List<MimeMessage> mailsAbout(Task task) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> TestSmtp.text(m).contains(task.getId())).toList();
  }

  private static MimeMessage only(List<MimeMessage> messages) {
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

}
