package org.unodc.vpi.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a platform running in another process as one user (HTTP basic authentication). An
 * {@link IOException} means no answer: the platform is gone or the connection broke.
 */
final class PlatformClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient http;
  private final String base;
  private final String authorization;
  final String user;

  PlatformClient(HttpClient http, int port, String user, String password) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  static HttpClient newHttp() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
  }

  Answer get(String path) throws IOException {
    return send(request(path).GET());
  }

  Answer post(String path, Object body) throws IOException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  Answer put(String path, Object body) throws IOException {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** A form as engine-rest wants it: each value wrapped as {@code {"value": ...}}. */
  static Map<String, Object> variables(Map<String, Object> form) {
    Map<String, Object> typed = new LinkedHashMap<>();
    form.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return Map.of("variables", typed);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json;
      try {
        json = body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
      } catch (IOException notJson) {
        json = JSON.getNodeFactory().textNode(body);
      }
      return new Answer(response.statusCode(), json);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
