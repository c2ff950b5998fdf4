package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.support.EngineRestForms.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.support.EngineRestForms;
import org.unodc.vpi.web.MalformedRequests.Probe;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Malformed input never gets a 500, nor an answer that shows SQL, a Java class name or a stack
 * trace. Reads the platform's own OpenAPI document and sends, for every {@code /api} operation,
 * broken variants of a plausible request (see {@link MalformedRequests}); then a fixed list of
 * engine-rest calls the webapps and clients use, broken the same ways. Every probe is sent as the
 * coordinator; each other demo user sends a seeded random share of them (the seed is printed;
 * rerun with {@code -Dmalformed.seed=...}).
 *
 * <p>Its own in-memory database: a probe that is accepted (a huge but valid text, say) must not
 * leave records in the lists other tests count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-malformed;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIT {

  private static final long SEED = Long.getLong("malformed.seed", System.currentTimeMillis());
  private static final String PASSWORD = "demo";
  private static final String COORDINATOR = "coordinator";
  private static final List<String> OTHER_USERS = List.of("govbra", "csobra", "govmoz", "csomoz");
  /** Probes per operation each non-coordinator user sends. */
  private static final int SHARE_PER_OPERATION = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What no answer may show: SQL, a Java class name, an exception's name, a stack trace. */
  private static final List<Pattern> LEAKS = List.of(
      Pattern.compile("(?i)\\binsert into\\b"), Pattern.compile("(?i)\\bselect\\b.{0,300}\\bfrom\\b.{0,200}\\bwhere\\b"),
      Pattern.compile("(?i)\\bsql\\b"), Pattern.compile("(?i)\\bconstraint\\b"), Pattern.compile("(?i)jdbc"),
      Pattern.compile("\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.]+"),
      Pattern.compile("Exception"), Pattern.compile("\tat "), Pattern.compile("\\\\tat "));
  /**
   * Camunda's error format names the kind of error in {@code type} (documented, read by the
   * webapps): a simple name such as {@code InvalidRequestException}, allowed there and only there.
   */
  private static final Pattern ENGINE_ERROR_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Za-z]*Exception\"");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, Long> knownIds = new HashMap<>();
  private String instanceId;
  private String taskId;

  record Answer(int status, String body) {}

  record Finding(String user, Probe probe, Answer answer) {
    @Override
    public String toString() {
      return user + " · " + probe + " → " + answer.status() + " "
          + MalformedRequests.abbreviate(answer.body().replace("\n", " "), 300) + leakIn(answer.body());
    }
  }

  @BeforeAll
  void startAVpi() {
    System.out.println("MalformedInputIT seed: " + SEED + " (rerun with -Dmalformed.seed=" + SEED + ")");
    Answer started = send(COORDINATOR, Probe.json("start", "POST",
        "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA",
            VpiInitiativeProcess.Variables.VPI_TITLE, "Malformed input probe"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    instanceId = read(started.body()).path("id").asText();
    complete(taskOf(VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT), Map.of(
        "consentDecision", "given", "consentDate", "2026-10-01", "consentReference", "Note verbale 1",
        "thematicFocus", "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "B"));
    complete(taskOf(StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS), Map.of(
        "stakeholderOrganisations", "Malformed NGO; NGO; ngo@malformed.example", "ngoCount", 1,
        "academiaCount", 0, "privateSectorCount", 0));
    taskId = taskOf(StakeholderIdentificationProcess.Elements.USER_TASK_NOMINATE_FOCAL_POINT).getId();
    long initiativeId = ((Number) runtimeService.getVariable(instanceId, VpiInitiativeProcess.Variables.INITIATIVE_ID))
        .longValue();
    knownIds.put("initiativeId", initiativeId);
    knownIds.put("/api/initiatives", initiativeId);
  }

  @Test
  void everyApiOperationRefusesMalformedInputWithoutA5xxOrALeak() throws Exception {
    JsonNode document = read(send(COORDINATOR, Probe.json("api-docs", "GET", "/v3/api-docs", null)).body());
    learnIdsFromLists(document);
    Map<String, List<Probe>> operations = new MalformedRequests(document, knownIds::get).byOperation();
    assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
    List<Finding> findings = sendAll(operations);
    assertThat(findings).as("answers with a 5xx, SQL, a class name or a stack trace (seed %d)", SEED)
        .isEmpty();
  }

  @Test
  void engineRestRefusesMalformedInputWithoutA5xxOrALeak() throws Exception {
    List<Finding> findings = sendAll(EngineRestProbes.of(taskId, instanceId));
    assertThat(findings).as("answers with a 5xx, SQL, a class name or a stack trace (seed %d)", SEED)
        .isEmpty();
  }

  @Test
  void theReportedCasesAreRefusedWithTheFieldToFix() {
    long initiativeId = knownIds.get("initiativeId");
    Answer owners = send(COORDINATOR, Probe.json("owners [null]", "POST", "/api/action-items",
        "{\"initiativeId\":" + initiativeId + ",\"title\":\"Malformed\",\"owners\":[null]}"));
    assertRefused(owners, 400, "owners[0]");
    Answer proposers = send(COORDINATOR, Probe.json("proposerIds [null]", "POST", "/api/priorities",
        "{\"initiativeId\":" + initiativeId + ",\"text\":\"Malformed\",\"proposerIds\":[null]}"));
    assertRefused(proposers, 400, "proposerIds[0]");
    Answer unknownProposer = send(COORDINATOR, Probe.json("proposerIds unknown", "POST", "/api/priorities",
        "{\"initiativeId\":" + initiativeId + ",\"text\":\"Malformed\",\"proposerIds\":[999999999]}"));
    assertRefused(unknownProposer, 400, "\"field\":\"proposerIds\"");
    long meetingId = read(send(COORDINATOR, Probe.json("meetings", "GET", "/api/meetings?initiativeId=" + initiativeId,
        null)).body()).path("items").path(0).path("id").asLong();
    Answer twice = send(COORDINATOR, Probe.json("version twice", "POST", "/api/meetings/" + meetingId + "/cancellation",
        "{\"version\":1,\"version\":\"x\"}"));
    assertRefused(twice, 400, "\"field\":\"version\"");
    Answer noBoundary = send(COORDINATOR, new Probe("no boundary", "POST", "/api/stakeholders/import?country=BRA",
        "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
            .concat("name,type\nA,NGO\n\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8)));
    assertRefused(noBoundary, 400, "\"field\":\"file\"");

    long prioritiesBefore = totalOf("/api/priorities?initiativeId=" + initiativeId);
    Answer nul = send(COORDINATOR, Probe.json("NUL in text", "POST", "/api/priorities",
        "{\"initiativeId\":" + initiativeId + ",\"text\":\"Mal\\u0000formed\"}"));
    assertRefused(nul, 400, "\"field\":\"text\"");
    Answer surrogate = send(COORDINATOR, Probe.json("lone surrogate in text", "POST", "/api/priorities",
        "{\"initiativeId\":" + initiativeId + ",\"text\":\"Mal\\ud800formed\"}"));
    assertRefused(surrogate, 400, "\"field\":\"text\"");
    assertThat(totalOf("/api/priorities?initiativeId=" + initiativeId)).as("priorities stored").isEqualTo(prioritiesBefore);
    Answer nulName = send(COORDINATOR, Probe.json("NUL in a stakeholder name", "POST", "/api/stakeholders",
        "{\"country\":\"BRA\",\"name\":\"Malformed\\u0000 NGO\",\"type\":\"NGO\"}"));
    assertRefused(nulName, 400, "\"field\":\"name\"");
    Answer nulQuery = send(COORDINATOR, Probe.json("NUL in a search", "GET", "/api/stakeholders?name=Mal%00formed",
        null));
    assertRefused(nulQuery, 400, "\"field\":\"name\"");

    long vpisBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count();
    Answer nulTitle = send(COORDINATOR, Probe.json("NUL in a VPI title", "POST",
        "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        "{\"variables\":{\"country\":{\"value\":\"BRA\"},\"vpiTitle\":{\"value\":\"Mal\\u0000formed\"}}}"));
    assertRefused(nulTitle, 400, "variables.vpiTitle.value");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count())
        .as("VPIs started").isEqualTo(vpisBefore);
    Answer deep = send(COORDINATOR, Probe.json("10000 deep", "POST", "/engine-rest/task",
        "[".repeat(10_000) + "]".repeat(10_000)));
    assertRefused(deep, 400, "InvalidRequestException");
  }

  /** A NUL hidden in a charset the guard would not decode (IBM037, EBCDIC) is refused, nothing stored. */
  @Test
  void textInACharsetOtherThanUnicodeIsRefusedWith415() {
    long stakeholdersBefore = totalOf("/api/stakeholders?country=BRA");
    Answer api = send(COORDINATOR, MalformedRequests.ebcdic("POST", "/api/stakeholders",
        "{\"country\":\"BRA\",\"name\":\"EBCDIC NGO\",\"type\":\"NGO\"}"));
    assertRefused(api, 415, "UTF-8");
    assertThat(api.body()).contains("\"field\":\"Content-Type\"");
    assertThat(totalOf("/api/stakeholders?country=BRA")).as("stakeholders stored").isEqualTo(stakeholdersBefore);
    long vpisBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count();
    Answer engine = send(COORDINATOR, MalformedRequests.ebcdic("POST", "/engine-rest/process-definition/key/"
        + VpiInitiativeProcess.KEY + "/submit-form",
        "{\"variables\":{\"vpiTitle\":{\"value\":\"EBCDIC\"},\"country\":{\"value\":\"BRA\"}}}"));
    assertRefused(engine, 415, "UTF-8");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count())
        .as("VPIs started").isEqualTo(vpisBefore);
    Answer form = send(COORDINATOR, new Probe("form in EBCDIC", "POST", "/engine-rest/task/" + taskId + "/claim",
        "application/x-www-form-urlencoded; charset=\"IBM037\"", "userId=a".getBytes(java.nio.charset.Charset.forName("IBM037"))));
    assertRefused(form, 415, "UTF-8");
    Answer utf8 = send(COORDINATOR, new Probe("declared UTF-8", "GET", "/api/stakeholders", "application/json;charset=utf-8",
        new byte[0]));
    assertThat(utf8.status()).as(utf8.body()).isEqualTo(200);
  }

  /** Text fields and file names of an upload are checked like any other text; NUL in the CSV too. */
  @Test
  void uploadsWithNulInAFieldOrFileNameAreRefused() {
    long stakeholdersBefore = totalOf("/api/stakeholders?country=BRA");
    String boundary = "b";
    String file = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\nname,type\nUpload NGO,NGO\n\r\n--b--\r\n";
    Answer country = send(COORDINATOR, new Probe("country with NUL", "POST", "/api/stakeholders/import",
        "multipart/form-data; boundary=" + boundary,
        ("--b\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\nBR\u0000A\r\n" + file)
            .getBytes(StandardCharsets.UTF_8)));
    assertRefused(country, 400, "\"field\":\"country\"");
    assertThat(country.body()).as("the guard's answer, not the unknown country's").contains("NUL");
    Answer fileName = send(COORDINATOR, new Probe("file name with NUL", "POST", "/api/stakeholders/import?country=BRA",
        "multipart/form-data; boundary=" + boundary,
        file.replace("filename=\"a", "filename=\"a\u0000").getBytes(StandardCharsets.UTF_8)));
    assertRefused(fileName, 400, "\"field\":\"file\"");
    Answer cell = send(COORDINATOR, new Probe("CSV cell with NUL", "POST", "/api/stakeholders/import?country=BRA",
        "multipart/form-data; boundary=" + boundary,
        file.replace("Upload NGO", "Upload\u0000NGO").getBytes(StandardCharsets.UTF_8)));
    assertRefused(cell, 400, "\"field\":\"file\"");
    assertThat(totalOf("/api/stakeholders?country=BRA")).as("stakeholders stored").isEqualTo(stakeholdersBefore);
  }

  /** Engine-rest file uploads: a NUL in a text part or a file name is refused before the engine. */
  @Test
  void engineRestUploadsWithNulAreRefused() {
    String path = "/task/" + taskId + "/variables/probeUpload/data";
    Answer valueType = send(COORDINATOR, EngineRestProbes.upload("valueType NUL", path, "Fi\u0000le", "a.txt"));
    assertRefused(valueType, 400, "valueType");
    assertThat(valueType.body()).contains("NUL");
    Answer fileName = send(COORDINATOR, EngineRestProbes.upload("file name NUL", path, "File", "a\u0000.txt"));
    assertRefused(fileName, 400, "NUL");
    assertThat(taskService.getVariable(taskId, "probeUpload")).as("variable stored").isNull();
    // The same upload without NUL passes the guard and meets the engine's own authorization check:
    // coordinators set variables through forms, not directly.
    Answer clean = send(COORDINATOR, EngineRestProbes.upload("clean", path, "File", "a.txt"));
    assertThat(clean.status()).as(clean.body()).isEqualTo(403);
  }

  /** Tasklist's own copy of the engine API is guarded the same way (a signed-in browser session). */
  @Test
  void theWebappsEngineApiRefusesNulAndCapsLists() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .build();
    browser.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/")).build(),
        BodyHandlers.discarding());
    assertThat(browser.send(webapp(cookies, "/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + COORDINATOR + "&password=" + PASSWORD).build(),
        BodyHandlers.ofString()).statusCode()).as("sign-in").isEqualTo(200);
    String submit = "/camunda/api/engine/engine/default/process-definition/key/" + VpiInitiativeProcess.KEY
        + "/submit-form";
    var nul = browser.send(webapp(cookies, submit, "application/json",
        "{\"variables\":{\"country\":{\"value\":\"BRA\"},\"vpiTitle\":{\"value\":\"Mal\\u0000formed\"}}}")
        .build(), BodyHandlers.ofString());
    assertRefused(new Answer(nul.statusCode(), nul.body()), 400, "variables.vpiTitle.value");
    manyVariables();
    var tasks = browser.send(HttpRequest.newBuilder(URI.create(base()
        + "/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + instanceId
        + "&maxResults=100000000")).header("Accept", "application/json").build(), BodyHandlers.ofString());
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(read(tasks.body()).size()).as("rows for maxResults=100000000").isEqualTo(200);
    var wrongShape = browser.send(webapp(cookies, "/camunda/api/engine/engine/default/task", "application/json",
        "{\"assignee\":[\"x\"]}").build(), BodyHandlers.ofString());
    assertRefused(new Answer(wrongShape.statusCode(), wrongShape.body()), 400, "assignee");
    assertThat(read(wrongShape.body()).path("message").asText()).as("message").isNotBlank();
  }

  private HttpRequest.Builder webapp(java.net.CookieManager cookies, String path, String contentType, String body) {
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
        .map(java.net.HttpCookie::getValue).reduce((first, second) -> second).orElse("");
    return HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
        .header("Accept", "application/json").header("X-XSRF-TOKEN", token).POST(BodyPublishers.ofString(body));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** 250 variables on the probe VPI (the same ones each time), more than one capped list holds. */
  private void manyVariables() {
    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 250; i++) {
      many.put("malformedProbe" + i, i);
    }
    runtimeService.setVariables(instanceId, many);
  }

  @Test
  void engineRestListsGiveAtMost200RowsPerCall() {
    manyVariables();
    String byName = "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId;
    long stored = read(send(COORDINATOR, Probe.json("count", "GET", byName.replace("variable-instance?",
        "variable-instance/count?"), null)).body()).path("count").asLong();
    assertThat(stored).isGreaterThan(250);
    Answer absurd = send(COORDINATOR, Probe.json("absurd", "GET", byName + "&maxResults=100000000", null));
    assertThat(absurd.status()).isEqualTo(200);
    assertThat(read(absurd.body()).size()).as("rows for maxResults=100000000").isEqualTo(200);
    Answer rest = send(COORDINATOR, Probe.json("next page", "GET", byName + "&firstResult=200&maxResults=100000000",
        null));
    assertThat(read(rest.body()).size()).as("rows after the first 200").isEqualTo((int) stored - 200);
    for (String encoded : List.of("maxResults=%31%30%30%30%30%30%30%30%30", "max%52esults=100000000")) {
      Answer hidden = send(COORDINATOR, Probe.json(encoded, "GET", byName + "&" + encoded, null));
      assertThat(read(hidden.body()).size()).as("rows for " + encoded).isEqualTo(200);
    }
    Answer small = send(COORDINATOR, Probe.json("small", "GET", byName + "&maxResults=5", null));
    assertThat(read(small.body()).size()).isEqualTo(5);
  }

  private long totalOf(String path) {
    return read(send(COORDINATOR, Probe.json("count", "GET", path, null)).body()).path("totalItems").asLong();
  }

  private static void assertRefused(Answer answer, int status, String naming) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(naming);
    assertThat(leaks(answer.body())).as("leaks: %s", answer.body()).isFalse();
  }

  /** An id of a record of each list the coordinator can read, so probes of one record reach it. */
  private void learnIdsFromLists(JsonNode document) {
    document.path("paths").fields().forEachRemaining(path -> {
      if (path.getKey().contains("{") || !path.getValue().has("get")) {
        return;
      }
      JsonNode page = read(send(COORDINATOR, Probe.json("learn", "GET", path.getKey() + "?size=1", null)).body());
      JsonNode first = page.has("items") ? page.path("items").path(0) : page.path(0);
      if (first.path("id").isNumber()) {
        knownIds.putIfAbsent(path.getKey(), first.path("id").asLong());
      }
    });
  }

  private List<Finding> sendAll(Map<String, List<Probe>> operations) throws Exception {
    Random random = new Random(SEED);
    List<Map.Entry<String, Probe>> calls = new ArrayList<>();
    operations.forEach((operation, probes) -> {
      probes.forEach(probe -> calls.add(Map.entry(COORDINATOR, probe)));
      for (String user : OTHER_USERS) {
        for (int i = 0; i < SHARE_PER_OPERATION && !probes.isEmpty(); i++) {
          calls.add(Map.entry(user, probes.get(random.nextInt(probes.size()))));
        }
      }
    });
    System.out.println("MalformedInputIT: " + operations.size() + " operations, " + calls.size() + " requests");
    ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Map.Entry<String, Probe> call : calls) {
        futures.add(pool.submit(() -> {
          Answer answer = send(call.getKey(), call.getValue());
          if (answer.status() >= 500 || leaks(answer.body())) {
            findings.add(new Finding(call.getKey(), call.getValue(), answer));
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparing(Finding::toString));
    sorted.forEach(f -> System.out.println("FINDING " + f));
    return sorted;
  }

  /** Where the body leaks, to show in a finding. */
  static String leakIn(String body) {
    String checked = excused(body);
    for (Pattern leak : LEAKS) {
      java.util.regex.Matcher found = leak.matcher(checked);
      if (found.find()) {
        return " LEAK: …" + checked.substring(Math.max(0, found.start() - 80), Math.min(checked.length(),
            found.end() + 40)) + "…";
      }
    }
    return "";
  }

  private static String excused(String body) {
    return ENGINE_ERROR_TYPE.matcher(body).replaceAll("\"type\":\"\"");
  }

  static boolean leaks(String body) {
    String checked = excused(body);
    return LEAKS.stream().anyMatch(p -> p.matcher(checked).find());
  }

  // ---------------------------------------------------------------------------------------------

  private Task taskOf(String taskKey) {
    return EngineRestForms.openTask(runtimeService, taskService, instanceId, taskKey);
  }

  private void complete(Task task, Map<String, Object> form) {
    Answer answer = send(COORDINATOR, Probe.json("complete", "POST", "/engine-rest/task/" + task.getId()
        + "/submit-form", variables(form)));
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  Answer send(String user, Probe probe) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .method(probe.method(), probe.body() == null ? BodyPublishers.noBody()
            : BodyPublishers.ofByteArray(probe.body()));
    if (probe.body() != null && probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(599, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
