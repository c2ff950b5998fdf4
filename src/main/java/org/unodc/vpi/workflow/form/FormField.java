package org.unodc.vpi.workflow.form;

import java.util.List;
import java.util.Optional;

/** One input of a Camunda Form, with the validation rules the form declares for it. */
public record FormField(
    String key,
    String type,
    String label,
    boolean readonly,
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String validationType,
    Double min,
    Double max,
    List<String> allowedValues,
    Optional<HideCondition> hideCondition,
    Optional<String> check) {

  /** A field the user types or picks a value in, as opposed to a display of earlier input. */
  public boolean isInput() {
    return !readonly;
  }
}
