package org.unodc.vpi.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.unodc.vpi.resilience.VpiSteps.Step;

/**
 * Drives VPIs through engine-rest, one client per VPI, all at once; kills the platform with
 * SIGKILL while their completions are in flight; starts it again on the same database; then
 * checks what a user would: every start and completion that was answered 2xx is there (its task
 * closed, the next one open, its form's fields recorded), no VPI is half-way through a step,
 * every VPI can go on, and every queued mail reached the SMTP server, once (a copy is allowed
 * only for a mail the server accepted in the instant before the kill: SMTP's own window).
 */
final class CrashDrill {

  /** What the drill found. */
  record Outcome(int acknowledged, int acknowledgedLost, int inFlightAtKill, List<String> problems,
      int mailsSent, int mailsReceived, int mailsMissing, int mailsDuplicated, Map<String, Long> outbox,
      double secondsToDrain) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "acknowledged 2xx before the kill: %d, lost after restart: %d,"
          + " requests in flight at the kill: %d; mails: %d sent, %d received, %d missing, %d duplicated;"
          + " outbox %s, drained %.1f s after the restart; problems: %s", acknowledged, acknowledgedLost,
          inFlightAtKill, mailsSent, mailsReceived, mailsMissing, mailsDuplicated, outbox, secondsToDrain,
          problems.isEmpty() ? "none" : String.join("; ", problems));
    }
  }

  private final class Vpi {
    final int n;
    final List<Step> steps;
    volatile String id;
    volatile String businessKey;
    /** Steps answered 2xx (index into steps). */
    final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();

    Vpi(int n) {
      this.n = n;
      this.steps = VpiSteps.of(runId, n);
    }
  }

  private final PlatformProcess platform;
  private final GreenMail smtp;
  private final Map<String, String> passwords;
  private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();

  /** {@code passwords}: of coordinator, govbra and csobra, the users who do the steps. */
  CrashDrill(PlatformProcess platform, GreenMail smtp, Map<String, String> passwords) {
    this.platform = platform;
    this.smtp = smtp;
    this.passwords = passwords;
  }

  /**
   * With the platform running: {@code vpis} clients at once; the kill comes once at least
   * {@code killAfter} has passed since the first 2xx and {@code minAcknowledged} completions were answered 2xx.
   */
  Outcome run(int vpis, Duration killAfter, int minAcknowledged) throws Exception {
    List<Vpi> all = new ArrayList<>();
    for (int n = 1; n <= vpis; n++) {
      all.add(new Vpi(n));
    }
    ExecutorService clients = Executors.newFixedThreadPool(vpis);
    long started = System.nanoTime();
    all.forEach(vpi -> clients.submit(() -> drive(vpi, 0, true, Integer.MAX_VALUE)));
    // The clock starts at the first answer: the platform's first requests are slow (caches, JIT).
    long deadline = started + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && acknowledged.get() == 0) {
      Thread.sleep(5);
    }
    long firstAnswer = System.nanoTime();
    while (System.nanoTime() < deadline && (System.nanoTime() - firstAnswer < killAfter.toNanos()
        || acknowledged.get() < minAcknowledged)) {
      Thread.sleep(5);
    }
    int inFlightAtKill = inFlight.get();
    int acknowledgedAtKill = acknowledged.get();
    platform.kill();
    clients.shutdown();
    if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
      problems.add("clients still waiting for answers 60 s after the kill");
    }
    // Copies only: a client may record an answer that arrived just before the kill.
    int acknowledgedTotal = acknowledged.get();

    long restarted = System.nanoTime();
    platform.start("coordinator", passwords.get("coordinator"));
    PlatformClient coordinator = client("coordinator");
    int lost = 0;
    for (Vpi vpi : all) {
      lost += check(vpi, coordinator);
    }
    // Every VPI goes on from where it stands: one step more each.
    ExecutorService after = Executors.newFixedThreadPool(vpis);
    Map<Vpi, Integer> doneAtRestart = new HashMap<>();
    for (Vpi vpi : all) {
      if (vpi.id != null) {
        doneAtRestart.put(vpi, completedSteps(vpi, coordinator));
        after.submit(() -> drive(vpi, doneAtRestart.get(vpi), false, 1));
      }
    }
    after.shutdown();
    if (!after.awaitTermination(120, TimeUnit.SECONDS)) {
      problems.add("VPIs not a step further within 120 s after the restart");
    }
    for (Vpi vpi : all) {
      if (vpi.id != null && completedSteps(vpi, coordinator) != Math.min(vpi.steps.size(), doneAtRestart.get(vpi) + 1)) {
        problems.add("VPI " + vpi.n + " could not go on after the restart");
      }
    }
    return mails(coordinator, acknowledgedTotal, lost, inFlightAtKill, restarted);
  }

  /** Does the steps from {@code from} on; stops at the first request without an answer (the kill). */
  private void drive(Vpi vpi, int from, boolean beforeKill, int atMost) {
    try {
      if (vpi.id == null) {
        PlatformClient coordinator = client("coordinator");
        PlatformClient.Answer started = inFlight(() -> coordinator.post(
            "/engine-rest/process-definition/key/vpi-initiative/submit-form",
            PlatformClient.variables(VpiSteps.start(runId, vpi.n))));
        if (!started.ok()) {
          problems.add("VPI " + vpi.n + " start answered " + started.status() + ": " + started.body());
          return;
        }
        vpi.id = started.body().path("id").asText();
        if (beforeKill) {
          acknowledged.incrementAndGet();
        }
      }
      for (int i = from; i < Math.min(vpi.steps.size(), from + atMost); i++) {
        Step step = vpi.steps.get(i);
        PlatformClient user = client(step.user());
        String taskId = openTask(vpi, step, user);
        if (taskId == null) {
          problems.add("VPI " + vpi.n + ": no open " + step.taskKey() + " for " + step.user());
          return;
        }
        PlatformClient.Answer done = inFlight(() -> user.post("/engine-rest/task/" + taskId + "/submit-form",
            PlatformClient.variables(step.form())));
        if (!done.ok()) {
          problems.add("VPI " + vpi.n + " " + step.taskKey() + " answered " + done.status() + ": " + done.body());
          return;
        }
        if (beforeKill) {
          vpi.acknowledged.add(i);
          acknowledged.incrementAndGet();
        }
        if (vpi.businessKey == null) {
          vpi.businessKey = businessKey(vpi, client("coordinator"));
        }
      }
    } catch (IOException killed) {
      // no answer: the platform is gone (before the restart, that is the point)
      if (!beforeKill) {
        problems.add("VPI " + vpi.n + ": no answer after the restart: " + killed);
      }
    } catch (RuntimeException e) {
      problems.add("VPI " + vpi.n + ": " + e);
    }
  }

  private interface Call {
    PlatformClient.Answer call() throws IOException;
  }

  private PlatformClient.Answer inFlight(Call call) throws IOException {
    inFlight.incrementAndGet();
    try {
      return call.call();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private String openTask(Vpi vpi, Step step, PlatformClient user) throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      JsonNode tasks = user.get("/engine-rest/task?taskDefinitionKey=" + step.taskKey() + "&" + scope(vpi)).body();
      if (tasks.size() == 1) {
        return tasks.get(0).path("id").asText();
      }
      if (tasks.size() > 1) {
        problems.add("VPI " + vpi.n + ": " + tasks.size() + " open " + step.taskKey());
        return null;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private String scope(Vpi vpi) {
    return vpi.businessKey != null ? "processInstanceBusinessKey=" + PlatformClient.encode(vpi.businessKey)
        : "processInstanceId=" + vpi.id;
  }

  private String businessKey(Vpi vpi, PlatformClient coordinator) throws IOException {
    JsonNode key = coordinator.get("/engine-rest/process-instance/" + vpi.id).body().path("businessKey");
    return key.isTextual() ? key.asText() : null;
  }

  /**
   * After the restart: the acknowledged start and steps are there; the steps done form a prefix of
   * the VPI's steps, each with its task closed and its field recorded, and the next task is open
   * (nothing half-done). Returns how many acknowledged requests were lost.
   */
  private int check(Vpi vpi, PlatformClient coordinator) throws IOException {
    if (vpi.id == null) {
      return 0; // its start never answered
    }
    PlatformClient.Answer instance = coordinator.get("/engine-rest/process-instance/" + vpi.id);
    if (instance.status() != 200) {
      problems.add("VPI " + vpi.n + " (start answered 200) is gone: " + instance.status());
      return 1 + vpi.acknowledged.size();
    }
    if (vpi.businessKey == null) {
      vpi.businessKey = businessKey(vpi, coordinator);
    }
    Map<String, List<JsonNode>> history = history(vpi, coordinator);
    int done = completedSteps(vpi, coordinator);
    int lost = 0;
    for (int i : vpi.acknowledged) {
      if (i >= done) {
        lost++;
        problems.add("VPI " + vpi.n + ": " + vpi.steps.get(i).taskKey() + " answered 204 but is open again");
      }
    }
    for (int i = 0; i < vpi.steps.size(); i++) {
      Step step = vpi.steps.get(i);
      List<JsonNode> tasks = history.getOrDefault(step.taskKey(), List.of());
      long finished = tasks.stream().filter(t -> !t.path("endTime").isNull()).count();
      long open = tasks.size() - finished;
      boolean expectDone = i < done;
      if (expectDone && (finished != 1 || open != 0) || !expectDone && finished != 0
          || open != (i == done ? 1 : 0)) {
        problems.add("VPI " + vpi.n + " half-done at " + step.taskKey() + ": " + finished + " closed, " + open
            + " open, " + done + " steps done");
      }
      if (expectDone) {
        String processInstance = tasks.get(0).path("processInstanceId").asText();
        JsonNode recorded = coordinator.get("/engine-rest/history/variable-instance?variableName="
            + step.recordedField() + "&processInstanceId=" + processInstance).body();
        if (recorded.size() == 0) {
          problems.add("VPI " + vpi.n + ": " + step.taskKey() + " closed without its field " + step.recordedField());
        }
      }
    }
    if (done == vpi.steps.size() && history.getOrDefault(VpiSteps.AFTER_LAST, List.of()).size() != 1) {
      problems.add("VPI " + vpi.n + ": no " + VpiSteps.AFTER_LAST + " after its last step");
    }
    return lost;
  }

  /** How many of the VPI's steps are closed, counting from the first. */
  private int completedSteps(Vpi vpi, PlatformClient coordinator) {
    try {
      if (vpi.businessKey == null) {
        vpi.businessKey = businessKey(vpi, coordinator);
      }
      Map<String, List<JsonNode>> history = history(vpi, coordinator);
      int done = 0;
      while (done < vpi.steps.size() && history.getOrDefault(vpi.steps.get(done).taskKey(), List.of()).stream()
          .anyMatch(t -> !t.path("endTime").isNull())) {
        done++;
      }
      return done;
    } catch (IOException e) {
      problems.add("VPI " + vpi.n + ": history unreadable: " + e);
      return -1;
    }
  }

  private Map<String, List<JsonNode>> history(Vpi vpi, PlatformClient coordinator) throws IOException {
    Map<String, List<JsonNode>> byKey = new HashMap<>();
    for (JsonNode task : coordinator.get("/engine-rest/history/task?maxResults=500&" + scope(vpi)).body()) {
      byKey.computeIfAbsent(task.path("taskDefinitionKey").asText(), key -> new ArrayList<>()).add(task);
    }
    return byKey;
  }

  /** Waits until the outbox has nothing waiting or in flight, then counts what the SMTP server got. */
  private Outcome mails(PlatformClient coordinator, int acknowledgedTotal, int lost, int inFlightAtKill,
      long restarted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count(coordinator, "PENDING") + count(coordinator, "SENDING") > 0) {
      if (System.nanoTime() > deadline) {
        problems.add("mails still waiting 60 s after the VPIs' last step");
        break;
      }
      Thread.sleep(200);
    }
    double drained = (System.nanoTime() - restarted) / 1e9;
    Map<String, Long> outbox = new TreeMap<>();
    for (String status : List.of("PENDING", "SENDING", "SENT", "FAILED", "HELD")) {
      long n = count(coordinator, status);
      if (n > 0) {
        outbox.put(status, n);
      }
    }
    List<Long> sent = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode answer = coordinator.get("/api/mails?status=SENT&size=200&page=" + page).body();
      answer.path("items").forEach(mail -> sent.add(mail.path("id").asLong()));
      if (page + 1 >= answer.path("totalPages").asInt()) {
        break;
      }
    }
    Map<Long, Integer> copies = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String[] id = message.getHeader("X-VPI-Mail-Id");
      if (id != null) {
        copies.merge(Long.parseLong(id[0]), 1, Integer::sum);
      }
    }
    int missing = (int) sent.stream().filter(id -> !copies.containsKey(id)).count();
    int duplicated = (int) copies.values().stream().filter(n -> n > 1).count();
    if (outbox.containsKey("FAILED")) {
      problems.add(outbox.get("FAILED") + " mails FAILED");
    }
    return new Outcome(acknowledgedTotal, lost, inFlightAtKill, List.copyOf(problems), sent.size(),
        copies.values().stream().mapToInt(Integer::intValue).sum(), missing, duplicated, outbox, drained);
  }

  private static long count(PlatformClient coordinator, String status) throws IOException {
    PlatformClient.Answer answer = coordinator.get("/api/mails?size=1&status=" + status);
    if (answer.status() != 200) {
      throw new IllegalStateException("/api/mails answered " + answer.status() + ": " + answer.body());
    }
    return answer.body().path("totalItems").asLong();
  }

  private final Map<String, HttpClient> http = new ConcurrentHashMap<>();

  private PlatformClient client(String user) {
    HttpClient shared = http.computeIfAbsent(Thread.currentThread().getName(), thread -> PlatformClient.newHttp());
    return new PlatformClient(shared, platform.port(), user, passwords.get(user));
  }
}
