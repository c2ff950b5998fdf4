package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.support.EngineRestForms.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.support.EngineRestForms;
import org.unodc.vpi.workflow.process.GovernmentPlanningMeetingProcess;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Who gets what, through every way in: each role of each country (and the coordinator, who acts in
 * all), against the other country's VPI and their own, on engine-rest, {@code /api} and the
 * webapps' own engine API, plus a caller without credentials and one with unknown credentials.
 * Each row states the exact answer expected (status, and for lists whether anything comes back)
 * and is named after it, e.g. {@code govbra · other country · engine-rest task list (government task) → empty}.
 *
 * <p>Set-up, once: in Brazil and in Mozambique one VPI advanced to the government's
 * "share entry points" task (a government task), one to civil society's "nominate the focal point"
 * task (a civil-society task: the process never has both open at once in one VPI), and one just
 * started, for the delete rows. Calls that would change something are only made where they must be
 * refused, and each such row checks afterwards that nothing changed; the allowed changes (the
 * government claiming its own task, a coordinator commenting on it) are undone at once.
 *
 * <p>Rows marked "[known hole]" assert the secure answer for a gap this matrix found and that is
 * not closed yet: they are reported as aborted (with the answer received) until it is, and then
 * pass on their own.
 *
 * <p>Wrong credentials use a user id that does not exist: the engine throttles real accounts after a
 * wrong password, which would slow down every other test signing in as that user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  private static final String PASSWORD = "demo";
  private static final String DEPLOYMENT_NAME = "access-matrix-intruder";
  private static final String TINY_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://vpi.example/matrix">
        <process id="access-matrix-intruder" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="startEvent_intruder"/>
        </process>
      </definitions>
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CONTACTS = "civil-society contact e-mails";
  private static final String UNSHARED_EMAIL = "contact e-mail not shared with the government";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, Vpis> countries = new HashMap<>();
  private final Map<String, WebappSession> webappSessions = new HashMap<>();

  // ---------------------------------------------------------------------------------------------
  // The callers
  // ---------------------------------------------------------------------------------------------

  enum Kind { COORDINATOR, GOVERNMENT, CIVIL_SOCIETY, ANONYMOUS, UNKNOWN, DEACTIVATED }

  /** One caller; {@code country} null for the coordinator (all countries) and for strangers. */
  record Caller(String id, Kind kind, String country) {
    String label() {
      return switch (kind) {
        case ANONYMOUS -> "no credentials";
        case UNKNOWN -> "unknown user";
        case DEACTIVATED -> "deactivated government official";
        default -> id;
      };
    }
  }

  static final Caller COORDINATOR = new Caller("coordinator", Kind.COORDINATOR, null);
  static final Caller GOVBRA = new Caller("govbra", Kind.GOVERNMENT, "BRA");
  static final Caller CSOBRA = new Caller("csobra", Kind.CIVIL_SOCIETY, "BRA");
  static final Caller GOVMOZ = new Caller("govmoz", Kind.GOVERNMENT, "MOZ");
  static final Caller CSOMOZ = new Caller("csomoz", Kind.CIVIL_SOCIETY, "MOZ");
  static final Caller ANONYMOUS = new Caller(null, Kind.ANONYMOUS, null);
  /** Not an account: a wrong password on a real one would throttle it for the other tests. */
  static final Caller UNKNOWN = new Caller("matrix-nobody", Kind.UNKNOWN, null);
  /** A Brazilian government official signed in to Tasklist, then deactivated by a coordinator (set-up). */
  static final Caller DEACTIVATED = new Caller("matrixgone", Kind.DEACTIVATED, "BRA");

  static final List<Caller> USERS = List.of(COORDINATOR, GOVBRA, CSOBRA, GOVMOZ, CSOMOZ);

  // ---------------------------------------------------------------------------------------------
  // What is expected
  // ---------------------------------------------------------------------------------------------

  /** What a row asserts about the answer, beyond its status. */
  @FunctionalInterface
  interface BodyCheck {
    void check(AccessMatrixIT it, Answer answer, Vpis target, Caller caller);
  }

  /** The expected answer: a status and what the body must (or must not) show. */
  record Expect(String label, int status, BodyCheck body) {

    static Expect status(int status) {
      return new Expect(String.valueOf(status), status, (it, a, v, c) -> {});
    }

    static Expect allowed(int status) {
      return new Expect("allowed (" + status + ")", status, (it, a, v, c) -> {});
    }

    /** A JSON array holding the row with the given id (and the coordinator sees it too). */
    static Expect listWith(Function<Vpis, String> id) {
      return new Expect("non-empty", 200, (it, a, v, c) ->
          assertThat(a.json()).extracting(row -> row.get("id").asText()).contains(id.apply(v)));
    }

    static Expect emptyList() {
      return new Expect("empty", 200, (it, a, v, c) -> assertThat(a.body()).isEqualTo("[]"));
    }

    /** A page of /api records, every one of the target country, the target's own among them. */
    static Expect pageWith(Function<Vpis, Long> id) {
      return new Expect("non-empty, own country only", 200, (it, a, v, c) -> {
        assertThat(a.items()).extracting(item -> item.get("country").asText()).containsOnly(v.country());
        assertThat(a.items()).extracting(item -> item.get("id").asLong()).contains(id.apply(v));
      });
    }

    /** Allowed, and the answer does not hold the given civil-society contact details. */
    static Expect withholding(String what, Function<Vpis, List<String>> details) {
      return new Expect("allowed (200), " + what + " withheld", 200, (it, a, v, c) ->
          assertThat(a.body()).as("what %s reads", c.id()).doesNotContain(details.apply(v)));
    }

    /** Allowed, and the answer holds the given details (the check {@link #withholding} can fail). */
    static Expect showing(String what, Function<Vpis, List<String>> details) {
      return new Expect("allowed (200), " + what + " shown", 200, (it, a, v, c) ->
          assertThat(a.body()).as("what %s reads", c.id()).contains(details.apply(v)));
    }

    /** A page of /api records that holds nothing. */
    static Expect emptyPage() {
      return new Expect("empty", 200, (it, a, v, c) -> {
        assertThat(a.items()).isEmpty();
        assertThat(a.json().get("totalItems").asLong()).isZero();
      });
    }

    /** The unfiltered VPI list: only the caller's countries, the fixture VPIs of those included. */
    static Expect pageOfCountries(Set<String> countries) {
      return new Expect("only " + String.join(", ", countries.stream().sorted().toList()), 200,
          (it, a, v, c) -> {
            assertThat(a.items()).extracting(item -> item.get("country").asText()).isNotEmpty()
                .allMatch(countries::contains);
            List<Long> ids = a.items().stream().map(item -> item.get("id").asLong()).toList();
            for (String country : countries) {
              assertThat(ids).as("VPIs of %s", country).contains(it.countries.get(country).initiativeId());
            }
          });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The ways in
  // ---------------------------------------------------------------------------------------------

  @FunctionalInterface
  interface Call {
    Answer call(AccessMatrixIT it, Caller caller, Vpis target);
  }

  /** What a door's row must still find after a refused change. */
  @FunctionalInterface
  interface Unchanged {
    void verify(AccessMatrixIT it, Vpis target);
  }

  /** Expected answer for an authenticated caller: own is true for the coordinator in every country. */
  @FunctionalInterface
  interface Rule {
    Expect expect(Caller caller, boolean own);
  }

  /** A way in; {@code oncePerCaller} for one that does not depend on the target country. */
  record Door(String label, Call call, Rule rule, Unchanged unchanged, boolean oncePerCaller) {
    Door(String label, Call call, Rule rule) {
      this(label, call, rule, null, false);
    }

    Door(String label, Call call, Rule rule, Unchanged unchanged) {
      this(label, call, rule, unchanged, false);
    }
  }

  /** A row of the matrix; its toString is the test's name. */
  record Row(Caller caller, String country, Door door, Expect expect) {
    @Override
    public String toString() {
      String where;
      if (caller.kind() == Kind.COORDINATOR) {
        where = countryName(country) + " (all countries)";
      } else if (caller.country() == null) {
        where = countryName(country);
      } else {
        where = caller.country().equals(country) ? "own country" : "other country";
      }
      return caller.label() + " · " + where + " · " + door.label() + " → " + expect.label();
    }
  }

  private static String countryName(String code) {
    return "BRA".equals(code) ? "Brazil" : "Mozambique";
  }

  private static boolean coordinator(Caller c) {
    return c.kind() == Kind.COORDINATOR;
  }

  private static boolean government(Caller c) {
    return c.kind() == Kind.GOVERNMENT;
  }

  private static boolean civilSociety(Caller c) {
    return c.kind() == Kind.CIVIL_SOCIETY;
  }

  static final List<Door> ENGINE_REST = List.of(
      new Door("engine-rest task list (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task?processInstanceId=" + v.governmentTaskInstanceId(), null),
          (c, own) -> coordinator(c) || (government(c) && own)
              ? Expect.listWith(Vpis::governmentTaskId) : Expect.emptyList()),
      new Door("engine-rest task list (civil-society task)",
          (it, c, v) -> it.engine(c, "GET", "/task?processInstanceId=" + v.civilSocietyTaskInstanceId(), null),
          (c, own) -> coordinator(c) || (civilSociety(c) && own)
              ? Expect.listWith(Vpis::civilSocietyTaskId) : Expect.emptyList()),
      new Door("engine-rest task by id (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task/" + v.governmentTaskId(), null),
          (c, own) -> coordinator(c) || (government(c) && own) ? Expect.allowed(200) : Expect.status(404)),
      new Door("engine-rest task variables (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task/" + v.governmentTaskId() + "/variables", null),
          // Contact details stay in the identification step (the register shows them): nobody reads them here.
          (c, own) -> coordinator(c) || (government(c) && own) ? Expect.withholding(CONTACTS, Vpis::contactDetails)
              : Expect.status(403)),
      new Door("engine-rest task form variables (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task/" + v.governmentTaskId() + "/form-variables", null),
          // Contact details stay in the identification step (the register shows them): nobody reads them here.
          (c, own) -> coordinator(c) || (government(c) && own) ? Expect.withholding(CONTACTS, Vpis::contactDetails)
              : Expect.status(403)),
      new Door("engine-rest runtime variable instances (government task's process)",
          (it, c, v) -> it.engine(c, "GET", "/variable-instance?processInstanceIdIn=" + v.governmentTaskInstanceId(), null),
          (c, own) -> coordinator(c) ? new Expect("non-empty", 200, (i, a, t, x) -> assertThat(a.json()).isNotEmpty())
              : Expect.emptyList()),
      new Door("engine-rest task identity links (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task/" + v.governmentTaskId() + "/identity-links", null),
          (c, own) -> coordinator(c) || (government(c) && own) ? Expect.allowed(200) : Expect.status(403)),
      // engine-rest looks a task up for its comments in the history, which only coordinators may read:
      // everyone else gets "no task found" (404 to read, 400 to write), even on a task of their own.
      new Door("engine-rest task comments (government task)",
          (it, c, v) -> it.engine(c, "GET", "/task/" + v.governmentTaskId() + "/comment", null),
          (c, own) -> coordinator(c) ? Expect.allowed(200) : Expect.status(404)),
      new Door("engine-rest add comment (government task)",
          (it, c, v) -> it.commentAndRemove(c, v),
          (c, own) -> coordinator(c) ? Expect.allowed(200) : Expect.status(400),
          AccessMatrixIT::governmentTaskWithoutComments),
      new Door("engine-rest set variable (government task)",
          (it, c, v) -> it.engine(c, "PUT", "/task/" + v.governmentTaskId() + "/variables/matrixProbe",
              "{\"value\":\"probe\"}"),
          (c, own) -> government(c) && own ? null : Expect.status(403),
          AccessMatrixIT::governmentTaskWithoutProbeVariable),
      new Door("engine-rest claim (government task)",
          (it, c, v) -> it.claimAndRelease(c, v),
          (c, own) -> government(c) && own ? Expect.allowed(204) : Expect.status(403),
          AccessMatrixIT::governmentTaskOpenAndUnassigned),
      new Door("engine-rest complete (government task)",
          (it, c, v) -> it.engine(c, "POST", "/task/" + v.governmentTaskId() + "/complete", "{}"),
          // The government completing its own task would move the VPI on: that row is not run.
          (c, own) -> government(c) && own ? null : Expect.status(403),
          AccessMatrixIT::governmentTaskOpenAndUnassigned),
      new Door("engine-rest process instance list",
          (it, c, v) -> it.engine(c, "GET", "/process-instance?processInstanceIds=" + v.instanceId(), null),
          (c, own) -> coordinator(c) ? Expect.listWith(Vpis::instanceId) : Expect.emptyList()),
      new Door("engine-rest process instance variables",
          (it, c, v) -> it.engine(c, "GET", "/process-instance/" + v.instanceId() + "/variables", null),
          (c, own) -> coordinator(c) ? Expect.allowed(200) : Expect.status(403)),
      new Door("engine-rest history process instances",
          (it, c, v) -> it.engine(c, "GET", "/history/process-instance?processInstanceId=" + v.instanceId(), null),
          (c, own) -> coordinator(c) ? Expect.listWith(Vpis::instanceId) : Expect.emptyList()),
      new Door("engine-rest history variables",
          (it, c, v) -> it.engine(c, "GET", "/history/variable-instance?processInstanceId=" + v.instanceId(), null),
          (c, own) -> coordinator(c) ? new Expect("non-empty", 200, (i, a, t, x) -> assertThat(a.json()).isNotEmpty())
              : Expect.emptyList()),
      new Door("engine-rest history tasks (government task)",
          (it, c, v) -> it.engine(c, "GET", "/history/task?processInstanceId=" + v.governmentTaskInstanceId(), null),
          (c, own) -> coordinator(c) ? Expect.listWith(Vpis::governmentTaskId) : Expect.emptyList()),
      new Door("engine-rest deployment create",
          (it, c, v) -> it.deploy(c),
          (c, own) -> Expect.status(403),
          AccessMatrixIT::nothingDeployed),
      new Door("engine-rest delete process instance",
          (it, c, v) -> it.engine(c, "DELETE", "/process-instance/" + v.spareInstanceId(), null),
          (c, own) -> Expect.status(403),
          AccessMatrixIT::spareStillRunning));

  static final List<Door> API = List.of(
      new Door("/api initiatives list",
          (it, c, v) -> it.api(c, "GET", "/api/initiatives?size=200&sort=id,desc", null),
          (c, own) -> Expect.pageOfCountries(coordinator(c) ? Set.of("BRA", "MOZ") : Set.of(c.country())),
          null, true),
      new Door("/api initiatives of the country",
          (it, c, v) -> it.api(c, "GET", "/api/initiatives?size=200&sort=id,desc&country=" + v.country(), null),
          (c, own) -> own ? Expect.pageWith(Vpis::initiativeId) : Expect.emptyPage()),
      new Door("/api initiative by id",
          (it, c, v) -> it.api(c, "GET", "/api/initiatives/" + v.initiativeId(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.status(404)),
      new Door("/api priorities of the VPI",
          (it, c, v) -> it.api(c, "GET", "/api/priorities?initiativeId=" + v.initiativeId(), null),
          (c, own) -> own ? Expect.pageWith(Vpis::priorityId) : Expect.emptyPage()),
      new Door("/api priority by id",
          (it, c, v) -> it.api(c, "GET", "/api/priorities/" + v.priorityId(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.status(404)),
      new Door("/api stakeholders of the VPI",
          (it, c, v) -> it.api(c, "GET", "/api/stakeholders?initiativeId=" + v.initiativeId(), null),
          (c, own) -> own ? Expect.pageWith(Vpis::stakeholderId) : Expect.emptyPage()),
      new Door("/api stakeholder by id",
          (it, c, v) -> it.api(c, "GET", "/api/stakeholders/" + v.stakeholderId(), null),
          (c, own) -> !own ? Expect.status(404)
              : government(c) ? Expect.withholding(UNSHARED_EMAIL, v -> List.of(v.stakeholderEmail()))
              : Expect.showing(UNSHARED_EMAIL, v -> List.of(v.stakeholderEmail()))),
      new Door("/api meetings of the VPI",
          (it, c, v) -> it.api(c, "GET", "/api/meetings?initiativeId=" + v.initiativeId(), null),
          (c, own) -> own ? Expect.pageWith(Vpis::meetingId) : Expect.emptyPage()),
      new Door("/api meeting by id",
          (it, c, v) -> it.api(c, "GET", "/api/meetings/" + v.meetingId(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.status(404)),
      new Door("/api WhatsOn export of the country",
          (it, c, v) -> it.api(c, "GET", "/api/stakeholders/whatson.csv?country=" + v.country(), null),
          (c, own) -> coordinator(c) ? Expect.allowed(200) : Expect.status(403)),
      new Door("/api review calendar of the country",
          (it, c, v) -> it.api(c, "GET", "/api/review-calendar?country=" + v.country(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.emptyPage()),
      new Door("/api Advisory Council members of the country",
          (it, c, v) -> it.api(c, "GET", "/api/council-members?country=" + v.country(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.emptyPage()),
      new Door("/api task forces of the country",
          (it, c, v) -> it.api(c, "GET", "/api/task-forces?country=" + v.country(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.emptyPage()),
      new Door("/api review input of the country",
          (it, c, v) -> it.api(c, "GET", "/api/review-inputs?country=" + v.country(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.emptyPage()),
      new Door("/api national projects of the country",
          (it, c, v) -> it.api(c, "GET", "/api/national-projects?country=" + v.country(), null),
          (c, own) -> own ? Expect.allowed(200) : Expect.emptyPage()),
      new Door("/api results report of the VPI",
          (it, c, v) -> it.api(c, "GET", "/api/initiatives/" + v.initiativeId() + "/results-report", null),
          // No report drafted yet in these VPIs: 404 for everyone, the VPI's own people included.
          (c, own) -> Expect.status(404)),
      new Door("/api accounts of the country",
          (it, c, v) -> it.api(c, "GET", "/api/accounts?country=" + v.country(), null),
          (c, own) -> coordinator(c) ? Expect.allowed(200) : Expect.status(403)),
      new Door("/api decide on a priority",
          (it, c, v) -> it.api(c, "POST", "/api/priorities/" + v.priorityId() + "/decisions",
              "{\"decision\":\"APPROVED\",\"version\":0}"),
          // The government deciding in its own country would change the record: not run.
          (c, own) -> government(c) ? (own ? null : Expect.status(404)) : Expect.status(403),
          AccessMatrixIT::priorityStillProposed));

  static final List<Door> WEBAPP = List.of(
      new Door("webapp engine API task list (government task)",
          (it, c, v) -> it.webapp(c).send("GET", "/camunda/api/engine/engine/default/task?processInstanceId="
              + v.governmentTaskInstanceId(), null, true),
          (c, own) -> coordinator(c) || (government(c) && own)
              ? Expect.listWith(Vpis::governmentTaskId) : Expect.emptyList()),
      new Door("webapp engine API task list (civil-society task)",
          (it, c, v) -> it.webapp(c).send("GET", "/camunda/api/engine/engine/default/task?processInstanceId="
              + v.civilSocietyTaskInstanceId(), null, true),
          (c, own) -> coordinator(c) || (civilSociety(c) && own)
              ? Expect.listWith(Vpis::civilSocietyTaskId) : Expect.emptyList()),
      new Door("webapp engine API claim (government task)",
          (it, c, v) -> it.webapp(c).send("POST", "/camunda/api/engine/engine/default/task/" + v.governmentTaskId()
              + "/claim", "{\"userId\":\"" + c.id() + "\"}", true),
          (c, own) -> government(c) && own ? null : Expect.status(403),
          AccessMatrixIT::governmentTaskOpenAndUnassigned));

  static Stream<Row> matrix() {
    List<Row> rows = new ArrayList<>();
    for (Door door : concat(ENGINE_REST, API, WEBAPP)) {
      for (Caller caller : USERS) {
        for (String country : List.of("BRA", "MOZ")) {
          if (door.oncePerCaller() && !country.equals(caller.country() == null ? "BRA" : caller.country())) {
            continue;
          }
          boolean own = caller.country() == null || caller.country().equals(country);
          Expect expect = door.rule().expect(caller, own);
          if (expect != null) {
            rows.add(new Row(caller, country, door, expect));
          }
        }
      }
      // Strangers get no further than the sign-in, whatever they ask for.
      rows.add(new Row(ANONYMOUS, "BRA", door, Expect.status(401)));
      rows.add(new Row(UNKNOWN, "BRA", door, Expect.status(401)));
    }
    rows.addAll(specialRows());
    rows.addAll(deactivatedUserRows());
    return rows.stream();
  }

  /** Rows that are not one door for every caller. */
  private static List<Row> specialRows() {
    Door signIn = new Door("webapp sign-in to Tasklist", (it, c, v) -> it.webapp(c).signIn, null);
    Door claimWithoutToken = new Door("webapp engine API claim without anti-forgery token (government task)",
        (it, c, v) -> it.webapp(c).send("POST", "/camunda/api/engine/engine/default/task/" + v.governmentTaskId()
            + "/claim", "{\"userId\":\"" + c.id() + "\"}", false),
        null, AccessMatrixIT::governmentTaskOpenAndUnassigned);
    List<Row> rows = new ArrayList<>();
    for (Caller caller : USERS) {
      rows.add(new Row(caller, caller.country() == null ? "BRA" : caller.country(), signIn, Expect.allowed(200)));
    }
    rows.add(new Row(UNKNOWN, "BRA", signIn, Expect.status(401)));
    rows.add(new Row(GOVBRA, "BRA", claimWithoutToken, Expect.status(403)));
    // The platform's health: its status for anyone (monitoring signs in to nothing), never its details.
    Door health = new Door("actuator health", (it, c, v) -> it.send(c, "GET", "/actuator/health", null), null);
    Door healthDetail = new Door("actuator health of the database",
        (it, c, v) -> it.send(c, "GET", "/actuator/health/db", null), null);
    Door environment = new Door("actuator environment", (it, c, v) -> it.send(c, "GET", "/actuator/env", null), null);
    Expect statusOnly = new Expect("UP, status only", 200,
        // The root names its probe groups too: no detail of any component.
        (it, a, v, c) -> assertThat(a.body()).matches("\\{\"status\":\"UP\"(,\"groups\":\\[\"liveness\",\"readiness\"\\])?\\}"));
    Door liveness = new Door("actuator liveness probe",
        (it, c, v) -> it.send(c, "GET", "/actuator/health/liveness", null), null);
    Door readiness = new Door("actuator readiness probe",
        (it, c, v) -> it.send(c, "GET", "/actuator/health/readiness", null), null);
    for (Caller caller : List.of(COORDINATOR, GOVBRA, CSOMOZ, ANONYMOUS, UNKNOWN)) {
      rows.add(new Row(caller, "BRA", health, statusOnly));
      rows.add(new Row(caller, "BRA", liveness, statusOnly));
      rows.add(new Row(caller, "BRA", readiness, statusOnly));
      rows.add(new Row(caller, "BRA", healthDetail, Expect.status(403)));
      rows.add(new Row(caller, "BRA", environment, Expect.status(403)));
    }
    rows.add(new Row(COORDINATOR, "BRA", new Door("webapp engine API deployed form of an unknown task",
        (it, c, v) -> it.webapp(c).send("GET", "/camunda/api/engine/engine/default/task/abc/deployed-form", null, true),
        null), new Expect("404, no class names", 404, (it, a, v, c) ->
            assertThat(a.body()).doesNotContain("NullPointerException").doesNotContain("org.camunda"))));
    return rows;
  }

  /** A deactivated account gets no further than a stranger, its Tasklist session of before included. */
  private static List<Row> deactivatedUserRows() {
    List<Row> rows = new ArrayList<>();
    for (Door door : concat(ENGINE_REST, API, WEBAPP)) {
      rows.add(new Row(DEACTIVATED, "BRA", door, Expect.status(401)));
    }
    rows.add(new Row(DEACTIVATED, "BRA", new Door("webapp sign-in to Tasklist after deactivation",
        (it, c, v) -> it.new WebappSession(c).signIn, null), Expect.status(401)));
    return rows;
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // The test
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void shouldGiveEachCallerExactlyTheExpectedAnswer(Row row) {
    Vpis target = countries.get(row.country());
    Answer answer = row.door().call().call(this, row.caller(), target);

    assertThat(answer.status()).as("%s%nanswer: %s", row, answer.body()).isEqualTo(row.expect().status());
    row.expect().body().check(this, answer, target, row.caller());
    if (row.door().unchanged() != null) {
      row.door().unchanged().verify(this, target);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up: the VPIs of each country
  // ---------------------------------------------------------------------------------------------

  /**
   * One country's VPIs: one at a government task, one at a civil-society task, one just started (for
   * the delete rows), with a priority, stakeholders and a meeting recorded.
   */
  record Vpis(String country, String instanceId, long initiativeId, String governmentTaskId,
      String governmentTaskInstanceId, String civilSocietyTaskId, String civilSocietyTaskInstanceId,
      String spareInstanceId, long priorityId, long stakeholderId, long meetingId) {

    /** The e-mail of the stakeholder organisation's contact, as listed in the identification form. */
    String stakeholderEmail() {
      return "ngo1." + country.toLowerCase() + "@matrix.example";
    }

    /** Civil-society contact details entered in this VPI's forms. */
    List<String> contactDetails() {
      return List.of(stakeholderEmail(), focalPointEmail(country));
    }
  }

  private static String focalPointEmail(String country) {
    return "ana." + country.toLowerCase() + "@matrix.example";
  }

  @BeforeAll
  void startVpis() {
    countries.put("BRA", prepare("BRA", CSOBRA));
    countries.put("MOZ", prepare("MOZ", CSOMOZ));
    deactivateAfterSignIn(DEACTIVATED);
  }

  private void deactivateAfterSignIn(Caller official) {
    if (identityService.createUserQuery().userId(official.id()).count() == 0) {
      User user = identityService.newUser(official.id());
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(official.id(), Roles.GOVERNMENT);
      identityService.createTenantUserMembership(official.country(), official.id());
    }
    assertThat(webapp(official).signIn.status()).as("sign-in before deactivation").isEqualTo(200);
    assertThat(api(COORDINATOR, "POST", "/api/accounts/" + official.id() + "/deactivation", "{}").status())
        .isEqualTo(200);
  }

  @AfterAll
  void closeVpis() {
    // Other tests share the database: leave no open tasks of this class in anyone's list.
    for (Vpis vpis : countries.values()) {
      for (String id : List.of(vpis.instanceId(), vpis.spareInstanceId(), rootOf(vpis.civilSocietyTaskInstanceId()))) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
          runtimeService.deleteProcessInstance(id, "access matrix checked");
        }
      }
    }
  }

  private String rootOf(String instanceId) {
    String id = instanceId;
    for (var instance = runtimeService.createProcessInstanceQuery().subProcessInstanceId(id).singleResult();
        instance != null; instance = runtimeService.createProcessInstanceQuery().subProcessInstanceId(id).singleResult()) {
      id = instance.getId();
    }
    return id;
  }

  private Vpis prepare(String country, Caller civilSociety) {
    String main = start(country, "Access matrix " + country);
    recordConsentAndStakeholders(main, country, 1);
    complete(civilSociety, taskOf(main, StakeholderIdentificationProcess.Elements.USER_TASK_NOMINATE_FOCAL_POINT),
        Map.of("focalPointName", "Ana Matrix", "focalPointOrganisation", "Matrix NGO " + country + " 1",
            "focalPointEmail", focalPointEmail(country), "focalPointLanguage", "pt"));
    complete(COORDINATOR, taskOf(main, GovernmentPlanningMeetingProcess.Elements.USER_TASK_SCHEDULE_GOVERNMENT_PLANNING_MEETING),
        Map.of("governmentMeetingDate", "2026-11-10", "governmentMeetingVenue", "Ministry of Justice"));
    Task governmentTask = taskOf(main, GovernmentPlanningMeetingProcess.Elements.USER_TASK_SHARE_ENTRY_POINTS);

    String second = start(country, "Access matrix " + country + " (civil society)");
    recordConsentAndStakeholders(second, country, 2);
    Task civilSocietyTask = taskOf(second, StakeholderIdentificationProcess.Elements.USER_TASK_NOMINATE_FOCAL_POINT);

    String spare = start(country, "Access matrix " + country + " (spare)");

    long initiativeId = ((Number) runtimeService.getVariable(main, VpiInitiativeProcess.Variables.INITIATIVE_ID))
        .longValue();
    Answer priority = api(COORDINATOR, "POST", "/api/priorities",
        "{\"initiativeId\":" + initiativeId + ",\"text\":\"Matrix priority " + country + "\"}");
    assertThat(priority.status()).as("priority: %s", priority.body()).isEqualTo(201);
    long stakeholderId = firstId(api(COORDINATOR, "GET", "/api/stakeholders?initiativeId=" + initiativeId, null));
    long meetingId = firstId(api(COORDINATOR, "GET", "/api/meetings?initiativeId=" + initiativeId, null));
    return new Vpis(country, main, initiativeId, governmentTask.getId(), governmentTask.getProcessInstanceId(),
        civilSocietyTask.getId(), civilSocietyTask.getProcessInstanceId(), spare, priority.json().get("id").asLong(),
        stakeholderId, meetingId);
  }

  private String start(String country, String title) {
    Answer started = engine(COORDINATOR, "POST", "/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form",
        variables(Map.of(VpiInitiativeProcess.Variables.COUNTRY, country, VpiInitiativeProcess.Variables.VPI_TITLE, title)));
    assertThat(started.status()).as("start: %s", started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private void recordConsentAndStakeholders(String instance, String country, int number) {
    complete(COORDINATOR, taskOf(instance, VpiInitiativeProcess.Elements.USER_TASK_RECORD_STATE_CONSENT), Map.of(
        "consentDecision", "given", "consentDate", "2026-10-01", "consentReference", "Note verbale " + number,
        "thematicFocus", "traffickingInPersons", "reviewCluster", "cluster1", "collaborationLevel", "B"));
    complete(COORDINATOR, taskOf(instance, StakeholderIdentificationProcess.Elements.USER_TASK_IDENTIFY_STAKEHOLDERS),
        Map.of("stakeholderOrganisations", "Matrix NGO " + country + " " + number + "; NGO; ngo" + number + "."
            + country.toLowerCase() + "@matrix.example", "ngoCount", 1, "academiaCount", 0, "privateSectorCount", 0));
  }

  /** The open task of that key in the VPI or the sub-process it is in. */
  private Task taskOf(String rootInstance, String taskKey) {
    return EngineRestForms.openTask(runtimeService, taskService, rootInstance, taskKey);
  }

  private void complete(Caller owner, Task task, Map<String, Object> form) {
    Answer answer = engine(owner, "POST", "/task/" + task.getId() + "/submit-form", variables(form));
    assertThat(answer.status()).as("%s submits %s: %s", owner.id(), task.getTaskDefinitionKey(), answer.body())
        .isEqualTo(204);
  }

  private static long firstId(Answer page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.items()).as(page.body()).isNotEmpty();
    return page.items().get(0).get("id").asLong();
  }

  // ---------------------------------------------------------------------------------------------
  // What must not have changed after a refusal
  // ---------------------------------------------------------------------------------------------

  private void governmentTaskOpenAndUnassigned(Vpis target) {
    Task task = taskService.createTaskQuery().taskId(target.governmentTaskId()).singleResult();
    assertThat(task).as("government task still open").isNotNull();
    assertThat(task.getAssignee()).as("government task still unassigned").isNull();
  }

  private void governmentTaskWithoutComments(Vpis target) {
    assertThat(taskService.getTaskComments(target.governmentTaskId())).as("comments on the government task").isEmpty();
  }

  private void governmentTaskWithoutProbeVariable(Vpis target) {
    assertThat(taskService.getVariable(target.governmentTaskId(), "matrixProbe")).as("variable written").isNull();
  }

  private void spareStillRunning(Vpis target) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(target.spareInstanceId()).count())
        .as("VPI still running").isEqualTo(1);
  }

  private void nothingDeployed(Vpis target) {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count())
        .as("nothing deployed").isZero();
  }

  private void priorityStillProposed(Vpis target) {
    Answer priority = api(COORDINATOR, "GET", "/api/priorities/" + target.priorityId(), null);
    assertThat(priority.json().get("status").asText()).as("priority undecided").isEqualTo("PROPOSED");
  }

  // ---------------------------------------------------------------------------------------------
  // Calls
  // ---------------------------------------------------------------------------------------------

  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    List<JsonNode> items() {
      JsonNode items = json().get("items");
      assertThat(items).as("items of %s", body).isNotNull();
      return StreamSupport.stream(items.spliterator(), false).toList();
    }
  }

  Answer engine(Caller caller, String method, String path, String json) {
    return send(caller, method, "/engine-rest" + path, json);
  }

  Answer api(Caller caller, String method, String path, String json) {
    return send(caller, method, path, json);
  }

  private Answer send(Caller caller, String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    basicAuth(caller, request);
    return exchange(http, request.build());
  }

  /** Claims the government task as the caller; a claim that works is given back at once. */
  Answer claimAndRelease(Caller caller, Vpis target) {
    Answer answer = engine(caller, "POST", "/task/" + target.governmentTaskId() + "/claim",
        "{\"userId\":\"" + caller.id() + "\"}");
    if (answer.status() == 204) {
      assertThat(taskService.createTaskQuery().taskId(target.governmentTaskId()).singleResult().getAssignee())
          .isEqualTo(caller.id());
      // Not through /unclaim: that needs TASK_ASSIGN, which the engine does not give a candidate group.
      taskService.setAssignee(target.governmentTaskId(), null);
    }
    return answer;
  }

  /** Comments on the government task as the caller; a comment that is accepted is removed at once. */
  Answer commentAndRemove(Caller caller, Vpis target) {
    Answer answer = engine(caller, "POST", "/task/" + target.governmentTaskId() + "/comment/create",
        "{\"message\":\"matrix probe\"}");
    if (answer.status() == 200) {
      assertThat(taskService.getTaskComments(target.governmentTaskId())).isNotEmpty();
      taskService.deleteTaskComments(target.governmentTaskId());
    }
    return answer;
  }

  /** A multipart deployment of a tiny process; should it ever be accepted, it is removed again. */
  Answer deploy(Caller caller) {
    String boundary = "----access-matrix-" + System.nanoTime();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + DEPLOYMENT_NAME + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"access-matrix-intruder.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + TINY_BPMN + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofString(body));
    basicAuth(caller, request);
    Answer answer = exchange(http, request.build());
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    return answer;
  }

  private static void basicAuth(Caller caller, HttpRequest.Builder request) {
    if (caller.id() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((caller.id() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Answer exchange(HttpClient client, HttpRequest request) {
    try {
      var response = client.send(request, BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The webapps, signed in the way a browser does
  // ---------------------------------------------------------------------------------------------

  /** One browser: its own cookies, signed in to Tasklist once (strangers only try). */
  WebappSession webapp(Caller caller) {
    return webappSessions.computeIfAbsent(caller.label(), key -> new WebappSession(caller));
  }

  final class WebappSession {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    /** The answer to the sign-in; none for a caller without credentials. */
    final Answer signIn;

    WebappSession(Caller caller) {
      // The page hands out the session and anti-forgery cookies.
      Answer page = exchange(client, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
      assertThat(page.status()).as("Tasklist page").isEqualTo(200);
      assertThat(xsrfToken()).as("anti-forgery cookie").isNotNull();
      signIn = caller.id() == null ? null : send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
          "username=" + URLEncoder.encode(caller.id(), StandardCharsets.UTF_8) + "&password=" + PASSWORD, true);
    }

    /**
     * A call with this browser's cookies (a new session id after sign-in included), echoing the
     * current anti-forgery cookie in the header when asked to.
     */
    Answer send(String method, String path, String body, boolean withToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json")
          .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
      }
      String token = xsrfToken();
      if (withToken && token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      return exchange(client, request.build());
    }

    private String xsrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
          .map(HttpCookie::getValue).reduce((first, second) -> second).orElse(null);
    }
  }
}
