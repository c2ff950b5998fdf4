package org.unodc.vpi.workflow.form;

/**
 * A check a form field names in its custom properties ({@code "properties": {"check": "name"}}),
 * for rules form-js cannot express, such as "a country the platform knows".
 */
public interface FieldCheck {

  /** The name the form uses. */
  String name();

  /** Whether the value passes; it is never null or blank here. */
  boolean accepts(Object value);

  /** The message code used when it does not pass. */
  default String messageCode() {
    return "form.invalid.check." + name();
  }
}
