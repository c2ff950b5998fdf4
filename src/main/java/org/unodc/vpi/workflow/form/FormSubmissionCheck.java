package org.unodc.vpi.workflow.form;

import java.util.List;
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
 * Refuses to complete a user task (or start a process) whose values break its form's rules. Runs
 * inside the engine command, so a refusal rolls back everything the submission set: what was
 * stored before stays as it was. The REST API answers such a refusal with 400.
 */
public class FormSubmissionCheck implements TaskListener, ExecutionListener {

  private final FormDefinition form;
  private final FormSubmissionValidator validator;
  private final MessageSource messages;

  public FormSubmissionCheck(FormDefinition form, FormSubmissionValidator validator, MessageSource messages) {
    this.form = form;
    this.validator = validator;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task::getVariable);
  }

  @Override
  public void notify(DelegateExecution execution) {
    check(execution::getVariable);
  }

  private void check(Function<String, Object> values) {
    List<FieldViolation> violations = validator.validate(form, values);
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
