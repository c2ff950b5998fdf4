package org.unodc.vpi.workflow.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Refuses to complete a user task (or start a process) whose values break its form's rules, or
 * that sets anything but the form's own input fields (a read-only field changed, a variable the
 * form does not have). Runs inside the engine command, on every way of completing a task, so a
 * refusal rolls back everything the submission set: what was stored before stays as it was. The
 * REST API answers such a refusal with 400.
 */
public class FormSubmissionCheck implements TaskListener, ExecutionListener {

  private final FormDefinition form;
  private final Set<String> settableByEngine;
  private final FormSubmissionValidator validator;
  private final MessageSource messages;

  /**
   * @param settableByEngine variables the engine itself sets in the same step (the initiator of a
   *     process), which the check must not mistake for user input
   */
  public FormSubmissionCheck(FormDefinition form, Set<String> settableByEngine, FormSubmissionValidator validator,
      MessageSource messages) {
    this.form = form;
    this.settableByEngine = Set.copyOf(settableByEngine);
    this.validator = validator;
    this.messages = messages;
  }

  FormDefinition form() {
    return form;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task::getVariable);
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution::getVariable);
  }

  /** Refuses the submission at once when any of the named values is not a plain form value. */
  void refuseUnless(Map<String, String> typeByName) {
    List<FieldViolation> violations = validator.validateTypes(form, typeByName);
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(form.id(), describe(violations));
    }
  }

  private void check(Function<String, Object> values) {
    Map<String, String> changed = new TreeMap<>(ChangedVariables.inCurrentCommand());
    changed.keySet().removeAll(settableByEngine);
    List<FieldViolation> violations = new ArrayList<>(validator.validateTypes(form, changed));
    if (violations.isEmpty()) {
      // Reading a value deserializes it: only once every changed value is known to be plain.
      violations.addAll(validator.validateChangedNames(form, changed.keySet()));
      violations.addAll(validator.validate(form, values));
    }
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(form.id(), describe(violations));
    }
  }

  private String describe(List<FieldViolation> violations) {
    var locale = LocaleContextHolder.getLocale();
    String details = violations.stream()
        .map(v -> messages.getMessage(v.code(), v.arguments().toArray(), locale))
        .collect(Collectors.joining(" "));
    return messages.getMessage("form.invalid.summary", new Object[] {details}, locale);
  }
}
