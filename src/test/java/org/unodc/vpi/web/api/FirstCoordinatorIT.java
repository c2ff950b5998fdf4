package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unodc.vpi.support.TestSmtp;

/**
 * A fresh production installation has one account, its administrator: the administrator invites the
 * first coordinator, who then invites everyone else. The administrator invites coordinators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-first-coordinator;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "camunda.bpm.admin-user.id=operator",
    "camunda.bpm.admin-user.password=amber lanterns over the harbour",
    "vpi.mail.outbox.poll-interval=PT0.2S"})
@ActiveProfiles("prod")
class FirstCoordinatorIT {

  private static final Pattern LINK = Pattern.compile("/account/invitation/([A-Za-z0-9_-]{43})");
  private static final String ADMIN_PASSWORD = "amber lanterns over the harbour";
  private static final String PASSWORD = "seven quiet rivers at dawn";

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    TestSmtp.ensureRunning();
    TestSmtp.register(registry);
  }

  @Autowired TestRestTemplate rest;

  @Test
  void shouldLetTheAdministratorOfAFreshInstallationInviteTheFirstCoordinator() throws InterruptedException {
    ApiClient administrator = new ApiClient(rest, "operator", ADMIN_PASSWORD);
    assertThat(administrator.exchange(org.springframework.http.HttpMethod.GET, "/api/accounts", null, String.class)
        .getStatusCode())
        .as("the administrator manages the platform, not the people of the VPIs").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> notACoordinator = administrator.post("/api/accounts/invitations", Map.of(
        "email", "official@gov.example.br", "firstName", "Rita", "lastName", "Gomes", "country", "BRA",
        "role", "governmentReviewTeam"));
    assertThat(notACoordinator.getStatusCode()).as("coordinators invite a country's people")
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> sent = administrator.post("/api/accounts/invitations", Map.of(
        "email", "first.coordinator@unodc.example.org", "firstName", "Lena", "lastName", "Novak",
        "role", "unodcCoordinators", "language", "fr", "userId", "lnovak"));
    assertThat(sent.getStatusCode()).as(String.valueOf(sent.getBody())).isEqualTo(HttpStatus.CREATED);

    String token = tokenInMailTo("first.coordinator@unodc.example.org");
    assertThat(choosePassword(token).getStatusCode()).isEqualTo(HttpStatus.OK);

    ApiClient coordinator = new ApiClient(rest, "lnovak", PASSWORD);
    assertThat(coordinator.getList("/api/accounts").getBody())
        .anySatisfy(account -> assertThat(account).containsEntry("userId", "lnovak")
            .containsEntry("role", "unodcCoordinators").containsEntry("active", true));
    ResponseEntity<Map<String, Object>> official = coordinator.post("/api/accounts/invitations", Map.of(
        "email", "official@gov.example.br", "firstName", "Rita", "lastName", "Gomes", "country", "BRA",
        "role", "governmentReviewTeam", "language", "pt"));
    assertThat(official.getStatusCode()).as("the first coordinator invites the rest")
        .isEqualTo(HttpStatus.CREATED);
  }

  private static String tokenInMailTo(String address) throws InterruptedException {
    Optional<MimeMessage> sent = mailTo(address);
    for (int wait = 0; sent.isEmpty() && wait < 100; wait++) {
      Thread.sleep(200);
      sent = mailTo(address);
    }
    MimeMessage mail = sent.orElseThrow(() -> new AssertionError("no invitation mail to " + address + " in 20 s"));
    Matcher link = LINK.matcher(TestSmtp.text(mail));
    assertThat(link.find()).as("invitation link in the mail").isTrue();
    return link.group(1);
  }

  private static Optional<MimeMessage> mailTo(String address) {
    List<MimeMessage> received = Arrays.asList(TestSmtp.SERVER.getReceivedMessages());
    return received.stream().filter(mail -> TestSmtp.to(mail).contains(address)).findFirst();
  }

  private ResponseEntity<String> choosePassword(String token) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("password", PASSWORD);
    form.add("passwordConfirmation", PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return rest.postForEntity("/account/invitation/" + token, new HttpEntity<>(form, headers), String.class);
  }
}
