package org.unodc.vpi.workflow.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points Camunda BPM Assert at the process-test engine for each test. Spring tests in the same JVM
 * may leave their own engine registered, and Assert refuses to pick one of two by itself.
 */
class BpmnAssertOnProcessTestEngine implements BeforeEachCallback, AfterEachCallback {

  /** The {@code processEngineName} of {@code process-test.camunda.cfg.xml}. */
  static final String ENGINE_NAME = "process-tests";

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessEngine engine = ProcessEngines.getProcessEngine(ENGINE_NAME);
    if (engine == null) {
      throw new IllegalStateException("No engine named " + ENGINE_NAME + ": is ProcessTestSupport.engine() registered?");
    }
    BpmnAwareTests.init(engine);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BpmnAwareTests.reset();
  }
}
