package org.unodc.vpi.workflow.form;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions of task listeners in a generic ProcessEngineException, which the REST
 * API answers with 500. Re-throwing the form validation error itself makes it a 400 with our message.
 */
public class FormValidationErrorUnwrapper extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException validation) {
          throw validation;
        }
      }
      throw e;
    }
  }
}
