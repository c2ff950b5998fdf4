package org.unodc.vpi.workflow.script;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmmn.transformer.CmmnTransformListener;

/**
 * Deployed models may run only what the platform ships: Java delegates and expressions, never
 * scripts. The platform's own models have none, and a script runs with the rights of the whole
 * application (files, network, database), so a deployment that holds one is refused, BPMN and DMN
 * alike. Expressions (JUEL in BPMN, FEEL or JUEL in DMN) stay allowed: the shipped models use them,
 * and deploying stays an administrator's right.
 */
public final class ScriptLimit {

  private ScriptLimit() {}

  /** Adds the checks to an engine configuration; call before the engine is built. */
  public static void applyTo(ProcessEngineConfigurationImpl configuration) {
    // A pre-parse listener: the model is refused before the platform's own listeners hook into it.
    List<BpmnParseListener> preParse = new ArrayList<>(orEmpty(configuration.getCustomPreBPMNParseListeners()));
    preParse.add(new ScriptRefusingParseListener());
    configuration.setCustomPreBPMNParseListeners(preParse);

    List<CmmnTransformListener> preCmmn = new ArrayList<>(orEmpty(configuration.getCustomPreCmmnTransformListeners()));
    preCmmn.add(new CaseModelRefusingListener());
    configuration.setCustomPreCmmnTransformListeners(preCmmn);

    // The engine builds this default itself when none is set; setting it here keeps the same defaults.
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.getTransformer().getTransformListeners().add(new ScriptRefusingDecisionListener());
    configuration.setDmnEngineConfiguration(dmn);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
