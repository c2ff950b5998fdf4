package org.unodc.vpi.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses at the door, with a 400 naming the field, text no database can store the same way: a NUL
 * character (PostgreSQL refuses it with an SQL error, H2 stores it) and half of a UTF-16 surrogate
 * pair, plus query strings that are not percent-encoded UTF-8. Checked in the query string, in
 * form fields of {@code /api} and in every name and text of a JSON body, on {@code /api},
 * engine-rest and the webapps' engine API alike (CSV imports check their own bytes: see
 * StakeholderCsv).
 *
 * <p>On the engine's APIs it also refuses a JSON body the engine would answer with a 500 or with
 * its own parser's message (class names included): one that is not JSON, nested deeper than
 * {@value #MAX_DEPTH}, with a key twice, larger than 1 MB, {@code null} as a whole or as the value of
 * a variable. {@code /api} answers unreadable JSON itself (ApiExceptionHandler).
 */
@Configuration
public class MalformedInputGuard {

  static final int MAX_BODY = 1024 * 1024;
  private static final java.util.regex.Pattern SINGLE_VARIABLE =
      java.util.regex.Pattern.compile("/(?:variables|localVariables)/([^/]+)$");
  static final int MAX_DEPTH = 200;
  /** The charsets Jackson detects by itself, the only ones Spring's JSON converter reads as bytes. */
  static final Set<String> UNICODE = Set.of("UTF-8", "UTF8", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32", "UTF-32BE",
      "UTF-32LE");
  /** Objects whose members are variables: a null member is a variable without a value object. */
  static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
      "processVariables", "processVariablesLocal");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> malformedInputGuardFilter(ObjectMapper json,
      MessageSource messages) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(json, messages));
    registration.setName("malformed-input-guard");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/engine/*");
    // After authentication (Spring Security for /api, order 1 for engine-rest): strangers get 401 first.
    registration.setOrder(3);
    return registration;
  }

  /** The field a parser stands at, as problem details name it: {@code owners[0].name}. */
  public static String fieldOf(JsonStreamContext context) {
    return Guard.pathOf(context);
  }

  /** Why a request is refused: the field and the message key with its arguments. */
  record Refusal(HttpStatus status, String field, String messageKey, Object... arguments) {}

  static final class Guard extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final JsonFactory strict = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    Guard(ObjectMapper json, MessageSource messages) {
      this.json = json;
      this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean engine = !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
      Refusal refusal = checkQuery(request.getQueryString());
      HttpServletRequest forward = request;
      String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
      boolean form = contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
      if (refusal == null && (form || contentType.contains("json"))) {
        // The header's own charset: the request's encoding is forced to UTF-8 by Spring's filter, the converters read the header.
        refusal = checkCharset(charsetOf(request.getHeader("Content-Type")));
      }
      if (refusal == null && !engine && (form || contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE))) {
        // Spring MVC reads /api form fields as parameters anyway; engine-rest needs its form body unread.
        refusal = contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) ? checkFileNames(request) : null;
        refusal = refusal == null ? checkParameters(request.getParameterMap()) : refusal;
      }
      if (refusal == null && contentType.contains("json")) {
        EngineRequestGuard.ReplayedBody replayed = EngineRequestGuard.ReplayedBody.of(request);
        byte[] body = replayed.body();
        forward = replayed;
        refusal = body.length > MAX_BODY
            ? new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "body", "input.body.tooLarge", MAX_BODY / (1024 * 1024))
            : checkJson(body, engine);
        if (refusal == null && engine && body.length > 0) {
          refusal = checkVariables(request.getRequestURI(), json.readTree(body));
        }
      }
      if (refusal != null) {
        refuse(request, response, engine, refusal);
        return;
      }
      chain.doFilter(forward, response);
    }

    /**
     * Only Unicode: Spring decodes a JSON body in the charset it declares (IBM037 and the like) but
     * this guard, like Jackson, reads UTF-8/16/32, so text in another charset would pass unchecked.
     */
    static Refusal checkCharset(String declared) {
      if (declared == null) {
        return null;
      }
      String name = declared.trim().replace("\"", "").toUpperCase(Locale.ROOT);
      return UNICODE.contains(name) ? null
          : new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "input.body.notUnicode", declared);
    }

    /** The charset parameter of a Content-Type, or null. */
    static String charsetOf(String contentType) {
      for (String parameter : String.valueOf(contentType).split(";")) {
        String[] nameAndValue = parameter.split("=", 2);
        if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("charset")) {
          return nameAndValue[1].trim();
        }
      }
      return null;
    }

    /** The names of uploaded files (a text field's value is a parameter, checked with the others). */
    private static Refusal checkFileNames(HttpServletRequest request) {
      try {
        for (jakarta.servlet.http.Part part : request.getParts()) {
          String file = part.getSubmittedFileName();
          if (!storable(part.getName()) || file != null && !storable(file)) {
            return new Refusal(HttpStatus.BAD_REQUEST, part.getName(), "input.text.notStorable", part.getName());
          }
        }
      } catch (org.apache.tomcat.util.http.fileupload.InvalidFileNameException e) {
        // Tomcat's own check of a NUL in a file name; it keeps no trace of it, so answer here.
        return new Refusal(HttpStatus.BAD_REQUEST, "file", "input.text.notStorable", "file");
      } catch (ServletException | IOException | IllegalStateException e) {
        return null; // a broken upload: Tomcat keeps the failure, Spring answers it (ApiExceptionHandler.brokenUpload)
      }
      return null;
    }

    /** {@code PUT .../variables/{name}} sends one variable; other bodies hold maps of them. */
    private static Refusal checkVariables(String uri, com.fasterxml.jackson.databind.JsonNode body) {
      java.util.regex.Matcher single = SINGLE_VARIABLE.matcher(uri);
      return single.find() ? EngineVariableValues.checkVariable(body, decode(single.group(1)))
          : EngineVariableValues.check(body, "");
    }

    private static Refusal checkQuery(String query) {
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        String name = decode(nameAndValue[0]);
        String value = nameAndValue.length > 1 ? decode(nameAndValue[1]) : "";
        String shown = name == null ? nameAndValue[0] : name;
        if (name == null || value == null) {
          return new Refusal(HttpStatus.BAD_REQUEST, shown, "input.parameter.notUtf8", shown);
        }
        if (!storable(name) || !storable(value)) {
          return new Refusal(HttpStatus.BAD_REQUEST, shown, "input.text.notStorable", shown);
        }
      }
      return null;
    }

    private static Refusal checkParameters(Map<String, String[]> parameters) {
      for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
        boolean storable = storable(parameter.getKey());
        for (String value : parameter.getValue()) {
          storable &= storable(value);
        }
        if (!storable) {
          return new Refusal(HttpStatus.BAD_REQUEST, parameter.getKey(), "input.text.notStorable", parameter.getKey());
        }
      }
      return null;
    }

    /** Strict percent-decoding into strict UTF-8; null if either is broken. */
    static String decode(String encoded) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c == '%') {
          if (i + 2 >= encoded.length()) {
            return null;
          }
          int high = Character.digit(encoded.charAt(i + 1), 16);
          int low = Character.digit(encoded.charAt(i + 2), 16);
          if (high < 0 || low < 0) {
            return null;
          }
          bytes.write(high * 16 + low);
          i += 2;
        } else if (c == '+') {
          bytes.write(' ');
        } else {
          bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }

    private Refusal checkJson(byte[] body, boolean engine) throws IOException {
      if (body.length == 0) {
        return null;
      }
      try (JsonParser parser = strict.createParser(body)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
            String text = token == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText();
            if (!storable(text)) {
              String field = pathOf(parser.getParsingContext());
              return new Refusal(HttpStatus.BAD_REQUEST, field, "input.text.notStorable", field);
            }
          } else if (engine && token == JsonToken.VALUE_NULL && isVariable(parser.getParsingContext())) {
            String field = pathOf(parser.getParsingContext());
            return new Refusal(HttpStatus.BAD_REQUEST, field, "input.body.nullValue", field);
          }
        }
        return null;
      } catch (StreamConstraintsException e) {
        return engine ? new Refusal(HttpStatus.BAD_REQUEST, "body", "input.body.tooDeep", MAX_DEPTH) : null;
      } catch (StreamReadException e) {
        if (!engine) {
          return null; // /api explains unreadable bodies itself, with the field
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
          String field = pathOf(e.getProcessor() == null ? null : e.getProcessor().getParsingContext());
          return new Refusal(HttpStatus.BAD_REQUEST, field, "input.body.duplicate", field);
        }
        return new Refusal(HttpStatus.BAD_REQUEST, "body", "input.body.notJson",
            e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
            e.getLocation() == null ? 1 : e.getLocation().getColumnNr());
      }
    }

    /** A null at the top, or as a member of a map of variables. */
    private static boolean isVariable(JsonStreamContext context) {
      if (context.inRoot()) {
        return true;
      }
      JsonStreamContext parent = context.getParent();
      return context.inObject() && parent != null && parent.inObject()
          && VARIABLE_MAPS.contains(parent.getCurrentName());
    }

    /** The field in the form the /api problem details use: {@code owners[0].name}. */
    static String pathOf(JsonStreamContext context) {
      List<String> parts = new ArrayList<>();
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        parts.add(0, c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
            : "." + (c.getCurrentName() == null ? "" : printable(c.getCurrentName())));
      }
      String path = String.join("", parts);
      return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** The name as it can be shown back: the offending characters written as \\u escapes. */
    private static String printable(String name) {
      StringBuilder shown = new StringBuilder();
      for (char c : name.toCharArray()) {
        shown.append(c == 0 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
      return shown.toString();
    }

    /** No NUL and every surrogate in a pair. */
    static boolean storable(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 0) {
          return false;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return false;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return false;
        }
      }
      return true;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean engine, Refusal refusal)
        throws IOException {
      Locale locale = request.getLocale();
      String shownField = printable(refusal.field());
      Object[] arguments = refusal.arguments().clone();
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = arguments[i] instanceof String text ? printable(text) : arguments[i];
      }
      String message = messages.getMessage(refusal.messageKey(), arguments, locale);
      response.setStatus(refusal.status().value());
      response.setCharacterEncoding("UTF-8");
      if (engine) {
        // Camunda's own error format, which Tasklist and Cockpit show.
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
        return;
      }
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(),
          messages.getMessage("api.problem.invalid.detail", null, locale));
      problem.setTitle(messages.getMessage("api.problem.invalid.title", null, locale));
      problem.setType(URI.create("urn:unodc:vpi:problem:invalid"));
      problem.setProperty("errors", List.of(Map.of("field", shownField, "message", message)));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    }
  }
}
