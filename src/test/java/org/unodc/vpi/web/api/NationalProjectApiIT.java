package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.web.api.ApiAnswers.errors;
import static org.unodc.vpi.web.api.ApiAnswers.id;
import static org.unodc.vpi.web.api.ApiAnswers.items;
import static org.unodc.vpi.web.api.ApiAnswers.totalItems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;

/** National projects started from the action plan (level C) over HTTP. */
@ApiTest
class NationalProjectApiIT {

  private static final String PATH = "/api/national-projects";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private long vpi;
  private long item;

  @BeforeEach
  void signIn() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    vpi = vpi("BRA");
    item = actionItem(govbra, vpi);
  }

  @Test
  void shouldRecordAProjectStartedFromAnActionOfItsVpiSeenOnlyInItsCountry() {
    ResponseEntity<Map<String, Object>> created = csobra.post(PATH, project(vpi, item));
    long id = id(created);

    assertThat(created.getBody()).containsEntry("country", "BRA").containsEntry("actionItemId", (int) item)
        .containsEntry("status", "PLANNED").containsEntry("createdBy", "csobra");
    assertThat(items(govbra.get(PATH + "?initiativeId=" + vpi))).extracting(p -> p.get("id"))
        .containsExactly((int) id);
    assertThat(totalItems(govbra.get(PATH + "?actionItemId=" + item + "&status=PLANNED"))).isEqualTo(1);
    assertThat(govmoz.get(PATH + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(govmoz.get(PATH + "?initiativeId=" + vpi))).isZero();
  }

  @Test
  void shouldRefuseAnActionItemOfAnotherVpiNamingTheField() {
    long otherBrazilianVpi = vpi("BRA");
    long otherBrazilianItem = actionItem(govbra, otherBrazilianVpi);
    long mozambicanItem = actionItem(coordinator, vpi("MOZ"));

    ResponseEntity<Map<String, Object>> sameCountryOtherVpi = govbra.post(PATH, project(vpi, otherBrazilianItem));
    ResponseEntity<Map<String, Object>> otherCountry = govbra.inLanguage("es").post(PATH, project(vpi, mozambicanItem));
    ResponseEntity<Map<String, Object>> unknown = govbra.post(PATH, project(vpi, 999_999_999L));

    assertThat(errors(sameCountryOtherVpi)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "actionItemId");
      assertThat((String) e.get("message")).contains("Action item " + otherBrazilianItem)
          .contains("VPI " + vpi);
    });
    assertThat(errors(otherCountry)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "actionItemId");
      assertThat((String) e.get("message")).contains("plan de acción");
    });
    assertThat(errors(unknown)).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "actionItemId"));
    assertThat(totalItems(coordinator.get(PATH + "?initiativeId=" + vpi))).isZero();

    long id = id(govbra.post(PATH, project(vpi, item)));
    Map<String, Object> moved = withVersion(project(vpi, otherBrazilianItem), 0);
    assertThat(errors(govbra.put(PATH + "/" + id, moved))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "actionItemId"));
    assertThat(govbra.get(PATH + "/" + id).getBody()).containsEntry("actionItemId", (int) item)
        .containsEntry("version", 0);
  }

  @Test
  void shouldNeedAStartDateOnceRunningAndRefuseAStaleVersion() {
    long id = id(govbra.post(PATH, project(vpi, item)));
    Map<String, Object> running = withVersion(project(vpi, item), 0);
    running.put("status", "RUNNING");

    assertThat(errors(govbra.put(PATH + "/" + id, running))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "startDate"));
    running.put("startDate", "2027-02-01");
    assertThat(govbra.put(PATH + "/" + id, running).getBody()).containsEntry("status", "RUNNING")
        .containsEntry("startDate", "2027-02-01").containsEntry("version", 1);

    running.put("status", "COMPLETED");
    ResponseEntity<Map<String, Object>> stale = csobra.put(PATH + "/" + id, running);

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody()).containsEntry("currentVersion", 1);
    assertThat(govbra.get(PATH + "/" + id).getBody()).containsEntry("status", "RUNNING");
    assertThat(govbra.getList(PATH + "/" + id + "/history").getBody()).extracting(h -> h.get("action"))
        .containsExactly("created", "updated");
    assertThat(errors(govbra.post(PATH, withLink(project(vpi, item), "www.example.org")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "link"));
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Project test " + country, "traffickingInPersons",
        "cluster2", "C", LocalDate.parse("2026-10-01"))).id();
  }

  private static long actionItem(ApiClient user, long vpi) {
    return id(user.post("/api/action-items", Map.of("initiativeId", vpi, "title", "Train labour inspectors",
        "percentComplete", 0)));
  }

  private static Map<String, Object> project(long vpi, long actionItemId) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", vpi);
    body.put("title", "Labour inspectors against trafficking, Pará");
    body.put("actionItemId", actionItemId);
    body.put("leadOrganisation", "Ministério do Trabalho e Emprego");
    body.put("link", "https://www.gov.br/trabalho");
    return body;
  }

  private static Map<String, Object> withLink(Map<String, Object> body, String link) {
    body.put("link", link);
    return body;
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("version", version);
    return changed;
  }
}
