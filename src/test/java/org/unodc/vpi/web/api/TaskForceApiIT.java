package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.web.api.ApiAnswers.errors;
import static org.unodc.vpi.web.api.ApiAnswers.id;
import static org.unodc.vpi.web.api.ApiAnswers.items;
import static org.unodc.vpi.web.api.ApiAnswers.totalItems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;

/** Informal thematic task forces (level B) over HTTP, as the demo users meet them. */
@ApiTest
class TaskForceApiIT {

  private static final String PATH = "/api/task-forces";
  private static final Map<String, Object> OFFICIAL =
      member("Carla Souza", "Ministério da Justiça e Segurança Pública", "GOVERNMENT");
  private static final Map<String, Object> RESEARCHER =
      member("Ana Lima", "Instituto Sou da Paz", "NON_GOVERNMENTAL");

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private long vpi;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    vpi = vpi("BRA");
  }

  @Test
  void shouldSetUpATaskForceWithMembersOfBothSidesSeenOnlyInItsCountry() {
    ResponseEntity<Map<String, Object>> created = govbra.post(PATH, taskForce(vpi, List.of(OFFICIAL, RESEARCHER)));
    long id = id(created);

    assertThat(created.getBody()).containsEntry("country", "BRA").containsEntry("createdBy", "govbra")
        .containsEntry("theme", "Protection of victims of trafficking").containsEntry("version", 0)
        .containsEntry("members", List.of(OFFICIAL, RESEARCHER)).containsEntry("meetingIds", List.of());
    assertThat(csobra.get(PATH + "/" + id).getBody()).containsEntry("name", "Victim protection task force");
    assertThat(items(coordinator.get(PATH + "?initiativeId=" + vpi))).extracting(t -> t.get("id"))
        .containsExactly((int) id);
    assertThat(govmoz.get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(govmoz.get(PATH + "?initiativeId=" + vpi))).isZero();
    assertThat(totalItems(govmoz.get(PATH + "?country=BRA"))).isZero();
    assertThat(govmoz.post(PATH, taskForce(vpi, List.of(OFFICIAL, RESEARCHER))).getStatusCode())
        .as("another country's VPI").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldRefuseATaskForceWithMembersOfOneSideOnlyAndStoreNothing() {
    ResponseEntity<Map<String, Object>> governmentOnly = govbra.post(PATH, taskForce(vpi, List.of(OFFICIAL)));
    ResponseEntity<Map<String, Object>> civilSocietyOnly =
        csobra.inLanguage("fr").post(PATH, taskForce(vpi, List.of(RESEARCHER)));
    ResponseEntity<Map<String, Object>> nobody = csobra.post(PATH, taskForce(vpi, List.of()));

    assertThat(errors(governmentOnly)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "members");
      assertThat((String) e.get("message")).contains("civil society").contains("NON_GOVERNMENTAL");
    });
    assertThat(errors(civilSocietyOnly)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "members");
      assertThat((String) e.get("message")).contains("membre du gouvernement").contains("(GOVERNMENT)");
    });
    assertThat(errors(nobody)).extracting(e -> e.get("field")).containsExactly("members", "members");
    assertThat(totalItems(coordinator.get(PATH + "?initiativeId=" + vpi))).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldKeepBothSidesOnEveryChangeAndRefuseAStaleVersion() {
    long id = id(govbra.post(PATH, taskForce(vpi, List.of(OFFICIAL, RESEARCHER))));
    Map<String, Object> researcherLeaves = withVersion(taskForce(vpi, List.of(OFFICIAL)), 0);
    Map<String, Object> anotherResearcher = withVersion(taskForce(vpi, List.of(OFFICIAL,
        member("João Reis", "Universidade de São Paulo", "NON_GOVERNMENTAL"))), 0);

    assertThat(errors(csobra.put(PATH + "/" + id, researcherLeaves))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "members"));
    assertThat(csobra.put(PATH + "/" + id, anotherResearcher).getBody()).containsEntry("version", 1)
        .containsEntry("updatedBy", "csobra");
    ResponseEntity<Map<String, Object>> stale = govbra.put(PATH + "/" + id,
        withVersion(taskForce(vpi, List.of(OFFICIAL, RESEARCHER)), 0));

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody()).containsEntry("currentVersion", 1);
    assertThat((List<Map<String, Object>>) govbra.get(PATH + "/" + id).getBody().get("members"))
        .extracting(m -> m.get("name")).containsExactly("Carla Souza", "João Reis");
    assertThat(govbra.getList(PATH + "/" + id + "/history").getBody())
        .extracting(h -> h.get("action"), h -> h.get("changedBy"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("created", "govbra"),
            org.assertj.core.groups.Tuple.tuple("updated", "csobra"));
    assertThat(govmoz.get(PATH + "/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldHoldItsOwnMeetingsOfKindTaskForceOfTheSameVpi() {
    long id = id(govbra.post(PATH, taskForce(vpi, List.of(OFFICIAL, RESEARCHER))));
    long other = id(csobra.post(PATH, taskForce(vpi, List.of(OFFICIAL, RESEARCHER))));
    long meeting = id(govbra.post("/api/meetings", meeting(vpi, "TASK_FORCE")));
    long vpiMeeting = id(govbra.post("/api/meetings", meeting(vpi, "VPI_MEETING")));
    long mozambique = id(coordinator.post("/api/meetings", meeting(vpi("MOZ"), "TASK_FORCE")));

    assertThat(csobra.post(PATH + "/" + id + "/meetings", Map.of("meetingId", meeting, "version", 0)).getBody())
        .containsEntry("meetingIds", List.of((int) meeting)).containsEntry("version", 1);
    assertThat(govbra.getList(PATH + "/" + id + "/meetings").getBody()).singleElement().satisfies(m ->
        assertThat(m).containsEntry("id", (int) meeting).containsEntry("kind", "TASK_FORCE"));

    assertThat(errors(govbra.post(PATH + "/" + id + "/meetings", Map.of("meetingId", vpiMeeting, "version", 1))))
        .singleElement().satisfies(e -> {
          assertThat(e).containsEntry("field", "meetingId");
          assertThat((String) e.get("message")).contains("VPI_MEETING").contains("TASK_FORCE");
        });
    assertThat(errors(govbra.post(PATH + "/" + id + "/meetings", Map.of("meetingId", mozambique, "version", 1))))
        .singleElement().satisfies(e -> assertThat(e).containsEntry("field", "meetingId"));
    assertThat(errors(govbra.post(PATH + "/" + other + "/meetings", Map.of("meetingId", meeting, "version", 0))))
        .singleElement().satisfies(e -> assertThat((String) e.get("message")).contains("Victim protection"));
    assertThat(govbra.post(PATH + "/" + id + "/meetings", Map.of("meetingId", meeting, "version", 0))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<Map> unlinked = govbra.exchange(HttpMethod.DELETE,
        PATH + "/" + id + "/meetings/" + meeting + "?version=1", null, Map.class);
    assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unlinked.getBody()).containsEntry("meetingIds", List.of()).containsEntry("version", 2);
    assertThat(govbra.get("/api/meetings/" + meeting).getStatusCode()).as("the meeting stays").isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDescribeTaskForcesReviewInputAndNationalProjectsInTheOpenApiDocument() {
    Map<String, Object> docs = rest.exchange("/v3/api-docs", HttpMethod.GET, HttpEntity.EMPTY, ApiClient.JSON)
        .getBody();
    Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) docs.get("components")).get("schemas");

    assertThat(paths).containsKeys(PATH, PATH + "/{id}", PATH + "/{id}/meetings", PATH + "/{id}/history",
        "/api/review-inputs", "/api/review-inputs/{id}/response", "/api/national-projects/{id}");
    assertThat((Map<String, Object>) ((Map<String, Object>) paths.get("/api/review-inputs/{id}/response")).get("put"))
        .containsEntry("summary", "Acknowledge or respond to input (government review team, coordinators)");
    assertThat(schemas).containsKeys("TaskForceMemberEntry", "ReviewInputView", "NationalProjectView");
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Task force test " + country, "traffickingInPersons",
        "cluster2", "B", LocalDate.parse("2026-10-01"))).id();
  }

  private static Map<String, Object> taskForce(long vpi, List<Map<String, Object>> members) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", vpi);
    body.put("name", "Victim protection task force");
    body.put("theme", "Protection of victims of trafficking");
    body.put("members", members);
    return body;
  }

  private static Map<String, Object> member(String name, String organisation, String side) {
    return Map.of("name", name, "organisation", organisation, "side", side);
  }

  private static Map<String, Object> meeting(long vpi, String kind) {
    return Map.of("initiativeId", vpi, "kind", kind, "startsAt", "2027-03-10T10:00:00-03:00[America/Sao_Paulo]",
        "place", "Brasília");
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("version", version);
    return changed;
  }
}
