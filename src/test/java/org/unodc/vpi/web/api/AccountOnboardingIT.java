package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Onboarding as the people involved live it: a coordinator invites an NGO member by e-mail, the
 * member chooses a password through the link (once, before it expires) and works in their own
 * country only; a coordinator deactivates the account and every way in closes at once.
 */
@ApiTest
class AccountOnboardingIT {

  private static final Pattern LINK = Pattern.compile("/account/invitation/([A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "quiet river under seven bridges";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired InitiativeRegister initiatives;

  private final ApiClient coordinator() {
    return new ApiClient(rest, "coordinator", "demo");
  }

  @Test
  void shouldLetAnInvitedNgoMemberChooseAPasswordOnceAndThenWorkInTheirCountryOnly() {
    ResponseEntity<Map<String, Object>> sent = coordinator().post("/api/accounts/invitations", Map.of(
        "email", "ana.lima@ong.example.org", "firstName", "Ana", "lastName", "Lima",
        "country", "BRA", "role", "civilSociety", "language", "pt"));

    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(sent.getBody()).containsEntry("userId", "analima").containsEntry("country", "BRA");
    Map<String, Object> mail = invitationMailTo("ana.lima@ong.example.org");
    assertThat((String) mail.get("subject")).contains("convida");
    String token = tokenIn((String) mail.get("text_body"));
    assertThat(new ApiClient(rest, "analima", PASSWORD).get("/api/initiatives").getStatusCode())
        .as("no account before the password is chosen").isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> page = rest.getForEntity("/account/invitation/" + token, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("lang=\"pt\"", "analima", "Sociedade civil", "Brasil", "Criar minha conta");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.getHeaders().getCacheControl()).contains("no-store");

    ResponseEntity<String> tooShort = choosePassword(token, "short", "short");
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooShort.getBody()).contains("A senha deve ter pelo menos 12 caracteres")
        .doesNotContain("value=\"short\"");
    ResponseEntity<String> mismatch = choosePassword(token, PASSWORD, PASSWORD + "!");
    assertThat(mismatch.getBody()).contains("As duas senhas não são iguais");

    ResponseEntity<String> accepted = choosePassword(token, PASSWORD, PASSWORD);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(accepted.getBody()).contains("Sua conta está pronta", "analima");
    assertThat(jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'analima'", String.class))
        .as("stored salted and hashed, never as typed").startsWith("{SHA-512}").doesNotContain(PASSWORD);

    for (String country : List.of("BRA", "MOZ")) {
      initiatives.register(new NewInitiative(country, "Onboarding " + country, "other", "cluster1", "A",
          LocalDate.parse("2026-10-01")));
    }
    ApiClient ana = new ApiClient(rest, "analima", PASSWORD);
    ResponseEntity<Map<String, Object>> initiatives = ana.get("/api/initiatives?size=200");
    assertThat(initiatives.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(countriesIn(initiatives.getBody())).isNotEmpty().containsOnly("BRA");
    assertThat(ana.post("/api/accounts/invitations", Map.of("email", "x@example.org", "firstName", "X",
        "lastName", "Y", "country", "BRA", "role", "civilSociety")).getStatusCode())
        .as("only coordinators invite").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> again = choosePassword(token, "another long password here", "another long password here");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(again.getBody()).contains("Este convite já foi usado");
    assertThat(new ApiClient(rest, "analima", "another long password here").get("/api/initiatives").getStatusCode())
        .as("a used link cannot change the password").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseAnInvitationWithWrongFieldsNamingEachAndSendNothing() {
    Integer before = jdbc.queryForObject("select count(*) from account_invitation", Integer.class);

    ResponseEntity<Map<String, Object>> refused = coordinator().post("/api/accounts/invitations", Map.of(
        "email", "not-an-address", "firstName", "", "lastName", "Lima", "country", "XYZ", "role", "observer"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsIn(refused.getBody())).containsKeys("email", "firstName", "role");
    assertThat(fieldsIn(refused.getBody()).get("email")).contains("name@example.org");
    assertThat(jdbc.queryForObject("select count(*) from account_invitation", Integer.class)).isEqualTo(before);

    ResponseEntity<Map<String, Object>> unknownCountry = coordinator().post("/api/accounts/invitations", Map.of(
        "email", "someone@example.org", "firstName", "Some", "lastName", "One", "country", "XYZ",
        "role", "governmentReviewTeam"));
    assertThat(fieldsIn(unknownCountry.getBody()).get("country")).contains("XYZ", "BRA");

    ResponseEntity<Map<String, Object>> takenAddress = coordinator().post("/api/accounts/invitations", Map.of(
        "email", "csobra@vpi.example", "firstName", "Camila", "lastName", "Again", "country", "BRA",
        "role", "civilSociety", "userId", "csobra"));
    assertThat(fieldsIn(takenAddress.getBody())).containsKeys("userId");
  }

  @Test
  void shouldExplainALinkThatExpiredOrWasReplaced() {
    String first = invite("rui.costa@example.org", "ruicosta", "MOZ", "governmentReviewTeam");
    String second = invite("rui.costa@example.org", "ruicosta", "MOZ", "governmentReviewTeam");

    ResponseEntity<String> replaced = rest.getForEntity("/account/invitation/" + first, String.class);
    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(replaced.getBody()).contains("replaced by a newer one");

    jdbc.update("update account_invitation set expires_at = dateadd('HOUR', -1, current_timestamp) "
        + "where user_id = 'ruicosta' and withdrawn_at is null");
    ResponseEntity<String> expired = choosePassword(second, PASSWORD, PASSWORD);
    assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(expired.getBody()).contains("This invitation has expired");
    assertThat(new ApiClient(rest, "ruicosta", PASSWORD).get("/api/initiatives").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> unknown = rest.getForEntity("/account/invitation/" + "A".repeat(43), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("copied the whole address");
  }

  @Test
  void shouldCloseEveryWayInAtOnceWhenACoordinatorDeactivatesAnAccount() throws Exception {
    String token = invite("joao.gov@gov.example.br", "joaogov", "BRA", "governmentReviewTeam");
    assertThat(choosePassword(token, PASSWORD, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    String vpi = runtime.startProcessInstanceByKey(VpiInitiativeProcess.KEY,
        Map.of("country", "BRA", "vpiTitle", "VPI for a deactivation")).getId();
    Task task = tasks.createTaskQuery().processInstanceId(vpi).singleResult();
    tasks.setAssignee(task.getId(), "joaogov");
    assertThat(authorizations.createAuthorizationQuery().userIdIn("joaogov").count())
        .as("the engine grants an assignee rights of their own").isPositive();
    WebappSession tasklist = WebappSession.signIn(rest.getRootUri(), "joaogov", PASSWORD);
    HttpResponse<String> count = tasklist.get("/camunda/api/engine/engine/default/task/count");
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    assertThat(engineRest("joaogov")).isEqualTo(HttpStatus.OK);

    assertThat(new ApiClient(rest, "csobra", "demo").post("/api/accounts/joaogov/deactivation", Map.of())
        .getStatusCode()).as("only coordinators deactivate").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> deactivated = coordinator().post("/api/accounts/joaogov/deactivation", Map.of());

    assertThat(deactivated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deactivated.getBody()).containsEntry("country", "BRA").containsEntry("role", "governmentReviewTeam")
        .containsEntry("deactivatedBy", "coordinator");
    assertThat(new ApiClient(rest, "joaogov", PASSWORD).get("/api/initiatives").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineRest("joaogov")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").statusCode())
        .as("the open Tasklist session ends").isEqualTo(401);
    assertThat(WebappSession.signInStatus(rest.getRootUri(), "joaogov", PASSWORD)).isEqualTo(401);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .as("the task goes back to its group").isNull();
    assertThat(authorizations.createAuthorizationQuery().userIdIn("joaogov").count())
        .as("no grant to the person survives").isZero();

    List<Map<String, Object>> brazil = coordinator().getList("/api/accounts?country=BRA").getBody();
    assertThat(brazil).anySatisfy(a -> assertThat(a).containsEntry("userId", "joaogov").containsEntry("active", false))
        .anySatisfy(a -> assertThat(a).containsEntry("userId", "govbra").containsEntry("active", true)
            .containsEntry("role", "governmentReviewTeam"))
        .allSatisfy(a -> assertThat(a).containsEntry("country", "BRA"));
    assertThat(new ApiClient(rest, "govbra", "demo").exchange(HttpMethod.GET, "/api/accounts", null, String.class)
        .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator().post("/api/accounts/joaogov/deactivation", Map.of()).getStatusCode())
        .as("twice changes nothing").isEqualTo(HttpStatus.OK);
    assertThat(coordinator().post("/api/accounts/nobodyhere/deactivation", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(coordinator().post("/api/accounts/coordinator/deactivation", Map.of()).getStatusCode())
        .as("not one's own account").isEqualTo(HttpStatus.BAD_REQUEST);

    // Back as civil society, the same person: nothing of the government role comes back with the account.
    String again = invite("joao.gov@gov.example.br", "joaogov", "BRA", "civilSociety");
    assertThat(choosePassword(again, "another long passphrase", "another long passphrase").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    HttpHeaders asCivilSociety = new HttpHeaders();
    asCivilSociety.setBasicAuth("joaogov", "another long passphrase");
    assertThat(rest.exchange("/engine-rest/task/" + task.getId(), HttpMethod.GET, new HttpEntity<>(asCivilSociety),
        String.class).getStatusCode()).as("the coordinators' task of before").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldCreateTheAccountOnceWhenTheSameLinkIsSentTwiceAtOnce() throws Exception {
    for (int round = 0; round < 3; round++) {
      String token = invite("twice" + round + "@example.org", "twiceclick" + round, "BRA", "civilSociety");
      java.util.concurrent.CompletableFuture<ResponseEntity<String>> first =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> choosePassword(token, PASSWORD, PASSWORD));
      java.util.concurrent.CompletableFuture<ResponseEntity<String>> second =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> choosePassword(token, PASSWORD, PASSWORD));

      List<Integer> answers = java.util.stream.Stream.of(first.get(), second.get())
          .map(answer -> answer.getStatusCode().value()).sorted().toList();
      assertThat(answers).as("a double click: one account, the other click told the link is used")
          .containsExactly(200, 410);
    }
  }

  @Test
  void shouldEndALinkNotYetUsedAndGiveAnAccountBackOnlyToTheSamePerson() {
    String unused = invite("paulo.ngo@example.org", "paulongo", "MOZ", "civilSociety");

    assertThat(coordinator().post("/api/accounts/paulongo/deactivation", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> ended = rest.getForEntity("/account/invitation/" + unused, String.class);
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(choosePassword(unused, PASSWORD, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.GONE);

    String token = invite("marta.gov@gov.example.mz", "martagov", "MOZ", "governmentReviewTeam");
    choosePassword(token, PASSWORD, PASSWORD);
    coordinator().post("/api/accounts/martagov/deactivation", Map.of());
    ResponseEntity<Map<String, Object>> someoneElse = coordinator().post("/api/accounts/invitations", Map.of(
        "email", "intruder@example.org", "firstName", "Marta", "lastName", "Other", "country", "MOZ",
        "role", "governmentReviewTeam", "userId", "martagov"));
    assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsIn(someoneElse.getBody()).get("userId")).contains("same person");
  }

  @Test
  void shouldGiveADeactivatedAccountItsAccessBackThroughANewInvitation() {
    String token = invite("lucia.ngo@example.org", "lucia", "MOZ", "civilSociety");
    choosePassword(token, PASSWORD, PASSWORD);
    coordinator().post("/api/accounts/lucia/deactivation", Map.of());

    String again = invite("lucia.ngo@example.org", "lucia", "MOZ", "civilSociety");
    assertThat(choosePassword(again, "a brand new long password", "a brand new long password").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> initiatives = new ApiClient(rest, "lucia", "a brand new long password")
        .get("/api/initiatives?size=200");
    assertThat(initiatives.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new ApiClient(rest, "lucia", PASSWORD).get("/api/initiatives").getStatusCode())
        .as("the password from before the deactivation stays dead").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String invite(String email, String userId, String country, String role) {
    ResponseEntity<Map<String, Object>> sent = coordinator().post("/api/accounts/invitations", Map.of(
        "email", email, "firstName", "First", "lastName", "Last", "country", country, "role", role,
        "userId", userId));
    assertThat(sent.getStatusCode()).as(String.valueOf(sent.getBody())).isEqualTo(HttpStatus.CREATED);
    return tokenIn((String) invitationMailTo(email).get("text_body"));
  }

  private Map<String, Object> invitationMailTo(String email) {
    return jdbc.queryForMap("select subject, text_body from mail_outbox where kind = 'ACCOUNT_INVITATION'"
        + " and recipient_email = ? order by id desc limit 1", email);
  }

  private static String tokenIn(String text) {
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as("invitation link in " + text).isTrue();
    return link.group(1);
  }

  private ResponseEntity<String> choosePassword(String token, String password, String confirmation) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("password", password);
    form.add("passwordConfirmation", confirmation);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return rest.postForEntity("/account/invitation/" + token, new HttpEntity<>(form, headers), String.class);
  }

  private HttpStatus engineRest(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    return HttpStatus.valueOf(rest.exchange("/engine-rest/task/count", HttpMethod.GET, new HttpEntity<>(headers),
        String.class).getStatusCode().value());
  }

  @SuppressWarnings("unchecked")
  private static List<String> countriesIn(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> (String) i.get("country")).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> fieldsIn(Map<String, Object> problem) {
    Map<String, String> fields = new HashMap<>();
    ((List<Map<String, Object>>) problem.get("errors")).forEach(e -> fields.put((String) e.get("field"),
        (String) e.get("message")));
    return fields;
  }

  /** A browser's session in the Camunda webapps: cookies kept, the anti-forgery token echoed. */
  static final class WebappSession {

    private final HttpClient http;
    private final CookieManager cookies;
    private final String root;

    private WebappSession(String root) {
      this.root = root;
      this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    static WebappSession signIn(String root, String user, String password) throws Exception {
      WebappSession session = new WebappSession(root);
      int status = session.login(user, password);
      assertThat(status).as("sign-in of " + user).isEqualTo(200);
      return session;
    }

    static int signInStatus(String root, String user, String password) throws Exception {
      return new WebappSession(root).login(user, password);
    }

    private int login(String user, String password) throws Exception {
      get("/camunda/app/tasklist/default/");
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpRequest login = HttpRequest.newBuilder(URI.create(root + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", xsrfToken())
          .POST(HttpRequest.BodyPublishers.ofString(form)).build();
      return http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "application/json").GET()
          .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String xsrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }
  }
}
