package org.unodc.vpi.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls {@code /api} as one demo user, in one language, and reads JSON answers as maps. */
public class ApiClient {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;
  private final String user;
  private final String password;
  private String language = "en";

  public ApiClient(TestRestTemplate rest, String user, String password) {
    this.rest = rest;
    this.user = user;
    this.password = password;
  }

  public ApiClient inLanguage(String language) {
    ApiClient client = new ApiClient(rest, user, password);
    client.language = language;
    return client;
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return exchange(HttpMethod.GET, path, null, JSON);
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return exchange(HttpMethod.GET, path, null, JSON_LIST);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body, JSON);
  }

  public ResponseEntity<Map<String, Object>> put(String path, Object body) {
    return exchange(HttpMethod.PUT, path, body, JSON);
  }

  /** A raw call, for bodies that are not JSON (CSV, files) and answers read as bytes or text. */
  public <T> ResponseEntity<T> exchange(HttpMethod method, String path, HttpEntity<?> entity, Class<T> answer) {
    HttpHeaders headers = headers();
    if (entity != null) {
      headers.addAll(entity.getHeaders());
    }
    return rest.exchange(path, method, new HttpEntity<>(entity == null ? null : entity.getBody(), headers), answer);
  }

  private <T> ResponseEntity<T> exchange(HttpMethod method, String path, Object body,
      ParameterizedTypeReference<T> answer) {
    HttpHeaders headers = headers();
    if (body instanceof String) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), answer);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return headers;
  }
}
