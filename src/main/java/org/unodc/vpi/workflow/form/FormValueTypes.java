package org.unodc.vpi.workflow.form;

import java.util.Date;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Names the type of a submitted value without deserializing it. Values sent without a type (plain
 * JSON through the REST API) are untyped until stored: their Java class tells what they are.
 */
public final class FormValueTypes {

  private FormValueTypes() {}

  public static String nameOf(TypedValue typed) {
    if (typed == null) {
      return "null";
    }
    if (typed.getType() != null) {
      return typed.getType().getName();
    }
    if (typed instanceof SerializableValue) {
      return "object";
    }
    Object value = typed.getValue();
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return "long";
    }
    if (value instanceof Number) {
      return "double";
    }
    return value instanceof Date ? "date" : "object";
  }

  /** The value itself when it is plain, otherwise null (an object is never read). */
  public static Object plainValueOf(TypedValue typed) {
    return FormSubmissionValidator.FORM_VALUE_TYPES.contains(nameOf(typed)) && typed != null ? typed.getValue() : null;
  }
}
