package org.unodc.vpi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.unodc.vpi.web.MalformedInputGuard.Refusal;

/**
 * Typed variables in an engine-rest body ({@code {"value":"x","type":"Integer"}}) whose value the
 * engine cannot convert: it would answer with a message naming Java types, or (a File without
 * {@code valueInfo}) with a 500. Checked the way the engine converts them: Jackson with the
 * engine-rest date format.
 */
final class EngineVariableValues {

  /** Engine-rest's default date format (JacksonConfigurator). */
  private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
  private static final Map<String, Class<?>> TYPES = Map.of("string", String.class, "integer", Integer.class,
      "short", Short.class, "long", Long.class, "double", Double.class, "boolean", Boolean.class,
      "date", Date.class);

  private EngineVariableValues() {}

  /** The first typed variable whose value cannot be one of its type, or null. */
  static Refusal check(JsonNode node, String path) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Refusal refusal = check(node.get(i), path + "[" + i + "]");
        if (refusal != null) {
          return refusal;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        Refusal refusal = MalformedInputGuard.VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()
            ? checkVariables(field.getValue(), fieldPath) : check(field.getValue(), fieldPath);
        if (refusal != null) {
          return refusal;
        }
      }
    }
    return null;
  }

  /** A body that is itself one variable: {@code PUT .../variables/{name}}. */
  static Refusal checkVariable(JsonNode variable, String name) {
    return variable.isObject() ? checkOne(variable, name) : null;
  }

  private static Refusal checkVariables(JsonNode variables, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext();) {
      Map.Entry<String, JsonNode> entry = entries.next();
      Refusal refusal = entry.getValue().isObject() ? checkOne(entry.getValue(), path + "." + entry.getKey()) : null;
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  private static Refusal checkOne(JsonNode variable, String path) {
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    JsonNode value = variable.path("value");
    if ("file".equals(type) && !variable.path("valueInfo").isObject()) {
      return new Refusal(HttpStatus.BAD_REQUEST, path + ".valueInfo", "input.variable.fileWithoutInfo", path);
    }
    Class<?> javaType = TYPES.get(type);
    if (javaType == null || value.isMissingNode() || value.isNull() || convertible(value, javaType)) {
      return null;
    }
    return new Refusal(HttpStatus.BAD_REQUEST, path + ".value", "input.variable.badValue", path,
        variable.path("type").asText());
  }

  private static boolean convertible(JsonNode value, Class<?> javaType) {
    ObjectMapper engineLike = new ObjectMapper().setDateFormat(new SimpleDateFormat(DATE_FORMAT));
    try {
      engineLike.readValue(engineLike.writeValueAsString(value), javaType);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
