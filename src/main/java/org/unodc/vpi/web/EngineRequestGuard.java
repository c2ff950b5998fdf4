package org.unodc.vpi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two ways into Camunda 7 that nobody's work on this platform needs, closed with a 400 before the
 * engine sees the request (Camunda 7 community edition gets no more fixes for the ways found
 * around its own checks). Covers engine-rest and the webapps' copy of it.
 *
 * <p>Expressions: every engine query or stored filter that carries one is refused: a field
 * whose name ends in "Expression" ({@code assigneeExpression}, {@code dueDateExpression}, ...),
 * in the query string or anywhere in a JSON body, {@code orQueries} and a filter's {@code query}
 * included. The engine evaluates them with its own rights; administrators do not need them either.
 *
 * <p>Java-serialized values: a variable sent as {@code application/x-java-serialized-object} is
 * refused here with a clear answer (the engine refuses it too, but as a 500); deserializing such a
 * value is how arbitrary code gets run.
 */
@Configuration
public class EngineRequestGuard {

  private static final String SUFFIX = "expression";
  private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
  private static final int MAX_BODY = MalformedInputGuard.MAX_BODY;

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> engineRequestGuardFilter(ObjectMapper json,
      MessageSource messages) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(json, messages));
    registration.setName("engine-request-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After authentication (order 1), so an anonymous caller still gets 401 first.
    registration.setOrder(2);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final MessageSource messages;

    Guard(ObjectMapper json, MessageSource messages) {
      this.json = json;
      this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      // The query string only: reading form parameters would use up a form body the engine still needs.
      String query = request.getQueryString();
      if (query != null) {
        for (String pair : query.split("&")) {
          String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
          if (isExpressionField(name)) {
            refuse(request, response, "engine.query.expression", name);
            return;
          }
        }
      }
      HttpServletRequest forward = request;
      String contentType = request.getContentType();
      if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
        ReplayedBody replayed = ReplayedBody.of(request);
        byte[] body = replayed.body();
        forward = replayed;
        JsonNode tree = body.length == 0 || body.length > MAX_BODY ? null : parse(body);
        String field = find(tree);
        if (field != null) {
          refuse(request, response, "engine.query.expression", field);
          return;
        }
        if (tree != null && tree.findValuesAsText("serializationDataFormat").stream()
            .anyMatch(format -> format.trim().equalsIgnoreCase(JAVA_SERIALIZED))) {
          refuse(request, response, "engine.variable.javaSerialized", JAVA_SERIALIZED);
          return;
        }
      }
      chain.doFilter(forward, response);
    }

    private JsonNode parse(byte[] body) {
      try {
        return json.readTree(body);
      } catch (IOException e) {
        return null; // not JSON after all: the engine answers it
      }
    }

    private static String find(JsonNode node) {
      if (node == null) {
        return null;
      }
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (isExpressionField(field.getKey()) && !field.getValue().isNull()) {
            return field.getKey();
          }
          String nested = find(field.getValue());
          if (nested != null) {
            return nested;
          }
        }
      } else if (node.isArray()) {
        for (JsonNode element : node) {
          String nested = find(element);
          if (nested != null) {
            return nested;
          }
        }
      }
      return null;
    }

    private static boolean isExpressionField(String name) {
      return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey, String field)
        throws IOException {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      String message = messages.getMessage(messageKey, new Object[] {field}, request.getLocale());
      json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
    }
  }

  /**
   * The request with its body read once (at most {@link MalformedInputGuard#MAX_BODY} + 1 bytes, so a
   * guard sees that it is too large) and given again to the next guard and to the engine.
   */
  static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    private ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    /** The body a guard before has read already, or read now. */
    static ReplayedBody of(HttpServletRequest request) throws IOException {
      return request instanceof ReplayedBody replayed ? replayed
          : new ReplayedBody(request, request.getInputStream().readNBytes(MAX_BODY + 1));
    }

    byte[] body() {
      return body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
