package org.unodc.vpi.workflow.form;

import java.util.List;
import java.util.Optional;

/**
 * A check a form field names in its custom properties ({@code "properties": {"check": "name"}}),
 * for rules form-js cannot express, such as "a country the platform knows".
 */
public interface FieldCheck {

  /** The name the form uses. */
  String name();

  /** Whether the value passes; it is never null or blank here. */
  boolean accepts(Object value);

  /**
   * Why the value does not pass, as the message arguments that follow the field label (by default
   * the value itself); empty when it passes.
   */
  default Optional<List<Object>> refusal(Object value) {
    return accepts(value) ? Optional.empty() : Optional.of(List.of(value));
  }

  /** The message code used when it does not pass. */
  default String messageCode() {
    return "form.invalid.check." + name();
  }
}
