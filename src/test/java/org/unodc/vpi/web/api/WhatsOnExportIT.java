package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.vpi.web.api.ApiAnswers.csv;
import static org.unodc.vpi.web.api.ApiAnswers.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unodc.vpi.stakeholder.WhatsOnExport;

/** The file of a country's stakeholders who agreed to be listed in WhatsOn, over HTTP as demo users. */
@ApiTest
@SuppressWarnings("unchecked")
class WhatsOnExportIT {

  @Autowired TestRestTemplate rest;

  /** Names of this run: the database is shared with the other API tests. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldExportEachContactWhoAgreedWithTheirOrganisation() throws IOException {
    String name = "Instituto Ação " + run;
    register("BRA", name, "ACADEMIA", "firearms; trafficking in persons", "https://acao.example",
        contact("Ana Souza " + run, "Director", "ana@acao.example", "pt", true));
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    ResponseEntity<byte[]> file = download("coordinator", "BRA");

    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    assertThat(file.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("whatson-BRA-" + today + ".csv");
    List<List<String>> rows = csv(file.getBody());
    assertThat(rows.get(0)).containsExactly("Organisation", "Type", "Country", "Website", "Thematic expertise",
        "Contact name", "Contact role", "Contact e-mail", "Contact language");
    assertThat(ofThisRun(rows)).containsExactly(List.of(name, "Academia", "BRA", "https://acao.example",
        "firearms; trafficking in persons", "Ana Souza " + run, "Director", "ana@acao.example", "Portuguese"));
  }

  @Test
  void shouldLeaveOutTheContactsWhoDidNotAgreeEvenOfAnOrganisationInTheFile() throws IOException {
    register("BRA", "Rede Mista " + run, "NGO", null, null,
        contact("Agreed " + run, null, "agreed@mista.example", "en", true),
        contact("Declined " + run, null, "declined@mista.example", "en", false));

    List<List<String>> rows = ofThisRun(csv(download("coordinator", "BRA").getBody()));

    assertThat(rows).extracting(r -> r.get(5)).containsExactly("Agreed " + run);
    assertThat(String.join("\n", rows.stream().map(r -> String.join(",", r)).toList()))
        .doesNotContain("Declined", "declined@mista.example");
  }

  @Test
  void shouldLeaveOutOrganisationsWhereNobodyAgreed() throws IOException {
    register("BRA", "Nobody Agreed " + run, "NGO", "cybercrime", null,
        contact("Caio " + run, null, "caio@nobody.example", "pt", false));
    register("BRA", "No Contacts " + run, "PRIVATE_SECTOR", null, null);
    register("BRA", "Somebody Agreed " + run, "PRIVATE_SECTOR", null, null,
        contact("Dora " + run, null, null, null, true));

    List<List<String>> rows = ofThisRun(csv(download("coordinator", "BRA").getBody()));

    assertThat(rows).extracting(r -> r.get(0), r -> r.get(1))
        .containsExactly(tuple("Somebody Agreed " + run, "Private sector"));
  }

  @Test
  void shouldLeaveOutOtherCountriesOrganisations() throws IOException {
    register("BRA", "Brasil Listed " + run, "NGO", null, null, contact("Elisa " + run, null, null, "pt", true));
    register("MOZ", "Moçambique Listed " + run, "NGO", null, null, contact("Fátima " + run, null, null, "pt", true));

    List<List<String>> brazil = ofThisRun(csv(download("coordinator", "BRA").getBody()));
    List<List<String>> mozambique = ofThisRun(csv(download("coordinator", "MOZ").getBody()));

    assertThat(brazil).extracting(r -> r.get(0)).containsExactly("Brasil Listed " + run);
    assertThat(mozambique).extracting(r -> r.get(0), r -> r.get(2))
        .containsExactly(tuple("Moçambique Listed " + run, "MOZ"));
  }

  @Test
  void shouldWriteAFormulaLookingNameSoThatSpreadsheetsDoNotRunIt() throws IOException {
    String formula = "=HYPERLINK(\"https://evil.example\",\"Click " + run + "\")";
    register("BRA", formula, "NGO", null, null, contact("Gil " + run, null, null, null, true));

    byte[] body = download("coordinator", "BRA").getBody();

    assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"https://evil.example\"\"");
    assertThat(ofThisRun(csv(body))).extracting(r -> r.get(0)).containsExactly("'" + formula);
  }

  @Test
  void shouldRefuseEveryoneButCoordinators() {
    register("BRA", "Refused Readers " + run, "NGO", null, null, contact("Hugo " + run, null, null, null, true));

    for (String user : List.of("govbra", "csobra", "govmoz", "csomoz")) {
      ResponseEntity<byte[]> answer = download(user, "BRA");
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).as(user).doesNotContain(run);
    }
    assertThat(download("csobra", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldAskForTheCountryWhenItIsMissingOrUnknown() {
    ResponseEntity<Map<String, Object>> missing = as("coordinator").get("/api/stakeholders/whatson.csv");
    ResponseEntity<Map<String, Object>> blank = as("coordinator").get("/api/stakeholders/whatson.csv?country=");
    ResponseEntity<Map<String, Object>> unknown = as("coordinator").inLanguage("pt")
        .get("/api/stakeholders/whatson.csv?country=XYZ");

    for (ResponseEntity<Map<String, Object>> answer : List.of(missing, blank)) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(errors(answer)).singleElement().satisfies(e -> {
        assertThat(e.get("field")).isEqualTo("country");
        assertThat(e.get("message")).asString().contains("WhatsOn").contains("?country=BRA");
      });
    }
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(unknown)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("country");
      assertThat(e.get("message")).asString().contains("\"XYZ\"").contains("não é conhecido");
    });
  }

  private void register(String country, String name, String type, String expertise, String website,
      Map<String, Object>... contacts) {
    Map<String, Object> body = new HashMap<>();
    body.put("country", country);
    body.put("name", name);
    body.put("type", type);
    body.put("thematicExpertise", expertise);
    body.put("website", website);
    body.put("contacts", List.of(contacts));
    ResponseEntity<Map<String, Object>> created = as("coordinator").post("/api/stakeholders", body);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private static Map<String, Object> contact(String name, String role, String email, String language,
      boolean listedInWhatsOn) {
    Map<String, Object> contact = new HashMap<>();
    contact.put("name", name);
    contact.put("role", role);
    contact.put("email", email);
    contact.put("preferredLanguage", language);
    contact.put("listedInWhatsOn", listedInWhatsOn);
    contact.put("sharedWithGovernment", false);
    return contact;
  }

  private ApiClient as(String user) {
    return new ApiClient(rest, user, "demo");
  }

  private ResponseEntity<byte[]> download(String user, String country) {
    return as(user).exchange(HttpMethod.GET,
        "/api/stakeholders/whatson.csv" + (country == null ? "" : "?country=" + country), null, byte[].class);
  }

  /** The data rows of this run's organisations: the register is shared with the other API tests. */
  private List<List<String>> ofThisRun(List<List<String>> rows) {
    assertThat(rows.get(0)).isEqualTo(WhatsOnExport.COLUMNS);
    return rows.subList(1, rows.size()).stream().filter(r -> r.get(0).contains(run)).toList();
  }
}
