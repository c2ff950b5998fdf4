package org.unodc.vpi.benchmark;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;
import org.unodc.vpi.VpiPlatformApplication;
import org.unodc.vpi.notification.MailKind;
import org.unodc.vpi.notification.MailTemplates;
import org.unodc.vpi.notification.Notices;
import org.unodc.vpi.notification.OutboxSender;
import org.unodc.vpi.notification.Recipient;
import org.unodc.vpi.notification.TaskNotice;

/**
 * Throughput and exactly-once delivery of the mail outbox against a local SMTP server (GreenMail).
 * Not a test (surefire never runs it): run it with {@code bench/mail-outbox-benchmark.sh}.
 *
 * <p>It starts the platform with the demo profile on an in-memory H2 database of its own (no
 * embedded SMTP, no scheduled sender, retries due at once), and a GreenMail SMTP server of its
 * own on a free port. Then:
 * <ol>
 *   <li>Delivery: queues {@code bench.mails} task notices through {@link Notices} (one mail each,
 *       100 per transaction, as many workflow steps would), then calls
 *       {@link OutboxSender#deliverDue()} until no mail is waiting; both timed.</li>
 *   <li>Outage: queues {@code bench.outageMails} more; while they are being delivered the SMTP
 *       server stops once it has half of them, stays down {@code bench.outageSeconds} while the
 *       sender keeps trying, and starts again; the sender delivers the rest. With
 *       {@code bench.outage=boundary} (the default) the server stops between two SMTP sessions of
 *       the sender; with {@code abrupt} it stops whenever it has half, usually in the middle of a
 *       session: then the mail in flight may have been stored by the server without the sender
 *       hearing so, and it goes out again (SMTP's own window: at most one copy per cut, with the
 *       same Message-ID, which receiving systems drop).</li>
 *   <li>Where the time goes: the queueing and delivering thread sampled every few milliseconds
 *       (what share of the time goes to rendering, SMTP, each database step); rendering alone
 *       ({@link MailTemplates}); the same number of messages handed straight to Spring's
 *       {@link JavaMailSender} in batches of the outbox's size (SMTP alone).</li>
 * </ol>
 * Every message the server received is counted by its {@code X-VPI-Mail-Id} header against the
 * outbox ids: lost = queued and never received, duplicated = received more than once. Exit status
 * 0 only when both are zero in both phases.
 *
 * <p>System properties: {@code bench.mails} (10000), {@code bench.outageMails} (bench.mails / 2),
 * {@code bench.outageSeconds} (3), {@code bench.outage} (boundary or abrupt), {@code bench.firstRetryAfter}
 * (PT0S), {@code bench.batchSize} (the outbox's batch size, 50), {@code bench.perTransaction} (notices
 * queued per transaction, 100), {@code bench.sampleMs} (5).
 */
public final class MailOutboxBenchmark {

  private static final int MAILS = Integer.getInteger("bench.mails", 10_000);
  private static final int OUTAGE_MAILS = Integer.getInteger("bench.outageMails", MAILS / 2);
  private static final int OUTAGE_SECONDS = Integer.getInteger("bench.outageSeconds", 3);
  private static final String FIRST_RETRY_AFTER = System.getProperty("bench.firstRetryAfter", "PT0S");
  private static final String BATCH_SIZE = System.getProperty("bench.batchSize", "50");
  private static final boolean ABRUPT = "abrupt".equals(System.getProperty("bench.outage", "boundary"));
  private static final int SAMPLE_MS = Integer.getInteger("bench.sampleMs", 5);
  private static final int PER_TRANSACTION = Integer.getInteger("bench.perTransaction", 100);
  private static final int READERS = 100;
  private static final List<Locale> LANGUAGES = MailTemplates.LANGUAGES;
  private static final String MAIL_ID_HEADER = "X-VPI-Mail-Id";

  private final ConfigurableApplicationContext context;
  private final GreenMail smtp;
  private final Notices notices;
  private final OutboxSender sender;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> profiles = new ArrayList<>();

