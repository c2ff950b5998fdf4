package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.vpi.web.api.ApiAnswers.errors;
import static org.unodc.vpi.web.api.ApiAnswers.id;
import static org.unodc.vpi.web.api.ApiAnswers.items;
import static org.unodc.vpi.web.api.ApiAnswers.totalItems;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;

/**
 * Level C over HTTP as the demo users meet it: Advisory Council members and their mandates,
 * civil-society observers and experts in REVMOD, non-governmental members of the COP delegation.
 * Each test works in VPIs of its own, so it sees only its own records.
 */
@ApiTest
class RosterApiIT {

  private static final String COUNCIL = "/api/council-members";
  private static final String REVMOD = "/api/revmod-participants";
  private static final String DELEGATION = "/api/cop-delegation-members";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  private ApiClient coordinator;
  private ApiClient govbra;
  private ApiClient csobra;
  private ApiClient govmoz;
  private ApiClient csomoz;
  private long braVpi;
  private long mozVpi;
  private LocalDate today;

  @BeforeEach
  void signInAndOpenVpis() {
    coordinator = new ApiClient(rest, "coordinator", "demo");
    govbra = new ApiClient(rest, "govbra", "demo");
    csobra = new ApiClient(rest, "csobra", "demo");
    govmoz = new ApiClient(rest, "govmoz", "demo");
    csomoz = new ApiClient(rest, "csomoz", "demo");
    braVpi = vpi("BRA");
    mozVpi = vpi("MOZ");
    today = LocalDate.now(ZoneOffset.UTC);
  }

  @Test
  void shouldLetTheGovernmentAddACivilSocietyMemberChosenByPublicCallWithAMandateOfTwoYears() {
    LocalDate start = today.minusDays(30);

    ResponseEntity<Map<String, Object>> created = govbra.post(COUNCIL, civilSocietyMember(braVpi, start));
    long id = id(created);

    assertThat(created.getBody()).containsEntry("country", "BRA").containsEntry("seat", "CIVIL_SOCIETY")
        .containsEntry("selection", "PUBLIC_CALL").containsEntry("publicCallReference", "Edital 01/2025")
        .containsEntry("mandateStart", start.toString()).containsEntry("term", 1)
        .containsEntry("mandateEnd", start.plusYears(2).toString()).containsEntry("renewable", true)
        .containsEntry("status", "CURRENT").containsEntry("createdBy", "govbra").containsEntry("version", 0);
    assertThat(csobra.get(COUNCIL + "/" + id).getBody()).as("civil society reads the council")
        .containsEntry("memberName", "Ana Souza");
    assertThat(items(csobra.get(COUNCIL + "?initiativeId=" + braVpi))).extracting(m -> m.get("id"))
        .containsExactly((int) id);
    assertThat(csobra.getList(COUNCIL + "/" + id + "/history").getBody())
        .extracting(h -> h.get("action"), h -> h.get("changedBy")).containsExactly(Tuple.tuple("created", "govbra"));
  }

