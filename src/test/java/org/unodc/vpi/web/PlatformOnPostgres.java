package org.unodc.vpi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.support.ThrowawayPostgres;

/**
 * The whole platform (prod profile) on a database of its own on the JVM's throwaway PostgreSQL
 * server, with a coordinator and Brazil set up; its subclasses share one Spring context. Calls go
 * through HTTP as that coordinator. The server is left running whatever a test did to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.id=pgadmin", "camunda.bpm.admin-user.password=" + PlatformOnPostgres.PASSWORD,
    "spring.mail.host=localhost", "spring.mail.port=1"})
@ActiveProfiles("prod")
abstract class PlatformOnPostgres {

  static final String PASSWORD = "Quiet-Lantern-Meadow-2026";
  static final String COORDINATOR = "outagecoordinator";
  static final ObjectMapper JSON = new ObjectMapper();

  static ThrowawayPostgres postgres;
  private static String url;

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired CountryTenants countries;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startPostgres() {
    postgres = ThrowawayPostgres.startOrSkip();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> {
      if (url == null) {
        url = postgres.createDatabase("vpi_platform");
      }
      return url;
    });
    registry.add("spring.datasource.username", () -> postgres.username());
    registry.add("spring.datasource.password", () -> postgres.password());
  }

  /** The server is shared by the JVM's tests: it is left running whatever happened. */
  @AfterAll
  static void restartPostgres() {
    if (postgres != null) {
      postgres.start();
    }
  }

  record Answer(int status, String body, HttpResponse<String> response, Duration took) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @BeforeEach
  void createCoordinator() {
    countries.ensure("BRA", "Brazil");
    if (identity.createUserQuery().userId(COORDINATOR).count() == 0) {
      User user = identity.newUser(COORDINATOR);
      user.setFirstName("Rita");
      user.setLastName("Mendes");
      user.setEmail("rita.mendes@unodc.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(COORDINATOR, Roles.COORDINATORS);
    }
  }

  Answer call(String user, String method, String path, String body, String language) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept-Language", language)
        .header("Content-Type", "application/json")
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