  private MailOutboxBenchmark(ConfigurableApplicationContext context, GreenMail smtp) {
    this.context = context;
    this.smtp = smtp;
    this.notices = context.getBean(Notices.class);
    this.sender = context.getBean(OutboxSender.class);
    this.transaction = context.getBean(TransactionTemplate.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
  }

  /** What one phase found: received copies per outbox id. */
  record Check(int queued, int received, int lost, int duplicated, Map<String, Long> statuses) {
    boolean passes() {
      return lost == 0 && duplicated == 0;
    }
  }

  public static void main(String[] args) throws Exception {
    int port = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    long started = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(VpiPlatformApplication.class)
        .profiles("demo")
        .logStartupInfo(false)
        .initializers(starting -> starting.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof JavaMailSenderImpl sender ? new TimedMailSender(sender) : bean;
          }
        }))
        .run(concat(args,
            "--spring.datasource.url=jdbc:h2:mem:vpi-mail-benchmark;DB_CLOSE_DELAY=-1",
            "--vpi.mail.embedded-smtp.enabled=false",
            "--vpi.mail.scheduling=false",
            "--vpi.mail.outbox.first-retry-after=" + FIRST_RETRY_AFTER,
            "--vpi.mail.outbox.batch-size=" + BATCH_SIZE,
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + port,
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.org.unodc=ERROR"));
    int exit = 1;
    try {
      System.out.printf(Locale.ROOT, "Platform started in %.1f s; SMTP server (GreenMail) on 127.0.0.1:%d%n",
          seconds(started), port);
      exit = new MailOutboxBenchmark(context, smtp).run();
    } finally {
      context.close();
      smtp.stop();
    }
    System.exit(exit);
  }

  private int run() throws Exception {
    // Whatever the demo data queued at start-up goes out first, so that the phases time their own mails.
    sender.deliverDue();
    smtp.purgeEmailFromAllMailboxes();

    Check delivery = deliveryPhase();
    smtp.purgeEmailFromAllMailboxes();
    Check outage = outagePhase();
    smtp.purgeEmailFromAllMailboxes();
    whereTheTimeGoes();

    System.out.println();
    System.out.printf(Locale.ROOT, "%d cores, -Xmx%d MiB, %d notices per transaction, outbox batch size %s,"
            + " first retry after %s, H2 in memory, GreenMail on localhost%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024), PER_TRANSACTION,
        BATCH_SIZE, FIRST_RETRY_AFTER);
    String format = "| %-58s | %20s |%n";
    System.out.printf(Locale.ROOT, format, "measure", "value");
    System.out.printf(Locale.ROOT, format, "-".repeat(58), "-".repeat(19) + ":");
    for (String[] row : rows) {
      System.out.printf(Locale.ROOT, format, row[0], row[1]);
    }
    profiles.forEach(System.out::print);
    boolean passes = delivery.passes() && outage.passes();
    System.out.println();
    System.out.println(passes ? "Nothing lost, nothing duplicated." : "LOST OR DUPLICATED MAILS: see the table.");
    return passes ? 0 : 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Phase 1: queue and deliver

  private Check deliveryPhase() throws InterruptedException {
    System.out.printf(Locale.ROOT, "%nDelivery: queueing %,d notices...%n", MAILS);
    Sampler queueing = Sampler.start(Thread.currentThread(), QUEUE_STEPS);
    double queueSeconds = queue("p1", MAILS);
    profiles.add(queueing.stop("Queueing " + MAILS + " mails"));
    row("delivery: mails queued", MAILS);
    row("delivery: queueing time (s)", fmt(queueSeconds));
    row("delivery: queue rate (mails/s)", fmt(MAILS / queueSeconds));

    System.out.printf(Locale.ROOT, "Delivery: delivering them...%n");
    Sampler delivering = Sampler.start(Thread.currentThread(), DELIVERY_STEPS);
    long started = System.nanoTime();
    int calls = 0;
    int accepted = 0;
    while (waiting("p1") > 0) {
      accepted += sender.deliverDue();
      calls++;
    }
    double deliverySeconds = seconds(started);
    profiles.add(delivering.stop("Delivering " + MAILS + " mails"));
    row("delivery: delivery time (s)", fmt(deliverySeconds));
    row("delivery: throughput (mails/s)", fmt(MAILS / deliverySeconds));
    row("delivery: deliverDue() calls / accepted", calls + " / " + accepted);
    return check("delivery", "p1", List.of(smtp.getManagers()));
  }

  // ---------------------------------------------------------------------------------------------
  // Phase 2: the SMTP server goes away half-way and comes back

  private Check outagePhase() throws Exception {
    TimedMailSender.MESSAGES.set(0);
    System.out.printf(Locale.ROOT, "Outage: queueing %,d notices; the SMTP server stops after %,d of them,"
        + " for %d s...%n", OUTAGE_MAILS, OUTAGE_MAILS / 2, OUTAGE_SECONDS);
    queue("p2", OUTAGE_MAILS);
    List<Managers> stores = new ArrayList<>();
    AtomicLong stoppedAt = new AtomicLong();
    AtomicLong restartedAt = new AtomicLong();
    Managers first = smtp.getManagers();
    Runnable outage = () -> {
      smtp.stop();
      stoppedAt.set(System.nanoTime());
      Thread restart = new Thread(() -> {
        try {
          Thread.sleep(OUTAGE_SECONDS * 1000L);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        smtp.start();
        restartedAt.set(System.nanoTime());
      }, "smtp-restart");
      restart.start();
    };
    Thread abrupt = null;
    if (ABRUPT) {
      abrupt = new Thread(() -> {
        smtp.waitForIncomingEmail(600_000, OUTAGE_MAILS / 2);
        outage.run();
      }, "smtp-outage");
      abrupt.start();
    } else {
      // The outbox opens a session per pass (SmtpSession asks the sender for its mail session then).
      TimedMailSender.beforeSession(handedOver -> {
        if (smtp.getReceivedMessages().length >= OUTAGE_MAILS / 2 && stoppedAt.get() == 0) {
          outage.run();
        }
      });
    }

    long started = System.nanoTime();
    int calls = 0;
    int callsWhileDown = 0;
    int accepted = 0;
    while (waiting("p2") > 0) {
      boolean down = stoppedAt.get() != 0 && restartedAt.get() == 0;
      int sent = sender.deliverDue();
      accepted += sent;
      calls++;
      callsWhileDown += down ? 1 : 0;
      if (sent == 0) {
        Thread.sleep(50);
      }
    }
    double seconds = seconds(started);
    TimedMailSender.beforeSession(null);
    if (abrupt != null) {
      abrupt.join();
    }
    while (stoppedAt.get() != 0 && restartedAt.get() == 0) {
      Thread.sleep(50);
    }
    // GreenMail forgets what it holds when it stops: count what the first run received, then the second.
    stores.add(first);
    if (smtp.getManagers() != first) {
      stores.add(smtp.getManagers());
    }

    long attempts = jdbc.queryForObject("select coalesce(sum(attempts), 0) from mail_outbox where dedup_key like ?",
        Long.class, pattern("p2"));
    row("outage: mails queued", OUTAGE_MAILS);
    row("outage: SMTP server stopped", ABRUPT ? "abruptly, mid-session" : "between two sessions");
    row("outage: SMTP server down (s)", fmt((restartedAt.get() - stoppedAt.get()) / 1e9));
    row("outage: delivery time incl. outage (s)", fmt(seconds));
    row("outage: deliverDue() calls (begun while down) / accepted", calls + " (" + callsWhileDown + ") / " + accepted);
    row("outage: SMTP attempts (failed)", attempts + " (" + (attempts - OUTAGE_MAILS) + ")");
    return check("outage", "p2", stores);
  }

  // ---------------------------------------------------------------------------------------------
  // Where the time goes

  /** Rendering alone, and the SMTP conversation alone (Spring's sender, batches as the outbox sends them). */
  private void whereTheTimeGoes() throws MessagingException {
    MailTemplates templates = context.getBean(MailTemplates.class);
    int n = MAILS;
    long started = System.nanoTime();
    for (int i = 0; i < n; i++) {
      TaskNotice task = task("p0", i);
      templates.render(MailKind.TASK_AVAILABLE, LANGUAGES.get(i % LANGUAGES.size()), Map.of("task", task,
          "taskUrl", "http://localhost/task/" + i, "extendUrl", "http://localhost/extend", "countryName", "Brasil",
          "recipientName", "Reader " + i, "platformUrl", "http://localhost", "preferencesUrl", "http://localhost/p"));
    }
    double render = seconds(started);
    row("alone: rendering (text + HTML), mails/s", fmt(n / render));

    Map<String, Object> sample = jdbc.queryForMap("select subject, text_body, html_body from mail_outbox"
        + " where dedup_key like ? order by id fetch first 1 rows only", pattern("p1"));
    JavaMailSender mail = context.getBean(JavaMailSender.class);
    int batch = Integer.parseInt(BATCH_SIZE);
    started = System.nanoTime();
    for (int from = 0; from < n; from += batch) {
      List<MimeMessage> messages = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + batch); i++) {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
            StandardCharsets.UTF_8.name());
        helper.setFrom("no-reply@vpi.example");
        helper.setTo("reader" + (i % READERS) + "@bench.example");
        helper.setSubject((String) sample.get("SUBJECT"));
        helper.setText((String) sample.get("TEXT_BODY"), (String) sample.get("HTML_BODY"));
        messages.add(message);
      }
      mail.send(messages.toArray(MimeMessage[]::new));
    }
    double smtpSeconds = seconds(started);
    row("alone: SMTP, same mails, batches of " + batch + ", mails/s", fmt(n / smtpSeconds));
    row("mail size (text + HTML characters)", ((String) sample.get("TEXT_BODY")).length() + " + "
        + ((String) sample.get("HTML_BODY")).length());
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Spring's sender as the platform configures it, timing each SMTP session ({@code send} of a
   * batch: connect, the messages, quit) and able to stop the server between two sessions.
   */
  static final class TimedMailSender extends JavaMailSenderImpl {

    static final AtomicLong NANOS = new AtomicLong();
    static final AtomicInteger MESSAGES = new AtomicInteger();
    private static volatile java.util.function.IntConsumer beforeSession;

    TimedMailSender(JavaMailSenderImpl configured) {
      setHost(configured.getHost());
      setPort(configured.getPort());
      setUsername(configured.getUsername());
      setPassword(configured.getPassword());
      setProtocol(configured.getProtocol());
      setDefaultEncoding(configured.getDefaultEncoding());
      setJavaMailProperties(configured.getJavaMailProperties());
    }

    /** Called with the number of messages handed over so far, before each session. */
    static void beforeSession(java.util.function.IntConsumer hook) {
      beforeSession = hook;
    }

    /** The outbox asks for the mail session once per SMTP session it opens (SmtpSession). */
    @Override
    public synchronized jakarta.mail.Session getSession() {
      java.util.function.IntConsumer hook = beforeSession;
      if (hook != null) {
        hook.accept(MESSAGES.get());
      }
      return super.getSession();
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
      java.util.function.IntConsumer hook = beforeSession;
      if (hook != null) {
        hook.accept(MESSAGES.get());
      }
      long started = System.nanoTime();
      try {
        super.doSend(mimeMessages, originalMessages);
      } finally {
        NANOS.addAndGet(System.nanoTime() - started);
        MESSAGES.addAndGet(mimeMessages.length);
      }
    }
  }

  /** Where a sample of the queueing thread is: the first step whose marker is on its stack. */
  static final Map<String, String> QUEUE_STEPS = steps(
      "MailTemplates.render", "rendering the mail (Thymeleaf, text + HTML)",
      "existsByDedupKey", "dedup check (select)",
      "NotificationPreferences.of", "reader's preferences (select)",
      "SimpleJpaRepository.save", "insert into mail_outbox",
      "PlatformTransactionManager.commit", "commit",
      "MailOutbox.queue", "MailOutbox.queue, other",
      "MailOutboxBenchmark.queue", "benchmark (its own count query, transactions)");

  /** Where a sample of the delivering thread is. */
  static final Map<String, String> DELIVERY_STEPS = steps(
      "SmtpSession.", "SMTP session (connect, each message, quit)",
      "MailMessages.of", "building the MIME messages",
      "PlatformTransactionManager.commit", "commit (claim, record)",
      "OutboxSender.lambda$claim", "claim: select due ids, update, load the batch",
      "OutboxSender.lambda$record", "record: load the batch, mark each row",
      "OutboxSender.lambda$deliverDue", "release stale claims",
      "OutboxSender.", "OutboxSender, other",
      "MailOutboxBenchmark.waiting", "benchmark (its own count query)");

  private static Map<String, String> steps(String... markerAndLabel) {
    Map<String, String> steps = new LinkedHashMap<>();
    for (int i = 0; i < markerAndLabel.length; i += 2) {
      steps.put(markerAndLabel[i], markerAndLabel[i + 1]);
    }
    return steps;
  }

  /**
   * A poor man's profiler: the stack of one thread every {@code bench.sampleMs}, counted by step
   * (the first marker of {@code steps} found on it) and by innermost frame.
   */
  static final class Sampler implements Runnable {

    private final Thread target;
    private final Map<String, String> steps;
    private final Map<String, Integer> bySteps = new ConcurrentHashMap<>();
    private final Map<String, Integer> byFrame = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private int samples;

    private Sampler(Thread target, Map<String, String> steps) {
      this.target = target;
      this.steps = steps;
      this.thread = new Thread(this, "sampler");
      thread.setDaemon(true);
    }

    static Sampler start(Thread target, Map<String, String> steps) {
      Sampler sampler = new Sampler(target, steps);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running.get()) {
        StackTraceElement[] stack = target.getStackTrace();
        if (stack.length > 0) {
          samples++;
          String step = step(stack);
          bySteps.merge(step, 1, Integer::sum);
          byFrame.merge(step + "  <  " + libraryFrame(stack), 1, Integer::sum);
        }
        try {
          Thread.sleep(SAMPLE_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** The innermost frame outside the JDK: which library the time is spent in, and where. */
    private static String libraryFrame(StackTraceElement[] stack) {
      for (StackTraceElement frame : stack) {
        String type = frame.getClassName();
        if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
          return type.replaceAll("^(\\w+\\.\\w+)\\..*\\.", "$1..") + "." + frame.getMethodName();
        }
      }
      return stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    private String step(StackTraceElement[] stack) {
      for (Map.Entry<String, String> step : steps.entrySet()) {
        for (StackTraceElement frame : stack) {
          String name = frame.getClassName() + "." + frame.getMethodName();
          if (name.contains(step.getKey())) {
            return step.getValue();
          }
        }
      }
      return "other";
    }

    String stop(String title) throws InterruptedException {
      running.set(false);
      thread.join();
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "%n%s: where the time goes (%d samples, one every %d ms)%n", title, samples, SAMPLE_MS));
      appendTop(out, bySteps, 12);
      out.append("  by step and innermost frame outside the JDK:\n");
      appendTop(out, byFrame, 12);
      return out.toString();
    }

    private void appendTop(StringBuilder out, Map<String, Integer> counts, int limit) {
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
          .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue()
              / Math.max(1, samples), e.getKey())));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Queues {@code count} task notices, one reader each, {@code bench.perTransaction} per transaction; seconds. */
  private double queue(String phase, int count) {
    long started = System.nanoTime();
    for (int from = 0; from < count; from += PER_TRANSACTION) {
      int first = from;
      transaction.executeWithoutResult(status -> {
        for (int i = first; i < Math.min(count, first + PER_TRANSACTION); i++) {
          int reader = i % READERS;
          notices.taskAvailable(task(phase, i), List.of(new Recipient("benchreader" + reader,
              "reader" + reader + "@bench.example", "Reader " + reader, LANGUAGES.get(reader % LANGUAGES.size()))));
        }
      });
    }
    double seconds = seconds(started);
    long queued = jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class,
        pattern(phase));
    if (queued != count) {
      throw new IllegalStateException("Queued " + count + " notices but the outbox holds " + queued);
    }
    return seconds;
  }

  private static TaskNotice task(String phase, int i) {
    return new TaskNotice("bench-" + phase + "-" + i, "userTask_identifyStakeholders", "Identify stakeholders",
        "VPI Benchmark " + (i % 190), "BRA", LocalDate.of(2026, 12, 24), "civilSociety", null);
  }

  /** Mails of the phase still to go: waiting for an attempt or being sent. */
  private long waiting(String phase) {
    return jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?"
        + " and status in ('PENDING', 'SENDING')", Long.class, pattern(phase));
  }

  private Check check(String name, String phase, List<Managers> stores) {
    List<Long> ids = jdbc.queryForList("select id from mail_outbox where dedup_key like ?", Long.class,
        pattern(phase));
    Map<Long, Integer> copies = new HashMap<>();
    int received = 0;
    for (Managers store : stores) {
      for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
        String id = header(stored.getMimeMessage());
        if (id != null) {
          copies.merge(Long.parseLong(id), 1, Integer::sum);
          received++;
        }
      }
    }
    Set<Long> queued = Set.copyOf(ids);
    int lost = (int) ids.stream().filter(id -> !copies.containsKey(id)).count();
    int duplicated = (int) copies.entrySet().stream().filter(e -> queued.contains(e.getKey()) && e.getValue() > 1)
        .count();
    Map<String, Long> statuses = new LinkedHashMap<>();
    jdbc.query("select status, count(*) from mail_outbox where dedup_key like ? group by status order by status",
        rs -> {
          statuses.put(rs.getString(1), rs.getLong(2));
        }, pattern(phase));
    row(name + ": messages received by the SMTP server", received);
    row(name + ": lost (queued, never received)", lost);
    row(name + ": duplicated (received more than once)", duplicated);
    row(name + ": outbox status counts", statuses.toString().replaceAll("[{}]", ""));
    return new Check(ids.size(), received, lost, duplicated, statuses);
  }

  private static String header(MimeMessage message) {
    try {
      String[] values = message.getHeader(MAIL_ID_HEADER);
      return values == null || values.length == 0 ? null : values[0];
    } catch (MessagingException e) {
      return null;
    }
  }

  /** The dedup keys of a phase's mails: {@code task-available:task:bench-<phase>-<i>:<user>}. */
  private static String pattern(String phase) {
    return "%:task:bench-" + phase + "-%";
  }

  private void row(String measure, Object value) {
    rows.add(new String[] {measure, String.valueOf(value)});
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = Arrays.copyOf(second, second.length + first.length);
    System.arraycopy(first, 0, all, second.length, first.length);
    return all;
  }
}
