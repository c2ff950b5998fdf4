package org.unodc.vpi.workflow.script;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A decision (DMN) refused because it holds a script. A bad request, not a failure of the platform;
 * the engine wraps it in its generic "Unable to transform DMN resource" error, so look for it among
 * the causes.
 */
public class ScriptRefusedException extends BadUserRequestException {

  public ScriptRefusedException(String message) {
    super(message);
  }
}
