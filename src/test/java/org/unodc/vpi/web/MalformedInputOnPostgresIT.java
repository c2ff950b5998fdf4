package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.support.ThrowawayPostgres;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * NUL and lone surrogates get the same 400 on PostgreSQL as on H2 ({@link MalformedInputIT}):
 * PostgreSQL refuses a NUL in text with an SQL error (it was a 500 holding the SQL for a VPI title,
 * a misleading 409 for a stakeholder name), H2 stores it. Each refused request is sent again
 * without the bad character to show it would otherwise have been stored in PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "vpi.mail.embedded-smtp.enabled=false", "camunda.bpm.admin-user.id=pgadmin",
    "camunda.bpm.admin-user.password=" + MalformedInputOnPostgresIT.PASSWORD})
@ActiveProfiles("prod")
@DirtiesContext
class MalformedInputOnPostgresIT {

  static final String PASSWORD = "a long passphrase for malformed input";
  private static final String COORDINATOR = "pgcoordinator";
  private static ThrowawayPostgres postgres;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CountryTenants countries;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void startPostgres() {
    postgres = ThrowawayPostgres.startOrSkip();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> postgres.jdbcUrl());
    registry.add("spring.datasource.username", () -> postgres.username());
    registry.add("spring.datasource.password", () -> postgres.password());
  }

  /** The prod profile has no demo accounts: a coordinator and the country, as an invitation would. */
  @BeforeEach
  void coordinatorAndCountry() {
    countries.ensure("BRA", null);
    if (identityService.createUserQuery().userId(COORDINATOR).count() == 0) {
      User user = identityService.newUser(COORDINATOR);
      user.setPassword(PASSWORD);
      user.setEmail("pgcoordinator@vpi.example");
      identityService.saveUser(user);
      identityService.createMembership(COORDINATOR, Roles.COORDINATORS);
    }
  }

  @Test
  void refusesNulInAVpiTitleWith400AndStartsTheVpiWithoutIt() throws Exception {
    String path = "/engine-rest/process-definition/key/" + VpiInitiativeProcess.KEY + "/submit-form";
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count();
    Answer refused = send("POST", path, start("Title with NUL \\u0000 inside"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("variables.vpiTitle.value").doesNotContainIgnoringCase("sql")
        .doesNotContain("org.", "\\tat ");
    Answer surrogate = send("POST", path, start("Title with half a pair \\ud83d"));
    assertThat(surrogate.status()).as(surrogate.body()).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(VpiInitiativeProcess.KEY).count())
        .isEqualTo(before);
    Answer started = send("POST", path, start("Title on PostgreSQL \\ud83d\\ude00"));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
  }

  @Test
  void refusesNulInAStakeholderNameWith400NotAConflict() throws Exception {
    Answer refused = send("POST", "/api/stakeholders", stakeholder("Malformed\\u0000 NGO"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("errors").path(0).path("field").asText()).isEqualTo("name");
    Answer stored = send("POST", "/api/stakeholders", stakeholder("Malformed NGO on PostgreSQL"));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
  }

  /** The charset bypass: a NUL in EBCDIC that Spring would decode; and a NUL in a CSV cell. */
  @Test
  void refusesNulHiddenInEbcdicOrInACsvCell() throws Exception {
    long before = total();
    Answer ebcdic = send("POST", "/api/stakeholders", "application/json;charset=IBM037",
        stakeholder("EBCDIC\\u0000 NGO").getBytes(java.nio.charset.Charset.forName("IBM037")));
    assertThat(ebcdic.status()).as(ebcdic.body()).isEqualTo(415);
    Answer csv = send("POST", "/api/stakeholders/import?country=BRA", "text/csv",
        "name,type\nCSV\u0000 NGO,NGO\n".getBytes(StandardCharsets.UTF_8));
    assertThat(csv.status()).as(csv.body()).isEqualTo(400);
    assertThat(JSON.readTree(csv.body()).path("errors").path(0).path("field").asText()).isEqualTo("file");
    assertThat(total()).as("stakeholders stored").isEqualTo(before);
    Answer clean = send("POST", "/api/stakeholders/import?country=BRA", "text/csv",
        "name,type\nCSV NGO on PostgreSQL,NGO\n".getBytes(StandardCharsets.UTF_8));
    assertThat(clean.status()).as(clean.body()).isLessThan(300);
    assertThat(total()).as("stakeholders stored").isEqualTo(before + 1);
  }

  private long total() throws Exception {
    return JSON.readTree(send("GET", "/api/stakeholders?country=BRA", null).body()).path("totalItems").asLong();
  }

  private static String start(String escapedTitle) {
    return "{\"variables\":{\"country\":{\"value\":\"BRA\"},\"vpiTitle\":{\"value\":\"" + escapedTitle + "\"}}}";
  }

  private static String stakeholder(String escapedName) {
    return "{\"country\":\"BRA\",\"name\":\"" + escapedName + "\",\"type\":\"NGO\"}";
  }

  record Answer(int status, String body) {}

  private Answer send(String method, String path, String json) throws IOException, InterruptedException {
    return send(method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  private Answer send(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType).header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body)).build();
    var response = http.send(request, BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}
