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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;

/** Every error case of /api, and the audit trail, as the demo users meet them over HTTP. */
@ApiTest
class RecordsApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  private ApiClient coordinator;
  private ApiClient csobra;
  private ApiClient govbra;
  private ApiClient csomoz;
  private String name;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csomoz = new ApiClient(rest, "csomoz", "demo");
    name = "Instituto " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void shouldAskForSignInWithAProblemDocument() {
    ResponseEntity<Map<String, Object>> answer = new ApiClient(rest, null, null).get("/api/stakeholders");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(answer.getBody()).containsEntry("status", 401).containsKey("title");
    // An unknown user: a wrong password for a real one makes the engine throttle that user's logins.
    assertThat(new ApiClient(rest, "nobody-" + name, "demo").get("/api/stakeholders").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldListEveryInvalidFieldAndStoreNothing() {
    Map<String, Object> bad = new HashMap<>(stakeholder("BRA"));
    bad.put("name", " ");
    bad.put("type", null);
    bad.put("website", "www.no-scheme.example");
    bad.put("contacts", List.of(Map.of("name", "Ana", "email", "ana-at-example")));

    ResponseEntity<Map<String, Object>> answer = csobra.post("/api/stakeholders", bad);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(answer.getBody()).containsEntry("title", "Some values are not valid");
    assertThat(errors(answer)).extracting(e -> e.get("field"))
        .containsExactly("contacts[0].email", "name", "type", "website");
    assertThat(errors(answer)).filteredOn(e -> e.get("field").equals("website")).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("https://"));
    assertThat(totalItems(coordinator.get("/api/stakeholders?name=" + name))).isZero();
  }

  @Test
  void shouldExplainRefusalsInTheReadersLanguage() {
    ResponseEntity<Map<String, Object>> answer =
        csobra.inLanguage("fr").post("/api/stakeholders", Map.of("country", "BRA", "type", "NGO"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("title", "Certaines valeurs ne sont pas valides");
    assertThat(errors(answer)).extracting(e -> e.get("field")).containsExactly("name");
  }

  @Test
  void shouldNameTheFieldAndTheAllowedValuesForAnUnknownChoice() {
    Map<String, Object> bad = new HashMap<>(stakeholder("BRA"));
    bad.put("type", "charity");

    ResponseEntity<Map<String, Object>> answer = csobra.post("/api/stakeholders", bad);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "type");
      assertThat((String) e.get("message")).contains("charity").contains("NGO, ACADEMIA, PRIVATE_SECTOR, OTHER");
    });
    assertThat(csobra.post("/api/stakeholders", "{\"name\": \"broken").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(csobra.get("/api/stakeholders?type=charity"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "type"));
    assertThat(errors(csobra.get("/api/stakeholders?sort=contacts.email"))).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("contacts.email").contains("name"));
  }

  @Test
  void shouldAnswerNotFoundForAMissingRecordAndForAnotherCountrysRecord() {
    long id = id(csobra.post("/api/stakeholders", stakeholder("BRA")));

    ResponseEntity<Map<String, Object>> missing = csobra.get("/api/stakeholders/999999999");
    ResponseEntity<Map<String, Object>> foreign = csomoz.get("/api/stakeholders/" + id);

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) missing.getBody().get("detail")).contains("stakeholder number 999999999");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(csomoz.put("/api/stakeholders/" + id, withVersion(stakeholder("BRA"), 0)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(csomoz.get("/api/stakeholders?name=" + name))).isZero();
    assertThat(totalItems(coordinator.get("/api/stakeholders?name=" + name))).isEqualTo(1);
  }

  @Test
  void shouldListEveryCountryToCoordinatorsAndOnlyTheirOwnToOthers() {
    id(csobra.post("/api/stakeholders", stakeholder("BRA")));
    id(csomoz.post("/api/stakeholders", stakeholder("MOZ")));

    assertThat(items(coordinator.get("/api/stakeholders?sort=country&name=" + name)))
        .extracting(s -> s.get("country")).containsExactly("BRA", "MOZ");
    assertThat(items(csobra.get("/api/stakeholders?sort=country&name=" + name)))
        .extracting(s -> s.get("country")).containsExactly("BRA");
    assertThat(items(csomoz.get("/api/stakeholders?sort=country&name=" + name)))
        .extracting(s -> s.get("country")).containsExactly("MOZ");
  }

  @Test
  void shouldRefuseAnUpdateBasedOnAVersionSomeoneElseChanged() {
    long id = id(csobra.post("/api/stakeholders", stakeholder("BRA")));
    Map<String, Object> first = withVersion(stakeholder("BRA"), 0);
    first.put("thematicExpertise", "Victim support");
    Map<String, Object> second = withVersion(stakeholder("BRA"), 0);
    second.put("thematicExpertise", "Witness protection");

    assertThat(csobra.put("/api/stakeholders/" + id, first).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> late = coordinator.put("/api/stakeholders/" + id, second);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).containsEntry("currentVersion", 1);
    assertThat((String) late.getBody().get("detail")).contains("version 0").contains("Nothing was saved");
    assertThat(csobra.get("/api/stakeholders/" + id).getBody()).containsEntry("thematicExpertise", "Victim support")
        .containsEntry("version", 1);
    assertThat(errors(csobra.put("/api/stakeholders/" + id, stakeholder("BRA")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "version"));
  }

  @Test
  void shouldRefuseWhatTheRoleOrCountryDoesNotAllow() {
    assertThat(govbra.post("/api/stakeholders", stakeholder("BRA")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> otherCountry = csobra.post("/api/stakeholders", stakeholder("MOZ"));
    assertThat(otherCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(otherCountry)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "country"));
    long mozambique = vpi("MOZ");
    ResponseEntity<Map<String, Object>> foreignVpi = csobra.post("/api/action-items",
        Map.of("initiativeId", mozambique, "title", "Not ours", "percentComplete", 0));
    assertThat(errors(foreignVpi)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "initiativeId"));
    assertThat(totalItems(coordinator.get("/api/action-items?initiativeId=" + mozambique))).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldNotShowTheGovernmentWhoAContactIsUnlessTheyAgreed() {
    long id = id(csobra.post("/api/stakeholders", stakeholder("BRA")));

    Map<String, Object> contact = ((List<Map<String, Object>>) govbra.get("/api/stakeholders/" + id).getBody()
        .get("contacts")).get(0);
    assertThat(contact).containsEntry("name", null).containsEntry("email", null).containsEntry("phone", null)
        .containsEntry("preferredLanguage", "pt").containsEntry("sharedWithGovernment", false);
    String history = govbra.exchange(HttpMethod.GET, "/api/stakeholders/" + id + "/history", null, String.class)
        .getBody();
    assertThat(history).contains("\"contacts\"").doesNotContain("Ana Souza", "ana@alfa.example");
    assertThat(govbra.exchange(HttpMethod.GET, "/api/stakeholders/export.csv?name=" + name, null, String.class)
        .getBody()).as("nor in the export").contains(name).doesNotContain("Ana Souza", "ana@alfa.example");
    assertThat(csobra.exchange(HttpMethod.GET, "/api/stakeholders/" + id + "/history", null, String.class).getBody())
        .as("civil society and coordinators see their contacts").contains("Ana Souza", "ana@alfa.example");
    assertThat(csobra.exchange(HttpMethod.GET, "/api/stakeholders/export.csv?name=" + name, null, String.class)
        .getBody()).contains("Ana Souza", "ana@alfa.example");
  }

  @Test
  void shouldRefuseADuplicateOrganisationInTheSameCountry() {
    id(csobra.post("/api/stakeholders", stakeholder("BRA")));
    Map<String, Object> again = new HashMap<>(stakeholder("BRA"));
    again.put("name", "  " + name.toUpperCase() + " ");

    ResponseEntity<Map<String, Object>> answer = coordinator.post("/api/stakeholders", again);

    assertThat(errors(answer)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "name");
      assertThat((String) e.get("message")).contains("already registered for BRA");
    });
  }

  @Test
  void shouldKeepWhoChangedAStakeholderWhatAndWhen() {
    long id = id(csobra.post("/api/stakeholders", stakeholder("BRA")));
    Map<String, Object> change = withVersion(stakeholder("BRA"), 0);
    change.put("website", "https://alfa.example");
    assertThat(coordinator.put("/api/stakeholders/" + id, change).getStatusCode()).isEqualTo(HttpStatus.OK);

    List<Map<String, Object>> history = govbra.getList("/api/stakeholders/" + id + "/history").getBody();

    assertThat(history).extracting(h -> h.get("action"), h -> h.get("changedBy"))
        .containsExactly(org.assertj.core.api.Assertions.tuple("created", "csobra"),
            org.assertj.core.api.Assertions.tuple("updated", "coordinator"));
    assertThat(history.get(1).get("changes")).isEqualTo(Map.of("website", java.util.Arrays.asList(null, "https://alfa.example")));
    assertThat(history.get(1).get("changedAt")).isNotNull();
    assertThat(csomoz.get("/api/stakeholders/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldLetOnlyTheGovernmentDecideAndRequireACommentToReturn() {
    long vpi = vpi("BRA");
    Map<String, Object> priority = csobra.post("/api/priorities",
        Map.of("initiativeId", vpi, "text", "Protect witnesses")).getBody();
    String decisions = "/api/priorities/" + priority.get("id") + "/decisions";

    assertThat(csobra.post(decisions, Map.of("decision", "APPROVED", "version", 0)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> noComment = govbra.post(decisions, Map.of("decision", "RETURNED", "version", 0));
    assertThat(errors(noComment)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "comment"));
    ResponseEntity<Map<String, Object>> returned = govbra.post(decisions,
        Map.of("decision", "RETURNED", "comment", "Say which court.", "version", 0));
    assertThat(returned.getBody()).containsEntry("status", "RETURNED");

    Map<String, Object> revision = Map.of("initiativeId", vpi, "text", "Protect witnesses in federal courts",
        "revisionNote", "Named the courts", "version", 1);
    Map<String, Object> revised = csobra.put("/api/priorities/" + priority.get("id"), revision).getBody();
    assertThat(revised).containsEntry("status", "UNDER_REVIEW");
    assertThat((List<?>) revised.get("revisions")).hasSize(2);
    assertThat(csobra.put("/api/priorities/" + priority.get("id"), revision).getStatusCode())
        .as("the same version twice").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void shouldMoveAnActionItemOnWithEachProgressReport() {
    long vpi = vpi("BRA");
    Map<String, Object> item = govbra.post("/api/action-items", Map.of("initiativeId", vpi, "title", "Train judges",
        "owners", List.of(Map.of("kind", "GOVERNMENT_UNIT", "name", "Judicial school")), "startDate", "2027-01-10",
        "dueDate", "2027-03-31", "percentComplete", 0)).getBody();
    String reports = "/api/action-items/" + item.get("id") + "/progress-reports";

    assertThat(csobra.post(reports, Map.of("reportedOn", "2027-02-01", "percentComplete", 40,
        "text", "Two of five courses held", "version", 0)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> tooMuch = csobra.post(reports, Map.of("reportedOn", "2027-02-02",
        "percentComplete", 140, "text", "Typo", "version", 1));
    assertThat(errors(tooMuch)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "percentComplete"));

    assertThat(coordinator.get("/api/action-items/" + item.get("id")).getBody())
        .containsEntry("status", "IN_PROGRESS").containsEntry("percentComplete", 40);
    assertThat(coordinator.getList(reports).getBody()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("reportedBy", "csobra"));
    ResponseEntity<Map<String, Object>> backwards = govbra.put("/api/action-items/" + item.get("id"), Map.of(
        "initiativeId", vpi, "title", "Train judges", "startDate", "2027-03-01", "dueDate", "2027-02-01",
        "percentComplete", 40, "version", 1));
    assertThat(errors(backwards)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "dueDate"));
  }

  @Test
  void shouldDescribeTheApiInAnOpenApiDocumentAndABrowsableUi() {
    ResponseEntity<Map<String, Object>> docs = rest.exchange("/v3/api-docs", HttpMethod.GET, HttpEntity.EMPTY,
        ApiClient.JSON);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> paths = (Map<String, Object>) docs.getBody().get("paths");
    assertThat(paths).containsKeys("/api/stakeholders", "/api/stakeholders/{id}", "/api/meetings",
        "/api/priorities/{id}/decisions", "/api/action-items/{id}/progress-reports", "/api/alliances");
    assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getBody()).contains("Swagger UI");
  }

  private Map<String, Object> stakeholder(String country) {
    Map<String, Object> body = new HashMap<>();
    body.put("country", country);
    body.put("name", name);
    body.put("type", "NGO");
    body.put("contacts", List.of(Map.of("name", "Ana Souza", "email", "ana@alfa.example", "preferredLanguage", "pt",
        "listedInWhatsOn", true, "sharedWithGovernment", false)));
    return body;
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put("version", version);
    return copy;
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "API test " + country, "other", "cluster1", "A",
        LocalDate.parse("2026-10-01"))).id();
  }
}
