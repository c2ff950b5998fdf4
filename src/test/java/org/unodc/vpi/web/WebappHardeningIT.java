package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The webapps' own guards, checked from outside: security headers on their pages, a session cookie
 * scripts cannot read and other sites cannot send, and no state-changing call without the
 * anti-forgery token (CSRF).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
class WebappHardeningIT {

  @Autowired TestRestTemplate rest;

  @Test
  void shouldServeTheWebappsWithSecurityHeaders() {
    HttpHeaders headers = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();

    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src").contains("frame-ancestors");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
  }

  @Test
  void shouldServeTheApiWithSecurityHeaders() {
    HttpHeaders headers = rest.getForEntity("/api/initiatives", String.class).getHeaders();

    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void shouldRefuseASignInThatDoesNotEchoTheAntiForgeryToken() {
    // The page hands out the anti-forgery token as a cookie; a state-changing call must echo it in a header.
    List<String> first = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
        .get(HttpHeaders.SET_COOKIE);
    String token = cookie(first, "XSRF-TOKEN");
    String session = cookie(first, "JSESSIONID");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "coordinator");
    form.add("password", "demo");
    HttpHeaders cookiesOnly = new HttpHeaders();
    cookiesOnly.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    cookiesOnly.add(HttpHeaders.COOKIE, session + "; " + token);

    ResponseEntity<String> forged = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, cookiesOnly), String.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // A fresh visit (a refused attempt ends the token it tried), this time echoing the token.
    List<String> again = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
        .get(HttpHeaders.SET_COOKIE);
    String freshToken = cookie(again, "XSRF-TOKEN");
    HttpHeaders withToken = new HttpHeaders();
    withToken.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    withToken.add(HttpHeaders.COOKIE, cookie(again, "JSESSIONID") + "; " + freshToken);
    withToken.add("X-XSRF-TOKEN", freshToken.substring(freshToken.indexOf('=') + 1));
    ResponseEntity<String> genuine = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, withToken), String.class);
    assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.OK);
    String signedIn = genuine.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    assertThat(signedIn).as("session cookie").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
  }

  private static String cookie(List<String> setCookies, String name) {
    assertThat(setCookies).as("cookies set").isNotNull();
    return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().map(c -> c.split(";")[0])
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + setCookies));
  }
}
