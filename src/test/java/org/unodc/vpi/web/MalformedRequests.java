package org.unodc.vpi.web;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Malformed variants of the operations of an OpenAPI 3 document: one valid-looking request per
 * operation (built from its schema, with the ids the caller knows), then each path id, query
 * parameter and body field broken one way at a time.
 */
final class MalformedRequests {

  /** One request to send; {@code path} is raw (already percent-encoded). */
  record Probe(String label, String method, String path, String contentType, byte[] body) {

    static Probe json(String label, String method, String path, String body) {
      return new Probe(label, method, path, "application/json",
          body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return method + " " + abbreviate(path, 160) + " [" + label + "]";
    }
  }

  static final String NUL = "a\u0000b";
  static final String LONE_SURROGATE = "a\ud800b";
  static final int HUGE = 20_000;
  static final int DEEP = 10_000;

  /** Path ids that name nothing or cannot be an id at all. */
  static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999", "999999999999999999999999",
      "1.5", "%00", "a%00b", "%ED%A0%80", "%FF", "null", "1e400");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Lone surrogates can only be written as escapes: a UTF-8 encoder refuses them. */
  private static final ObjectWriter WRITER = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private final JsonNode document;
  private final Function<String, Long> knownId;

  /**
   * @param knownId for a field or path prefix ({@code initiativeId}, {@code /api/priorities}), an id
   *     of a record that exists, or null
   */
  MalformedRequests(JsonNode document, Function<String, Long> knownId) {
    this.document = document;
    this.knownId = knownId;
  }