  @Test
  void shouldNameThePublicCallFieldsForACivilSocietySeatWithoutACallAndRefuseACallForAGovernmentSeat() {
    Map<String, Object> noCall = civilSocietyMember(braVpi, today);
    noCall.remove("publicCallReference");
    noCall.remove("publicCallDate");
    Map<String, Object> governmentWithCall = governmentMember(braVpi, today);
    governmentWithCall.put("publicCallReference", "Edital 01/2025");

    ResponseEntity<Map<String, Object>> answer = govbra.post(COUNCIL, noCall);
    ResponseEntity<Map<String, Object>> inPortuguese = govbra.inLanguage("pt").post(COUNCIL, noCall);
    ResponseEntity<Map<String, Object>> government = govbra.post(COUNCIL, governmentWithCall);

    assertThat(errors(answer)).extracting(e -> e.get("field"))
        .containsExactly("publicCallReference", "publicCallDate");
    assertThat((String) errors(answer).get(0).get("message")).contains("civil-society seat").contains("public call");
    assertThat((String) errors(inPortuguese).get(0).get("message")).contains("chamada pública");
    assertThat(errors(government)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "publicCallReference");
      assertThat((String) e.get("message")).contains("GOVERNMENT").contains("leave out");
    });
    assertThat(totalItems(coordinator.get(COUNCIL + "?initiativeId=" + braVpi))).isZero();
  }

  @Test
  void shouldRenewAMandateOnceForTwoMoreYearsAndRefuseASecondRenewal() {
    LocalDate start = today.minusYears(1);
    long id = id(govbra.post(COUNCIL, governmentMember(braVpi, start)));

    ResponseEntity<Map<String, Object>> renewed = govbra.post(COUNCIL + "/" + id + "/renewal", Map.of("version", 0));
    ResponseEntity<Map<String, Object>> again = govbra.post(COUNCIL + "/" + id + "/renewal", Map.of("version", 1));
    ResponseEntity<Map<String, Object>> againInFrench =
        coordinator.inLanguage("fr").post(COUNCIL + "/" + id + "/renewal", Map.of("version", 1));

    assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(renewed.getBody()).containsEntry("term", 2).containsEntry("renewable", false)
        .containsEntry("termStart", start.plusYears(2).toString())
        .containsEntry("mandateEnd", start.plusYears(4).toString()).containsEntry("version", 1);
    assertThat(errors(again)).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "term");
      assertThat((String) e.get("message")).contains("renewed only once").contains(start.plusYears(4).toString());
    });
    assertThat((String) errors(againInFrench).get(0).get("message")).contains("renouvelé qu'une seule fois");
    assertThat(govbra.get(COUNCIL + "/" + id).getBody()).containsEntry("term", 2).containsEntry("version", 1)
        .containsEntry("mandateEnd", start.plusYears(4).toString());
    assertThat(govbra.getList(COUNCIL + "/" + id + "/history").getBody()).extracting(h -> h.get("action"))
        .containsExactly("created", "renewed");
  }

  @Test
  void shouldListAMemberWhoseMandateEndedAsFormerAndTheSeatsDueForRenewal() {
    long former = id(govbra.post(COUNCIL, governmentMember(braVpi, today.minusYears(2).minusDays(1))));
    LocalDate twoYearsBeforeInTwentyDays = today.minusYears(2).plusDays(20);
    long dueInTwentyDays = id(govbra.post(COUNCIL, civilSocietyMember(braVpi, twoYearsBeforeInTwentyDays)));
    long current = id(govbra.post(COUNCIL, governmentMember(braVpi, today)));

    assertThat(coordinator.get(COUNCIL + "/" + former).getBody()).containsEntry("status", "FORMER");
    assertThat(items(csobra.get(COUNCIL + "?status=FORMER&initiativeId=" + braVpi))).extracting(m -> m.get("id"))
        .containsExactly((int) former);
    assertThat(items(csobra.get(COUNCIL + "?status=CURRENT&initiativeId=" + braVpi))).extracting(m -> m.get("id"))
        .containsExactlyInAnyOrder((int) dueInTwentyDays, (int) current);
    assertThat(items(coordinator.get(COUNCIL + "/due-for-renewal?days=30&initiativeId=" + braVpi)))
        .singleElement().satisfies(m -> assertThat(m).containsEntry("id", (int) dueInTwentyDays)
            .containsEntry("mandateEnd", twoYearsBeforeInTwentyDays.plusYears(2).toString()).containsEntry("renewable", true));
    assertThat(totalItems(coordinator.get(COUNCIL + "/due-for-renewal?days=10&initiativeId=" + braVpi))).isZero();
    assertThat(totalItems(govmoz.get(COUNCIL + "/due-for-renewal?days=30&initiativeId=" + braVpi))).isZero();
    assertThat(errors(coordinator.get(COUNCIL + "/due-for-renewal?days=0"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "days"));
  }

  @Test
  void shouldHideAnotherCountrysMembersAndLetOnlyCoordinatorsAndTheGovernmentWrite() {
    long id = id(govbra.post(COUNCIL, governmentMember(braVpi, today)));

    assertThat(govmoz.get(COUNCIL + "/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(csomoz.get(COUNCIL + "/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(govmoz.put(COUNCIL + "/" + id, withVersion(governmentMember(braVpi, today), 0)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(govmoz.post(COUNCIL + "/" + id + "/renewal", Map.of("version", 0)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(govmoz.get(COUNCIL + "?initiativeId=" + braVpi))).isZero();
    assertThat(errors(govmoz.post(COUNCIL, governmentMember(braVpi, today)))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "initiativeId"));
    assertThat(csobra.post(COUNCIL, civilSocietyMember(braVpi, today)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csobra.post(COUNCIL + "/" + id + "/renewal", Map.of("version", 0)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csobra.put(COUNCIL + "/" + id, withVersion(governmentMember(braVpi, today), 0)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(id(coordinator.post(COUNCIL, governmentMember(mozVpi, today)))).isPositive();
    assertThat(items(coordinator.get(COUNCIL + "?initiativeId=" + braVpi))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("version", 0).containsEntry("updatedBy", "govbra"));
  }

  @Test
  void shouldRefuseAnUpdateOrRenewalBasedOnAStaleVersion() {
    long id = id(govbra.post(COUNCIL, civilSocietyMember(braVpi, today)));
    Map<String, Object> corrected = withVersion(civilSocietyMember(braVpi, today), 0);
    corrected.put("organisation", "Instituto Igarapé");
    assertThat(coordinator.put(COUNCIL + "/" + id, corrected).getBody())
        .containsEntry("organisation", "Instituto Igarapé").containsEntry("version", 1);

    ResponseEntity<Map<String, Object>> stale = govbra.put(COUNCIL + "/" + id,
        withVersion(civilSocietyMember(braVpi, today), 0));
    ResponseEntity<Map<String, Object>> staleRenewal =
        govbra.post(COUNCIL + "/" + id + "/renewal", Map.of("version", 0));

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody()).containsEntry("currentVersion", 1);
    assertThat(staleRenewal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(govbra.get(COUNCIL + "/" + id).getBody()).containsEntry("organisation", "Instituto Igarapé")
        .containsEntry("term", 1).containsEntry("version", 1);
  }

  @Test
  void shouldRecordRevmodObserversAndExpertsPerClusterVisibleInTheirCountryOnly() {
    long observer = id(govbra.post(REVMOD, revmod(braVpi, "OBSERVER", "cluster2")));
    long expert = id(coordinator.post(REVMOD, revmod(braVpi, "EXPERT", "cluster3")));
    long mozambican = id(govmoz.post(REVMOD, revmod(mozVpi, "OBSERVER", "cluster2")));
    Map<String, Object> backwards = revmod(braVpi, "EXPERT", "cluster1");
    backwards.put("toDate", "2025-12-31");

    assertThat(items(csobra.get(REVMOD + "?initiativeId=" + braVpi + "&role=OBSERVER"))).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("id", (int) observer).containsEntry("reviewCluster", "cluster2")
            .containsEntry("organisation", "Conectas").containsEntry("country", "BRA"));
    assertThat(items(csobra.get(REVMOD + "?initiativeId=" + braVpi + "&reviewCluster=cluster3")))
        .extracting(p -> p.get("id")).containsExactly((int) expert);
    assertThat(csobra.get(REVMOD + "/" + mozambican).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(csomoz.get(REVMOD + "?initiativeId=" + braVpi))).isZero();
    assertThat(items(csomoz.get(REVMOD + "?initiativeId=" + mozVpi))).extracting(p -> p.get("id"))
        .containsExactly((int) mozambican);
    assertThat(csobra.post(REVMOD, revmod(braVpi, "OBSERVER", "cluster1")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(govbra.post(REVMOD, backwards))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "toDate"));
    assertThat(errors(govbra.post(REVMOD, revmod(braVpi, "OBSERVER", "cluster5")))).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("cluster1, cluster2, cluster3, cluster4"));

    Map<String, Object> ended = withVersion(revmod(braVpi, "OBSERVER", "cluster2"), 0);
    ended.put("toDate", "2026-06-30");
    assertThat(govbra.put(REVMOD + "/" + observer, ended).getBody()).containsEntry("toDate", "2026-06-30")
        .containsEntry("version", 1);
    assertThat(govbra.put(REVMOD + "/" + observer, ended).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(govmoz.put(REVMOD + "/" + observer, withVersion(ended, 1)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(csobra.getList(REVMOD + "/" + observer + "/history").getBody()).extracting(h -> h.get("action"))
        .containsExactly("created", "updated");
  }

  @Test
  void shouldRecordNonGovernmentalMembersOfTheCopDelegationVisibleInTheirCountryOnly() {
    long academic = id(govbra.post(DELEGATION, delegate(braVpi, 12, "ACADEMIA")));
    long ngo = id(coordinator.post(DELEGATION, delegate(braVpi, 13, "NGO")));
    Map<String, Object> noSector = delegate(braVpi, 13, "NGO");
    noSector.remove("sector");

    assertThat(items(csobra.get(DELEGATION + "?initiativeId=" + braVpi))).extracting(m -> m.get("id"))
        .as("latest session first").containsExactly((int) ngo, (int) academic);
    assertThat(items(csobra.get(DELEGATION + "?initiativeId=" + braVpi + "&sessionNumber=12"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("sector", "ACADEMIA").containsEntry("delegationRole", "adviser")
            .containsEntry("sessionDate", "2024-10-14").containsEntry("createdBy", "govbra"));
    assertThat(csomoz.get(DELEGATION + "/" + academic).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(totalItems(govmoz.get(DELEGATION + "?initiativeId=" + braVpi))).isZero();
    assertThat(csobra.post(DELEGATION, delegate(braVpi, 13, "NGO")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(errors(govbra.post(DELEGATION, noSector))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "sector"));
    assertThat(errors(govmoz.post(DELEGATION, delegate(braVpi, 13, "NGO")))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "initiativeId"));

    Map<String, Object> changed = withVersion(delegate(braVpi, 12, "ACADEMIA"), 0);
    changed.put("delegationRole", "expert on firearms");
    assertThat(govbra.put(DELEGATION + "/" + academic, changed).getBody())
        .containsEntry("delegationRole", "expert on firearms").containsEntry("version", 1);
    assertThat(coordinator.put(DELEGATION + "/" + academic, changed).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(govbra.getList(DELEGATION + "/" + academic + "/history").getBody().get(1).get("changes"))
        .isEqualTo(Map.of("delegationRole", List.of("adviser", "expert on firearms")));
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Level C " + country, "other", "cluster2", "C",
        LocalDate.parse("2025-01-15"))).id();
  }

  private static Map<String, Object> civilSocietyMember(long initiativeId, LocalDate start) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", initiativeId);
    body.put("memberName", "Ana Souza");
    body.put("organisation", "Instituto Sou da Paz");
    body.put("seat", "CIVIL_SOCIETY");
    body.put("publicCallReference", "Edital 01/2025");
    body.put("publicCallDate", start.minusMonths(2).toString());
    body.put("mandateStart", start.toString());
    return body;
  }

  private static Map<String, Object> governmentMember(long initiativeId, LocalDate start) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", initiativeId);
    body.put("memberName", "Paulo Lima");
    body.put("organisation", "Ministry of Justice and Public Security");
    body.put("seat", "GOVERNMENT");
    body.put("mandateStart", start.toString());
    return body;
  }

  private static Map<String, Object> revmod(long initiativeId, String role, String cluster) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", initiativeId);
    body.put("personName", "Rita Alves");
    body.put("organisation", "Conectas");
    body.put("role", role);
    body.put("reviewCluster", cluster);
    body.put("fromDate", "2026-01-05");
    return body;
  }

  private static Map<String, Object> delegate(long initiativeId, int session, String sector) {
    Map<String, Object> body = new HashMap<>();
    body.put("initiativeId", initiativeId);
    body.put("sessionNumber", session);
    body.put("sessionName", "Session " + session + " of the Conference of the Parties");
    body.put("sessionDate", session == 12 ? "2024-10-14" : "2026-10-12");
    body.put("personName", "João Pereira");
    body.put("organisation", "Universidade de São Paulo");
    body.put("sector", sector);
    body.put("delegationRole", "adviser");
    return body;
  }

  private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("version", version);
    return changed;
  }
}
