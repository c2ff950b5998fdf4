package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;

/**
 * Non-governmental input to the review (level B) over HTTP: civil society records it, the
 * government review team of the same country reads and answers it, no other country sees it.
 */
@ApiTest
class ReviewInputApiIT {

  private static final String PATH = "/api/review-inputs";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private ApiClient csomoz;
  private long vpi;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    csomoz = new ApiClient(rest, "csomoz", "demo");
    vpi = vpi("BRA");
  }

  @Test
  void shouldShowCivilSocietysInputToTheGovernmentOfItsCountryAndToNoOtherCountry() {
    ResponseEntity<Map<String, Object>> created = csobra.post(PATH, input(vpi, "cluster2"));
    long id = id(created);

    assertThat(created.getBody()).containsEntry("country", "BRA").containsEntry("createdBy", "csobra")
        .containsEntry("organisations", List.of("Instituto Sou da Paz", "Universidade de Brasília"))
        .containsEntry("submittedOn", "2026-11-02").containsEntry("response", null);
    assertThat(govbra.get(PATH + "/" + id).getBody()).containsEntry("text", TEXT)
        .containsEntry("reviewCluster", "cluster2");
    assertThat(items(govbra.get(PATH + "?initiativeId=" + vpi + "&answered=false")))
        .extracting(i -> i.get("id")).containsExactly((int) id);
    assertThat(govmoz.get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(csomoz.get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(govmoz.get(PATH + "?initiativeId=" + vpi))).isZero();
    assertThat(totalItems(govmoz.get(PATH + "?country=BRA"))).isZero();
    assertThat(govmoz.put(PATH + "/" + id + "/response", Map.of("text", "Noted", "version", 0)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(govmoz.get(PATH + "/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldLetTheGovernmentRespondAndCivilSocietyReadTheResponse() {
    long id = id(csobra.post(PATH, input(vpi, "cluster2")));

    ResponseEntity<Map<String, Object>> answered = govbra.put(PATH + "/" + id + "/response",
        Map.of("text", "Thank you: section 3 of the questionnaire will reflect this.", "version", 0));

    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answered.getBody()).containsEntry("version", 1);
    assertThat(csobra.get(PATH + "/" + id).getBody().get("response")).isInstanceOfSatisfying(Map.class, r ->
        assertThat(r).containsEntry("text", "Thank you: section 3 of the questionnaire will reflect this.")
            .containsEntry("respondedBy", "govbra").containsKey("respondedAt"));
    assertThat(items(csobra.get(PATH + "?initiativeId=" + vpi + "&answered=true")))
        .extracting(i -> i.get("id")).containsExactly((int) id);
    assertThat(totalItems(csobra.get(PATH + "?initiativeId=" + vpi + "&answered=false"))).isZero();
    assertThat(csobra.getList(PATH + "/" + id + "/history").getBody())
        .extracting(h -> h.get("action"), h -> h.get("changedBy"))
        .containsExactly(tuple("created", "csobra"), tuple("responded", "govbra"));
    assertThat(errors(csobra.put(PATH + "/" + id, withVersion(input(vpi, "cluster2"), 1)))).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("already been answered by govbra"));
  }

  @Test
  void shouldLeaveRecordingToCivilSocietyAndAnsweringToTheGovernment() {
    long id = id(csobra.post(PATH, input(vpi, "cluster1")));

    assertThat(govbra.post(PATH, input(vpi, "cluster1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(govbra.put(PATH + "/" + id, withVersion(input(vpi, "cluster1"), 0)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csobra.put(PATH + "/" + id + "/response", Map.of("text", "Answered ourselves", "version", 0))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(id(coordinator.post(PATH, input(vpi, "cluster1")))).isPositive();
    assertThat(govbra.get(PATH + "/" + id).getBody()).containsEntry("response", null).containsEntry("version", 0);
  }

  @Test
  void shouldTakeTheClusterOfTheCountrysMilestoneAndRefuseAnotherCountrysMilestone() {
    long questionnaire = id(coordinator.post("/api/review-calendar", milestone("BRA", "cluster3")));
    long mozambique = id(coordinator.post("/api/review-calendar", milestone("MOZ", "cluster3")));
    Map<String, Object> forQuestionnaire = input(vpi, null);
    forQuestionnaire.put("milestoneId", questionnaire);
    Map<String, Object> forMozambique = new HashMap<>(forQuestionnaire);
    forMozambique.put("milestoneId", mozambique);
    Map<String, Object> wrongCluster = new HashMap<>(forQuestionnaire);
    wrongCluster.put("reviewCluster", "cluster1");

    assertThat(csobra.post(PATH, forQuestionnaire).getBody()).containsEntry("reviewCluster", "cluster3")
        .containsEntry("milestoneId", (int) questionnaire);
    assertThat(errors(csobra.post(PATH, forMozambique))).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "milestoneId");
      assertThat((String) e.get("message")).contains(String.valueOf(mozambique)).contains("BRA");
    });
    assertThat(errors(csobra.post(PATH, wrongCluster))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "reviewCluster"));
    assertThat(errors(csobra.inLanguage("pt").post(PATH, input(vpi, null)))).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "reviewCluster");
      assertThat((String) e.get("message")).contains("grupo temático");
    });
    assertThat(totalItems(govbra.get(PATH + "?initiativeId=" + vpi))).isEqualTo(1);
    assertThat(totalItems(govbra.get(PATH + "?milestoneId=" + questionnaire))).isEqualTo(1);
  }

  @Test
  void shouldRefuseAChangeOrAResponseBasedOnAStaleVersion() {
    long id = id(csobra.post(PATH, input(vpi, "cluster4")));
    Map<String, Object> changed = withVersion(input(vpi, "cluster4"), 0);
    changed.put("text", "Add mutual legal assistance requests on cybercrime.");
    assertThat(csobra.put(PATH + "/" + id, changed).getBody()).containsEntry("version", 1);

    ResponseEntity<Map<String, Object>> staleChange =
        csobra.put(PATH + "/" + id, withVersion(input(vpi, "cluster4"), 0));
    ResponseEntity<Map<String, Object>> staleResponse =
        govbra.put(PATH + "/" + id + "/response", Map.of("text", "Noted", "version", 0));

    assertThat(staleChange.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(staleChange.getBody()).containsEntry("currentVersion", 1);
    assertThat(staleResponse.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(govbra.get(PATH + "/" + id).getBody())
        .containsEntry("text", "Add mutual legal assistance requests on cybercrime.").containsEntry("response", null);
  }

  private static final String TEXT = "Consult NGOs working with victims before answering article 25 of the"
      + " self-assessment questionnaire.";

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Review input test " + country, "traffickingInPersons",
        "cluster2", "B", LocalDate.parse("2026-10-01"))).id();
  }

  private static Map<String, Object> input(long vpi, String cluster) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", vpi);
    body.put("reviewCluster", cluster);
    body.put("organisations", List.of("Instituto Sou da Paz", " Universidade de Brasília "));
    body.put("text", TEXT);
    body.put("submittedOn", "2026-11-02");
    return body;
  }

  private static Map<String, Object> milestone(String country, String cluster) {
    return Map.of("country", country, "reviewCluster", cluster, "kind", "SELF_ASSESSMENT_DUE",
        "dueOn", "2027-05-01");
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("version", version);
    return changed;
  }
}
