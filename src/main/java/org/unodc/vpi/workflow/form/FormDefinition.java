package org.unodc.vpi.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Camunda Form (form-js JSON) as the server reads it: its id and its keyed fields. */
public record FormDefinition(String id, List<FormField> fields) {

  /** Component types that carry no value (static text, spacers, images...). */
  private static final Set<String> KEYED_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "checkbox",
          "checklist", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormDefinition read(InputStream json) throws IOException {
    return parse(JSON.readTree(json));
  }

  public static FormDefinition parse(JsonNode form) {
    List<FormField> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return new FormDefinition(form.path("id").asText(), List.copyOf(fields));
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.get("components"), fields);
      }
      String type = component.path("type").asText();
      if (!KEYED_TYPES.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      JsonNode rules = component.path("validate");
      List<String> values = new ArrayList<>();
      component.path("values").forEach(v -> values.add(v.path("value").asText()));
      String label = component.path("label").asText(component.path("dateLabel").asText(""));
      fields.add(new FormField(
          component.get("key").asText(),
          type,
          label.isBlank() ? component.get("key").asText() : label,
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
          rules.path("required").asBoolean(false),
          intOrNull(rules, "minLength"),
          intOrNull(rules, "maxLength"),
          textOrNull(rules, "pattern"),
          textOrNull(rules, "validationType"),
          doubleOrNull(rules, "min"),
          doubleOrNull(rules, "max"),
          List.copyOf(values),
          Optional.ofNullable(textOrNull(component.path("conditional"), "hide"))
              .map(HideCondition::parse),
          Optional.ofNullable(textOrNull(component.path("properties"), "check"))));
    }
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  private static Integer intOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asDouble() : null;
  }

  private static String textOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) && !node.get(name).asText().isBlank() ? node.get(name).asText() : null;
  }
}
