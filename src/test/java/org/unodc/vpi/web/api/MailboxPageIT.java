package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.notification.Notices;
import org.unodc.vpi.notification.OutboxSender;
import org.unodc.vpi.notification.Recipient;
import org.unodc.vpi.notification.TaskNotice;

/**
 * The demo mailbox page against the platform's own embedded SMTP server (as the demo profile
 * starts it, on a free port): coordinators read the mails it caught, escaped; others may not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-mailbox;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=true",
    "vpi.mail.scheduling=false"})
@ActiveProfiles("demo")
class MailboxPageIT {

  private static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("vpi.mail.embedded-smtp.port", () -> SMTP_PORT);
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired Notices notices;
  @Autowired OutboxSender sender;
  @Autowired NotificationPreferences preferences;
  @Autowired TransactionTemplate transaction;
  @Autowired MessageSource messages;
  @Autowired TestRestTemplate rest;

  @Test
  void shouldShowCoordinatorsTheCaughtMailsNewestFirstWithEveryValueEscaped() {
    TaskNotice older = task("VPI Brasil");
    TaskNotice newer = task("VPI <b>Brasil</b>");
    Recipient clara = preferences.recipient("coordinator", "clara@unodc.example", "Clara");
    transaction.executeWithoutResult(s -> notices.taskAvailable(older, List.of(clara)));
    assertThat(sender.deliverDue()).isEqualTo(1);
    transaction.executeWithoutResult(s -> notices.taskAvailable(newer, List.of(clara)));
    assertThat(sender.deliverDue()).isEqualTo(1);

    ResponseEntity<String> page = html(new ApiClient(rest, "coordinator", "demo"));

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    String body = page.getBody();
    assertThat(body).contains("<html lang=\"en\">", "Mails sent by the platform", "clara@unodc.example",
        "Identify stakeholders", "/camunda/app/tasklist/default/#/?task=" + newer.taskId(),
        "<td class=\"lang\">en</td>", "<details>");
    assertThat(body).contains("VPI &lt;b&gt;Brasil&lt;/b&gt; " + newer.taskId().substring(0, 8))
        .doesNotContain("<b>Brasil</b>");
    assertThat(body.indexOf(newer.taskId())).isLessThan(body.indexOf(older.taskId()));
  }

  @Test
  void shouldWriteThePageInTheReadersLanguage() {
    Recipient clara = preferences.recipient("coordinator", "clara@unodc.example", "Clara");
    transaction.executeWithoutResult(s -> notices.taskAvailable(task("VPI Moçambique"), List.of(clara)));
    sender.deliverDue();

    ResponseEntity<String> page = html(new ApiClient(rest, "coordinator", "demo").inLanguage("fr"));

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"fr\">", "Courriels envoyés par la plateforme",
        "<th scope=\"col\">Objet</th>");
  }

  @Test
  void shouldRefuseTheMailboxToCivilSociety() {
    ResponseEntity<String> page = html(new ApiClient(rest, "csobra", "demo"));

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(page.getBody()).doesNotContain("clara@unodc.example");
  }

  @Test
  void shouldAskForASignInSoThatABrowserShowsItsDialog() {
    ResponseEntity<String> page = html(new ApiClient(rest, null, null));

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void shouldAnswerNotFoundWhenThePlatformSendsToARealMailServer() {
    MailboxPage withoutEmbeddedSmtp = new MailboxPage(new StaticListableBeanFactory().getBeanProvider(
        com.icegreen.greenmail.util.GreenMail.class), messages, new org.unodc.vpi.web.PageTemplates(messages));
    ApiUser coordinator = new ApiUser("coordinator", java.util.Set.of(Roles.COORDINATORS), java.util.Set.of());

    ErrorResponseException e = catchThrowableOfType(ErrorResponseException.class,
        () -> withoutEmbeddedSmtp.page(coordinator, Locale.ENGLISH));

    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(e.getBody().getDetail()).contains("real mail server");
  }

  private static ResponseEntity<String> html(ApiClient client) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.parseMediaType("application/xhtml+xml")));
    return client.exchange(HttpMethod.GET, "/api/mailbox", new HttpEntity<>(headers), String.class);
  }

  private static TaskNotice task(String title) {
    String id = UUID.randomUUID().toString();
    return new TaskNotice(id, "userTask_identifyStakeholders", "Identify stakeholders",
        title + " " + id.substring(0, 8), "BRA", LocalDate.of(2026, 12, 24), "civilSociety", null);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
