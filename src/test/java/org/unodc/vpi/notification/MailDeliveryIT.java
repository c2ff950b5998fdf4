package org.unodc.vpi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.support.TestSmtp;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.web.api.ApiClient;

/**
 * The outbox against a real SMTP server (GreenMail): who gets which mail, in which language, with
 * which link or calendar; an SMTP outage loses nothing and duplicates nothing; a refused address is
 * shown to coordinators and can be corrected; a node takes back its own claims when it starts again,
 * and those of a node whose lease ran out, never those of a live node. The sender is driven by the test (no scheduling).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-mail;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false",
    "vpi.mail.scheduling=false",
    "vpi.mail.outbox.first-retry-after=PT0S",
    "vpi.platform-url=https://vpi.example.org"})
@ActiveProfiles("demo")
class MailDeliveryIT {

  private static final GreenMail SMTP = TestSmtp.SERVER;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.register(registry);
  }

  @Autowired Notices notices;
  @Autowired OutboxSender sender;
  @Autowired OutboxMailRepository outbox;
  @Autowired DailyDigest digest;
  @Autowired NotificationPreferences preferences;
  @Autowired InitiativeRegister initiatives;
  @Autowired TransactionTemplate transaction;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutboxNodeRepository nodes;
  @Autowired MailMessages messages;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired Clock clock;
  @Autowired DatabaseClock databaseClock;
  @Autowired PlatformTransactionManager transactionManager;

  private ApiClient coordinator;
  private ApiClient csobra;

  @BeforeEach
  void setUp() throws Exception {
    TestSmtp.ensureRunning();
    sender.deliverDue();
    SMTP.purgeEmailFromAllMailboxes();
    coordinator = new ApiClient(rest, "coordinator", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    preferences.change("csobra", "pt", Delivery.IMMEDIATE, true);
  }

  @Test
  void shouldMailEachCandidateOnceInTheirLanguageWithALinkToTheTask() throws Exception {
    TaskNotice task = task(LocalDate.of(2026, 12, 24));
    List<Recipient> to = List.of(preferences.recipient("csobra", "camila@csobra.example", "Camila"),
        preferences.recipient("coordinator", "clara@unodc.example", "Clara"));

    transaction.executeWithoutResult(s -> notices.taskAvailable(task, to));
    transaction.executeWithoutResult(s -> notices.taskAvailable(task, to));
    assertThat(sender.deliverDue()).isEqualTo(2);

    MimeMessage camila = only(SMTP.getReceivedMessagesForDomain("csobra.example"));
    assertThat(camila.getSubject()).contains(task.vpiTitle());
    assertThat(camila.getContentLanguage()).containsExactly("pt");
    assertThat(TestSmtp.text(camila)).contains("https://vpi.example.org/camunda/app/tasklist/default/#/?task=" + task.taskId());
    assertThat(TestSmtp.text(camila)).contains("24 de dezembro de 2026");
    MimeMessage clara = only(SMTP.getReceivedMessagesForDomain("unodc.example"));
    assertThat(TestSmtp.text(clara)).contains("24 December 2026");
    assertThat(sender.deliverDue()).isZero();
  }

  @Test
  void shouldKeepMailsWhileTheServerIsDownAndDeliverEachExactlyOnceWhenItIsBack() throws Exception {
    SMTP.stop();
    List<TaskNotice> tasks = List.of(task(null), task(null), task(null));
    for (TaskNotice task : tasks) {
      transaction.executeWithoutResult(s -> notices.taskAvailable(task,
          List.of(preferences.recipient("csobra", "camila@csobra.example", "Camila"))));
    }

    assertThat(sender.deliverDue()).isZero();
    assertThat(sender.deliverDue()).isZero();
    List<OutboxMail> waiting = mailsAbout(tasks);
    assertThat(waiting).hasSize(3).allSatisfy(mail -> {
      assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
      assertThat(mail.getAttempts()).isEqualTo(2);
      assertThat(mail.getLastError()).isNotBlank();
    });

    SMTP.start();
    assertThat(sender.deliverDue()).isEqualTo(3);
    assertThat(sender.deliverDue()).isZero();

    MimeMessage[] received = SMTP.getReceivedMessages();
    Map<String, Long> copiesById = Arrays.stream(received).map(TestSmtp::mailId)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(copiesById).containsOnlyKeys(waiting.stream().map(m -> String.valueOf(m.getId())).toList())
        .allSatisfy((id, copies) -> assertThat(copies).isOne());
    assertThat(mailsAbout(tasks)).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
  }

  @Test
  void shouldLeaveTheMailsOfALiveNodeAloneAndSendThoseOfANodeWhoseLeaseRanOut() throws Exception {
    TaskNotice live = task(null);
    TaskNotice dead = task(null);
    for (TaskNotice task : List.of(live, dead)) {
      transaction.executeWithoutResult(s -> notices.taskAvailable(task,
          List.of(preferences.recipient("csobra", "camila@csobra.example", "Camila"))));
    }
    // Two other platforms on this database were sending one each; one renews its lease, the other died.
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.update("insert into mail_outbox_node (node_id, lease_until) values ('other-live', ?), ('other-dead', ?)",
        now.plusMinutes(1), now.minusSeconds(1));
    claimAs("other-live", mailsAbout(List.of(live)).get(0), now);
    claimAs("other-dead", mailsAbout(List.of(dead)).get(0), now.minusMinutes(3));

    assertThat(sender.deliverDue()).isEqualTo(1);

    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::mailId))
        .containsExactly(String.valueOf(mailsAbout(List.of(dead)).get(0).getId()));
    assertThat(mailsAbout(List.of(live)).get(0).getStatus()).isEqualTo(MailStatus.SENDING);
    assertThat(mailsAbout(List.of(dead)).get(0).getStatus()).isEqualTo(MailStatus.SENT);

    jdbc.update("delete from mail_outbox_node where node_id in ('other-live', 'other-dead')");
    assertThat(sender.deliverDue()).as("the other node is gone too").isEqualTo(1);
  }

  @Test
  void shouldSendAtOnceWhatThisNodeWasSendingWhenItStoppedOnceItStartsAgain() throws Exception {
    TaskNotice task = task(null);
    transaction.executeWithoutResult(s -> notices.taskAvailable(task,
        List.of(preferences.recipient("csobra", "camila@csobra.example", "Camila"))));
    // Claimed by this node's previous run, which was killed mid-way: its lease has not run out yet.
    jdbc.update("insert into mail_outbox_node (node_id, lease_until, instance_token) values ('node-restarted', ?,"
        + " 'previous-run')", OffsetDateTime.now().plusMinutes(5));
    claimAs("node-restarted", mailsAbout(List.of(task)).get(0), OffsetDateTime.now());

    OutboxSender restarted = newSender("node-restarted", transaction);

    assertThat(restarted.deliverDue()).isEqualTo(1);
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::mailId))
        .containsExactly(String.valueOf(mailsAbout(List.of(task)).get(0).getId()));
    assertThat(mailsAbout(List.of(task)).get(0).getStatus()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void shouldSendTheRestOfABatchAtTheNextPassWhenTheDatabaseWentAwayMidway() throws Exception {
    List<TaskNotice> tasks = queueThree();
    // The database goes away once the server has the first mail: its record, and the rest of the pass, fail.
    AtomicBoolean away = new AtomicBoolean(true);
    OutboxSender node = newSender("node-db-outage", new HookedTransactions(transactionManager, () -> {
      if (away.get() && SMTP.getReceivedMessages().length >= 1) {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
      }
    }));

    assertThatThrownBy(node::deliverDue).isInstanceOf(CannotCreateTransactionException.class);
    assertThat(mailsAbout(tasks)).extracting(OutboxMail::getStatus).containsOnly(MailStatus.SENDING);

    away.set(false);
    assertThat(node.deliverDue()).as("the same node, not restarted, at its next pass: the first is recorded, not sent")
        .isEqualTo(2);
    assertSentOnce(tasks);
  }

  @Test
  void shouldPutBackTheUnsentMailsOfAPassAtOnceWhenOneCommitFailed() throws Exception {
    List<TaskNotice> tasks = queueThree();
    AtomicInteger failures = new AtomicInteger(1);
    OutboxSender node = newSender("node-db-blip", new HookedTransactions(transactionManager, () -> {
      if (SMTP.getReceivedMessages().length >= 1 && failures.getAndDecrement() > 0) {
        throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
      }
    }));

    assertThatThrownBy(node::deliverDue).isInstanceOf(CannotCreateTransactionException.class);
    assertThat(mailsAbout(tasks)).as("the accepted one recorded, the others back in the queue for any node")
        .extracting(OutboxMail::getStatus).containsExactlyInAnyOrder(MailStatus.SENT, MailStatus.PENDING, MailStatus.PENDING);

    assertThat(sender.deliverDue()).isEqualTo(2);
    assertSentOnce(tasks);
  }

  @Test
  void shouldNotSendAMailTakenFromThisPassBeforeItsTurn() throws Exception {
    List<TaskNotice> tasks = queueThree();
    OutboxMail last = mailsAbout(tasks).stream().max(java.util.Comparator.comparing(OutboxMail::getId)).orElseThrow();
    jdbc.update("insert into mail_outbox_node (node_id, lease_until) values ('other-taker', ?)",
        OffsetDateTime.now().plusMinutes(1));
    // Once the first mail went, another node holds the last one (this node's lease ran out meanwhile, say).
    AtomicBoolean taken = new AtomicBoolean();
    OutboxSender node = newSender("node-overtaken", new HookedTransactions(transactionManager, () -> {
      if (SMTP.getReceivedMessages().length >= 1 && taken.compareAndSet(false, true)) {
        claimAs("other-taker", last, OffsetDateTime.now());
      }
    }));

    assertThat(node.deliverDue()).isEqualTo(2);
    assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::mailId))
        .hasSize(2).doesNotContain(String.valueOf(last.getId()));
    assertThat(outbox.findById(last.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENDING);

    jdbc.update("delete from mail_outbox_node where node_id = 'other-taker'");
    assertThat(sender.deliverDue()).as("the other node is gone").isEqualTo(1);
  }

  @Test
  void shouldMoveToAnIdOfItsOwnWhenAnotherRunningPlatformSharesItsNodeId() throws Exception {
    OutboxSender first = newSender("node-shared", transaction);
    OutboxSender second = newSender("node-shared", transaction);
    first.deliverDue();
    second.deliverDue();

    first.deliverDue();

    assertThat(first.node()).as("the one that finds its lease renewed by another").startsWith("node-shared/");
    assertThat(second.node()).isEqualTo("node-shared");
    // From now on a pass of one leaves the other's claims alone (before, each took them back at every pass).
    List<TaskNotice> tasks = queueThree();
    OutboxMail inFlight = mailsAbout(tasks).get(0);
    claimAs(first.node(), inFlight, OffsetDateTime.now());

    assertThat(second.deliverDue()).isEqualTo(2);
    assertThat(outbox.findById(inFlight.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENDING);
    assertThat(first.deliverDue()).as("its own claim, taken back by itself").isEqualTo(1);
    assertThat(first.node()).as("settled: no more moves").startsWith("node-shared/");
    assertThat(second.node()).isEqualTo("node-shared");
    assertSentOnce(tasks);
  }

  private List<TaskNotice> queueThree() {
    List<TaskNotice> tasks = List.of(task(null), task(null), task(null));
    for (TaskNotice task : tasks) {
      transaction.executeWithoutResult(s -> notices.taskAvailable(task,
          List.of(preferences.recipient("csobra", "camila@csobra.example", "Camila"))));
    }
    return tasks;
  }

  /** All SENT, and each received exactly once. */
  private void assertSentOnce(List<TaskNotice> tasks) {
    List<OutboxMail> mails = mailsAbout(tasks);
    assertThat(mails).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
    Map<String, Long> copiesById = Arrays.stream(SMTP.getReceivedMessages()).map(TestSmtp::mailId)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(copiesById).containsOnlyKeys(mails.stream().map(m -> String.valueOf(m.getId())).toList())
        .allSatisfy((id, copies) -> assertThat(copies).as("copies of mail " + id).isEqualTo(1));
  }

  private OutboxSender newSender(String nodeId, TransactionTemplate transactions) {
    return new OutboxSender(outbox, nodes, databaseClock, messages, mailSender, transactions, clock, 50,
        Duration.ZERO, Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(100), nodeId, "0");
  }

  /** Runs a hook before each transaction: the database going away, or another node acting meanwhile. */
  private static final class HookedTransactions extends TransactionTemplate {
    private final Runnable hook;

    HookedTransactions(PlatformTransactionManager manager, Runnable hook) {
      super(manager);
      this.hook = hook;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
      hook.run();
      return super.execute(action);
    }
  }

  private void claimAs(String node, OutboxMail mail, OffsetDateTime at) {
    jdbc.update("update mail_outbox set status = 'SENDING', claim_token = ?, claimed_by = ?, claimed_at = ?,"
        + " version = version + 1 where id = ?", UUID.randomUUID().toString(), node, at, mail.getId());
  }

  @Test
  void shouldShowARefusedAddressToCoordinatorsAndSendItAgainToTheCorrectedOne() throws Exception {
    TaskNotice task = task(null);
    transaction.executeWithoutResult(s -> notices.taskAvailable(task,
        List.of(preferences.recipient("csobra", "camila at csobra.example", "Camila"))));
    sender.deliverDue();

    ResponseEntity<Map<String, Object>> failed = coordinator.get("/api/mails?status=FAILED&size=200");
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> mail = items(failed).stream()
        .filter(m -> "camila at csobra.example".equals(m.get("recipientEmail"))).findFirst().orElseThrow();
    assertThat((String) mail.get("lastError")).isNotBlank();
    assertThat(csobra.get("/api/mails?status=FAILED").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Object id = mail.get("id");
    ResponseEntity<Map<String, Object>> stillBad = coordinator.post("/api/mails/" + id + "/retry",
        Map.of("email", "camila@@csobra"));
    assertThat(stillBad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> retried = coordinator.post("/api/mails/" + id + "/retry",
        Map.of("email", "camila@csobra.example"));
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retried.getBody()).containsEntry("status", "PENDING");

    assertThat(sender.deliverDue()).isEqualTo(1);
    assertThat(only(SMTP.getReceivedMessagesForDomain("csobra.example")).getSubject()).contains(task.vpiTitle());
    assertThat(coordinator.post("/api/mails/" + id + "/retry", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldInviteToAMeetingAndSendAnUpdateAndACancelForTheSameCalendarEvent() throws Exception {
    long vpi = initiatives.register(new NewInitiative("BRA", "Mail test " + UUID.randomUUID(), "other", "cluster1",
        "A", LocalDate.parse("2026-10-01"))).id();
    Map<String, Object> meeting = new HashMap<>(Map.of("initiativeId", vpi, "kind", "VPI_MEETING",
        "startsAt", "2026-12-10T14:00:00-03:00[America/Sao_Paulo]", "place", "Brasília, Ministério da Justiça",
        "agenda", "Priorities; action plan",
        "participants", List.of(Map.of("name", "Ana Souza", "email", "ana@ngo.example", "invited", true,
            "attended", false))));
    ResponseEntity<Map<String, Object>> created = csobra.post("/api/meetings", meeting);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("startsAt")).isEqualTo("2026-12-10T14:00:00-03:00[America/Sao_Paulo]");
    assertThat(sender.deliverDue()).isGreaterThanOrEqualTo(2);

    MimeMessage invitation = only(SMTP.getReceivedMessagesForDomain("ngo.example"));
    VEvent first = event(calendar(invitation));
    assertThat(calendar(invitation).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(first.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("America/Sao_Paulo");
    assertThat(first.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261210T140000");
    assertThat(SMTP.getReceivedMessagesForDomain("vpi.example")).extracting(TestSmtp::to)
        .anyMatch(address -> address.contains("csobra")).anyMatch(address -> address.contains("govbra"))
        .noneMatch(address -> address.contains("moz"));
    List<net.fortuna.ical4j.model.Property> attendees = first.getProperties("ATTENDEE");
    assertThat(attendees).as("each invitee sees only their own address")
        .extracting(net.fortuna.ical4j.model.Property::getValue).containsExactly("mailto:ana@ngo.example");
    Map<String, Object> governmentMeeting = new HashMap<>(meeting);
    governmentMeeting.put("kind", "GOVERNMENT_PLANNING");
    assertThat(csobra.post("/api/meetings", governmentMeeting).getStatusCode()).as("not civil society's to plan")
        .isEqualTo(HttpStatus.FORBIDDEN);
    String uid = first.getProperty("UID").orElseThrow().getValue();
    SMTP.purgeEmailFromAllMailboxes();

    meeting.put("startsAt", "2026-12-11T10:00:00-03:00[America/Sao_Paulo]");
    meeting.put("version", created.getBody().get("version"));
    ResponseEntity<Map<String, Object>> moved = csobra.put("/api/meetings/" + created.getBody().get("id"), meeting);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    sender.deliverDue();
    VEvent update = event(calendar(only(SMTP.getReceivedMessagesForDomain("ngo.example"))));
    assertThat(update.getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
    assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
    assertThat(update.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261211T100000");
    SMTP.purgeEmailFromAllMailboxes();

    ResponseEntity<Map<String, Object>> cancelled = csobra.post("/api/meetings/" + created.getBody().get("id")
        + "/cancellation", Map.of("version", moved.getBody().get("version")));
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    sender.deliverDue();
    Calendar cancel = calendar(only(SMTP.getReceivedMessagesForDomain("ngo.example")));
    assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(event(cancel).getProperty("UID").orElseThrow().getValue()).isEqualTo(uid);
    assertThat(event(cancel).getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
  }

  @Test
  void shouldHoldNoticesForADigestReaderAndSendThemInOneMail() throws Exception {
    preferences.change("csobra", "pt", Delivery.DAILY_DIGEST, true);
    TaskNotice first = task(null);
    TaskNotice second = task(null);
    Recipient camila = preferences.recipient("csobra", "camila@csobra.example", "Camila");
    transaction.executeWithoutResult(s -> notices.taskAvailable(first, List.of(camila)));
    transaction.executeWithoutResult(s -> notices.taskAvailable(second, List.of(camila)));
    transaction.executeWithoutResult(s -> notices.taskReminder(first, List.of(camila)));

    sender.deliverDue();
    assertThat(SMTP.getReceivedMessagesForDomain("csobra.example")).singleElement()
        .satisfies(reminder -> assertThat(reminder.getSubject()).contains(first.vpiTitle()));
    SMTP.purgeEmailFromAllMailboxes();

    digest.send();
    sender.deliverDue();
    MimeMessage daily = only(SMTP.getReceivedMessagesForDomain("csobra.example"));
    assertThat(TestSmtp.text(daily)).contains(first.vpiTitle(), second.vpiTitle());
    assertThat(mailsAbout(List.of(first, second))).filteredOn(m -> m.getKind() == MailKind.TASK_AVAILABLE)
        .extracting(OutboxMail::getStatus).containsExactly(MailStatus.DIGESTED, MailStatus.DIGESTED);
  }

  @Test
  void shouldLeaveOutNoticesAboutOthersWhenTheReaderTurnedThemOff() throws Exception {
    preferences.change("csobra", "pt", Delivery.IMMEDIATE, false);
    Recipient camila = preferences.recipient("csobra", "camila@csobra.example", "Camila");
    TaskNotice task = task(null);
    transaction.executeWithoutResult(s -> {
      notices.taskOverdue(task, List.of(camila));
      notices.stepCompleted(new StepNotice(1, "pi-" + task.taskId(), "callActivity_stakeholderIdentification",
          "Stakeholder identification", task.vpiTitle(), "BRA"), List.of(camila));
      notices.taskReminder(task, List.of(camila));
    });

    assertThat(sender.deliverDue()).isEqualTo(1);
    assertThat(only(SMTP.getReceivedMessagesForDomain("csobra.example")).getSubject()).contains(task.vpiTitle());
    assertThat(mailsAbout(List.of(task))).extracting(OutboxMail::getKind).containsExactly(MailKind.TASK_REMINDER);
  }

  private static TaskNotice task(LocalDate due) {
    String id = UUID.randomUUID().toString();
    return new TaskNotice(id, "userTask_identifyStakeholders", "Identify stakeholders",
        "VPI Brasil " + id.substring(0, 8), "BRA", due, "civilSociety", null);
  }

  private List<OutboxMail> mailsAbout(List<TaskNotice> tasks) {
    List<String> ids = tasks.stream().map(TaskNotice::taskId).toList();
    return outbox.findAll().stream().filter(m -> ids.stream().anyMatch(id -> m.getDedupKey().contains(id))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> page) {
    return (List<Map<String, Object>>) page.getBody().get("items");
  }

  private static MimeMessage only(MimeMessage[] messages) {
    assertThat(messages).hasSize(1);
    return messages[0];
  }

  /** The plain-text part. */
  private static Calendar calendar(MimeMessage message) throws Exception {
    String ics = TestSmtp.calendar(message);
    assertThat(ics).as("the iCalendar attachment").isNotNull();
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

}
