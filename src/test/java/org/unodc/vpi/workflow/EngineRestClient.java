package org.unodc.vpi.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Calls {@code /engine-rest} as one platform user, with HTTP basic authentication. */
final class EngineRestClient {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;
  private final HttpHeaders credentials = new HttpHeaders();
  final String user;

  // Credentials go on every request explicitly, so each call is unmistakably made as this user.
  EngineRestClient(TestRestTemplate rest, String user, String password) {
    this.rest = rest;
    this.user = user;
    if (password != null) {
      credentials.setBasicAuth(user, password);
    }
  }

  /** The same user, asking for answers in the given language (an Accept-Language value). */
  EngineRestClient inLanguage(String languageTag) {
    EngineRestClient client = new EngineRestClient(rest, user, null);
    client.credentials.putAll(credentials);
    client.credentials.set(HttpHeaders.ACCEPT_LANGUAGE, languageTag);
    return client;
  }

  List<Map<String, Object>> tasks(String query) {
    return list("/task?" + query);
  }

  List<Map<String, Object>> list(String pathAndQuery) {
    ResponseEntity<List<Map<String, Object>>> answer =
        rest.exchange("/engine-rest" + pathAndQuery, HttpMethod.GET, new HttpEntity<>(credentials), LIST);
    if (!answer.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(user + " could not read " + pathAndQuery + ": " + answer.getStatusCode());
    }
    return answer.getBody();
  }

  ResponseEntity<Map<String, Object>> get(String path) {
    return rest.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(credentials), OBJECT);
  }

  ResponseEntity<Map<String, Object>> post(String path, Map<String, Object> variables) {
    return rest.exchange("/engine-rest" + path, HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", typed(variables)), credentials), OBJECT);
  }

  /** Posts a body as it is and reads a list back (filter lists, for example). */
  List<Map<String, Object>> postForList(String path, Map<String, Object> body) {
    return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, credentials), LIST).getBody();
  }

  /** Posts a body as it is, for requests that need typed variables or other fields. */
  ResponseEntity<Map<String, Object>> postRaw(String path, Map<String, Object> body) {
    return rest.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, credentials), OBJECT);
  }

  ResponseEntity<Map<String, Object>> put(String path, Map<String, Object> body) {
    return rest.exchange("/engine-rest" + path, HttpMethod.PUT, new HttpEntity<>(body, credentials), OBJECT);
  }

  /** The REST API's variable format: each value wrapped as {@code {"value": ...}}. */
  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }
}
