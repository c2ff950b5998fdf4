package org.unodc.vpi.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.unodc.vpi.account.PlatformPasswordPolicy;
import org.unodc.vpi.workflow.script.ScriptRefusedException;

/**
 * Gives users' mistakes the answer they deserve instead of the REST API's generic 500:
 * <ul>
 *   <li>the engine wraps exceptions of task listeners in a generic ProcessEngineException;
 *       re-throwing the form validation error itself makes it a 400 with our message;</li>
 *   <li>acting on another country's task fails the engine's tenant check with a plain
 *       ProcessEngineException (ENGINE-13034); it is a permission problem, so it becomes an
 *       AuthorizationException, which the API answers with 403.</li>
 * </ul>
 */
public class EngineErrorTranslator extends CommandInterceptor {

  static final String TENANT_CHECK_FAILED = "ENGINE-13034";

  /** The engine's message when a new password breaks the password policy. */
  static final String PASSWORD_POLICY_FAILED = "Password does not match policy";

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (AuthorizationException e) {
      throw e;
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException validation) {
          throw validation;
        }
        // The DMN deployer wraps whatever the transform throws into a bare 500: give back our 400.
        if (cause instanceof ScriptRefusedException refused) {
          throw refused;
        }
      }
      if (e instanceof ProcessEngineException && PASSWORD_POLICY_FAILED.equals(e.getMessage())) {
        // A user's mistake, not the server's: engine-rest would answer 500 with the engine's words.
        throw new BadUserRequestException("This password does not meet the platform's rules: at least "
            + PlatformPasswordPolicy.MIN_LENGTH + " characters, without your user name, name or e-mail address,"
            + " and not a well-known password. A few words that you remember easily make a good password.");
      }
      if (e instanceof ProcessEngineException && e.getMessage() != null && e.getMessage().startsWith(TENANT_CHECK_FAILED)) {
        throw new AuthorizationException("This belongs to another country: you are not allowed to act on it.");
      }
      throw e;
    }
  }
}