  /** Every operation of the document, with its malformed variants. */
  Map<String, List<Probe>> byOperation() {
    Map<String, List<Probe>> probes = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        probes.put(method + " " + path.getKey(), variants(method, path.getKey(), op.getValue()));
      }
    }
    return probes;
  }

  private List<Probe> variants(String method, String template, JsonNode operation) {
    List<Probe> probes = new ArrayList<>();
    List<JsonNode> parameters = new ArrayList<>();
    operation.path("parameters").forEach(parameters::add);
    String path = validPath(template, parameters);
    String query = validQuery(parameters);
    JsonNode content = operation.path("requestBody").path("content");
    JsonNode jsonSchema = content.path("application/json").path("schema");
    boolean multipart = content.has("multipart/form-data");
    String validBody = jsonSchema.isMissingNode() ? null : write(example(jsonSchema, null, 0));
    String target = path + query;

    probes.add(Probe.json("as documented", method, target, validBody));
    // Path ids
    for (JsonNode parameter : parameters) {
      if (!"path".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      for (String bad : BAD_IDS) {
        probes.add(Probe.json(name + "=" + bad, method, template.replace("{" + name + "}", bad)
            .replaceAll("\\{[^}]+}", "1") + query, validBody));
      }
    }
    // Query parameters, each broken in turn, plus absurd paging
    for (JsonNode parameter : parameters) {
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      for (String bad : badQueryValues(resolve(parameter.path("schema")))) {
        probes.add(Probe.json(name + "=" + bad, method, path + "?" + name + "=" + bad, validBody));
      }
    }
    if ("GET".equals(method) && parameters.stream().anyMatch(p -> "pageable".equals(p.path("name").asText())
        || "page".equals(p.path("name").asText()))) {
      for (String paging : List.of("page=-1", "page=99999999999", "page=2147483647", "size=-1", "size=0",
          "size=100000000", "size=abc", "sort=nosuchfield", "sort=id,sideways", "sort=%00", "sort=",
          "sort=id,asc&sort=id,desc&sort=title")) {
        probes.add(Probe.json(paging, method, path + "?" + paging, validBody));
      }
    }
    if (validBody != null) {
      probes.addAll(bodyVariants(method, target, jsonSchema));
    }
    if (multipart) {
      probes.addAll(multipartVariants(method, target));
    }
    return probes;
  }

  private List<Probe> bodyVariants(String method, String target, JsonNode schema) {
    List<Probe> probes = new ArrayList<>();
    JsonNode valid = example(schema, null, 0);
    String validBody = write(valid);
    // Each leaf and container of the body, broken one way at a time
    List<String> pointers = new ArrayList<>();
    collectPointers(valid, "", pointers);
    for (String pointer : pointers) {
      JsonNode node = valid.at(pointer);
      List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
      replacements.add(Map.entry("null", NODES.nullNode()));
      if (node.isTextual()) {
        replacements.add(Map.entry("NUL", NODES.textNode(NUL)));
        replacements.add(Map.entry("lone surrogate", NODES.textNode(LONE_SURROGATE)));
        replacements.add(Map.entry("huge", NODES.textNode("x".repeat(HUGE))));
        replacements.add(Map.entry("object for text", NODES.objectNode().put("a", 1)));
        replacements.add(Map.entry("not an enum value / bad format", NODES.textNode("NOT_A_VALUE")));
      } else if (node.isNumber()) {
        replacements.add(Map.entry("text for number", NODES.textNode("x")));
        replacements.add(Map.entry("negative", NODES.numberNode(-1)));
        replacements.add(Map.entry("Long.MAX", NODES.numberNode(Long.MAX_VALUE)));
        replacements.add(Map.entry("beyond long", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
        replacements.add(Map.entry("fraction", NODES.numberNode(1.5)));
        replacements.add(Map.entry("array for number", NODES.arrayNode().add(1)));
      } else if (node.isBoolean()) {
        replacements.add(Map.entry("text for boolean", NODES.textNode("maybe")));
      } else if (node.isArray()) {
        replacements.add(Map.entry("[null]", NODES.arrayNode().addNull()));
        replacements.add(Map.entry("[null, valid]", NODES.arrayNode().addNull().add(node.isEmpty()
            ? NODES.nullNode() : node.get(0))));
        replacements.add(Map.entry("text for list", NODES.textNode("x")));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 1000; i++) {
          many.add(node.isEmpty() ? NODES.textNode("x") : node.get(0));
        }
        replacements.add(Map.entry("1000 elements", many));
        replacements.add(Map.entry("NUL in list", NODES.arrayNode().add(NUL)));
      } else if (node.isObject()) {
        replacements.add(Map.entry("text for object", NODES.textNode("x")));
        replacements.add(Map.entry("list for object", NODES.arrayNode().add(node)));
      }
      for (Map.Entry<String, JsonNode> replacement : replacements) {
        probes.add(Probe.json(pointer + " " + replacement.getKey(), method, target,
            write(replaced(valid, pointer, replacement.getValue()))));
      }
    }
    // The body as a whole
    if (valid.isObject() && valid.size() > 0) {
      String first = valid.fieldNames().next();
      String withoutBrace = validBody.substring(0, validBody.lastIndexOf('}'));
      probes.add(Probe.json("duplicate key " + first + " (text)", method, target,
          withoutBrace + ",\"" + first + "\":\"x\"}"));
      probes.add(Probe.json("duplicate key " + first + " (same)", method, target,
          withoutBrace + ",\"" + first + "\":" + write(valid.get(first)) + "}"));
      probes.add(Probe.json("NUL in a key", method, target, withoutBrace + ",\"a\\u0000b\":1}"));
      probes.add(Probe.json("lone surrogate in a key", method, target, withoutBrace + ",\"a\\ud800\":1}"));
      probes.add(Probe.json("unknown field", method, target, withoutBrace + ",\"noSuchField\":1}"));
      probes.add(Probe.json("nested 10000 deep in a field", method, target,
          withoutBrace + ",\"deep\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
    }
    probes.add(Probe.json("arrays nested 10000 deep", method, target, "[".repeat(DEEP) + "]".repeat(DEEP)));
    probes.add(Probe.json("objects nested 10000 deep", method, target,
        "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
    probes.add(Probe.json("empty body", method, target, ""));
    probes.add(Probe.json("JSON null", method, target, "null"));
    probes.add(Probe.json("JSON list", method, target, "[]"));
    probes.add(Probe.json("JSON text", method, target, "\"x\""));
    probes.add(Probe.json("truncated JSON", method, target, validBody.substring(0, validBody.length() / 2)));
    probes.add(Probe.json("raw NUL byte", method, target, "{\"a\":\"\u0000\"}"));
    probes.add(new Probe("invalid UTF-8", method, target, "application/json",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));
    probes.add(new Probe("text/plain", method, target, "text/plain",
        validBody.getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("xml", method, target, "application/xml",
        "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("bad content type", method, target, "application/json; charset=nonsense-charset",
        validBody.getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("form-encoded", method, target, "application/x-www-form-urlencoded",
        "a=%00&b=%ZZ".getBytes(StandardCharsets.UTF_8)));
    probes.add(ebcdic(method, target, validBody));
    probes.add(new Probe("form-encoded in EBCDIC", method, target, "application/x-www-form-urlencoded;charset=IBM037",
        "a=b\u0000c".getBytes(java.nio.charset.Charset.forName("IBM037"))));
    return probes;
  }

  /** The body in EBCDIC with a NUL in its first text: Spring would decode it, Jackson cannot. */
  static Probe ebcdic(String method, String target, String validBody) {
    String withNul = validBody.replaceFirst(":\"", ":\"\\\\u0000");
    return new Probe("JSON in EBCDIC (IBM037) with NUL", method, target, "application/json;charset=IBM037",
        withNul.getBytes(java.nio.charset.Charset.forName("IBM037")));
  }

  private static List<Probe> multipartVariants(String method, String target) {
    String csv = "name,type\nMalformed NGO,NGO\n";
    String boundary = "malformed-boundary";
    List<Probe> probes = new ArrayList<>();
    probes.add(new Probe("multipart without boundary", method, target, "multipart/form-data",
        part(boundary, "file", csv).getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("multipart with another boundary", method, target, "multipart/form-data; boundary=other",
        part(boundary, "file", csv).getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("multipart cut short", method, target, "multipart/form-data; boundary=" + boundary,
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname,ty")
            .getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("multipart empty", method, target, "multipart/form-data; boundary=" + boundary,
        new byte[0]));
    probes.add(new Probe("multipart without the file", method, target, "multipart/form-data; boundary=" + boundary,
        part(boundary, "other", csv).getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("CSV with NUL", method, target, "multipart/form-data; boundary=" + boundary,
        part(boundary, "file", "name,type\nMal\u0000formed NGO,NGO\n").getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("CSV with lone surrogate (CESU bytes)", method, target,
        "multipart/form-data; boundary=" + boundary,
        concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nname,type\nMal").getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            (" NGO,NGO\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8))));
    probes.add(new Probe("CSV that is binary", method, target, "multipart/form-data; boundary=" + boundary,
        concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 'x'},
            ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8))));
    probes.add(new Probe("CSV with a huge cell", method, target, "multipart/form-data; boundary=" + boundary,
        part(boundary, "file", "name,type\n" + "x".repeat(HUGE) + ",NGO\n").getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("multipart text field with NUL", method, target, "multipart/form-data; boundary=" + boundary,
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\nBR\u0000A\r\n"
            + part(boundary, "file", csv)).getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("file name with NUL", method, target, "multipart/form-data; boundary=" + boundary,
        part(boundary, "file", csv).replace("filename=\"", "filename=\"a\u0000").getBytes(StandardCharsets.UTF_8)));
    probes.add(new Probe("CSV body with NUL", method, target, "text/csv",
        "name,type\nMal\u0000formed,NGO\n".getBytes(StandardCharsets.UTF_8)));
    return probes;
  }

  private static String part(String boundary, String name, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"a.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private List<String> badQueryValues(JsonNode schema) {
    List<String> values = new ArrayList<>(List.of("%00", "a%00b", "%ED%A0%80", "%FF", "x".repeat(5000), ""));
    String type = schema.path("type").asText();
    if ("integer".equals(type) || "number".equals(type)) {
      values.addAll(List.of("abc", "-1", "99999999999999999999999", "1.5"));
    }
    if (schema.has("enum")) {
      values.add("NOT_A_VALUE");
    }
    if ("string".equals(type) && schema.has("format")) {
      values.add("not-a-" + schema.path("format").asText());
    }
    return values;
  }

  private String validPath(String template, List<JsonNode> parameters) {
    String path = template;
    for (JsonNode parameter : parameters) {
      if ("path".equals(parameter.path("in").asText())) {
        String name = parameter.path("name").asText();
        JsonNode schema = resolve(parameter.path("schema"));
        String value;
        if ("string".equals(schema.path("type").asText())) {
          value = schema.has("enum") ? schema.path("enum").get(0).asText() : "demo";
        } else {
          Long known = knownId.apply(template.substring(0, template.indexOf("{" + name + "}")).replaceAll("/$", ""));
          value = String.valueOf(known == null ? 1 : known);
        }
        path = path.replace("{" + name + "}", value);
      }
    }
    return path;
  }

  private String validQuery(List<JsonNode> parameters) {
    List<String> pairs = new ArrayList<>();
    for (JsonNode parameter : parameters) {
      if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
        String name = parameter.path("name").asText();
        pairs.add(name + "=" + java.net.URLEncoder.encode(example(parameter.path("schema"), name, 0).asText(),
            StandardCharsets.UTF_8));
      }
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  /** A plausible value for the schema: the first enum value, a date, a known id, ... */
  JsonNode example(JsonNode schemaOrRef, String name, int depth) {
    JsonNode schema = resolve(schemaOrRef);
    if (depth > 6) {
      return NODES.nullNode();
    }
    if (schema.has("enum")) {
      return schema.path("enum").get(0);
    }
    if (schema.has("oneOf") || schema.has("anyOf")) {
      return example((schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf")).get(0), name, depth);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object": {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            properties.hasNext();) {
          Map.Entry<String, JsonNode> property = properties.next();
          object.set(property.getKey(), example(property.getValue(), property.getKey(), depth + 1));
        }
        return object;
      }
      case "array":
        return NODES.arrayNode().add(example(schema.path("items"), name, depth + 1));
      case "integer":
      case "number": {
        if (name != null && name.equals("version")) {
          return NODES.numberNode(0);
        }
        Long known = name == null ? null : knownId.apply(name);
        if (known != null) {
          return NODES.numberNode(known);
        }
        long minimum = schema.path("minimum").asLong(1);
        return NODES.numberNode(Math.max(1, minimum));
      }
      case "boolean":
        return NODES.booleanNode(false);
      default:
        return NODES.textNode(switch (schema.path("format").asText()) {
          case "date" -> "2026-12-01";
          case "date-time" -> "2026-12-01T10:00:00Z";
          case "email" -> "malformed@vpi.example";
          default -> name != null && name.toLowerCase(java.util.Locale.ROOT).contains("country") ? "BRA"
              : name != null && name.toLowerCase(java.util.Locale.ROOT).contains("email") ? "malformed@vpi.example"
              : name != null && name.toLowerCase(java.util.Locale.ROOT).contains("language") ? "en"
              : "Malformed probe";
        });
    }
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.path("$ref").asText();
      current = document.at(ref.substring(1));
    }
    if (current.has("allOf") && current.path("allOf").size() == 1) {
      return resolve(current.path("allOf").get(0));
    }
    return current;
  }

  private static void collectPointers(JsonNode node, String pointer, List<String> pointers) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        pointers.add(child);
        collectPointers(field.getValue(), child, pointers);
      });
    } else if (node.isArray() && !node.isEmpty()) {
      String child = pointer + "/0";
      pointers.add(child);
      collectPointers(node.get(0), child, pointers);
    }
  }

  private static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    }
    return copy;
  }

  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
  }
}
