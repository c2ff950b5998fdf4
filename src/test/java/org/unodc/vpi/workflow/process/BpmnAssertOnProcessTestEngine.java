package org.unodc.vpi.workflow.process;

import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.unodc.vpi.workflow.notification.TaskDeadlines;

/**
 * Points Camunda BPM Assert at the process-test engine for each test. Spring tests in the same JVM
 * may leave their own engine registered, and Assert refuses to pick one of two by itself.
 *
 * <p>Also registers what every model needs whatever the test: the real deadlines (each user task's
 * reminder and overdue timers ask them) and do-nothing mocks of the notification listeners. A test
 * registers its own under the same names to look at them.
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
    Mocks.register("taskDeadlines", TaskDeadlines.defaults());
    Mocks.register("taskAvailableListener", mock(TaskListener.class));
    Mocks.register("taskReminderListener", mock(TaskListener.class));
    Mocks.register("taskOverdueListener", mock(TaskListener.class));
    Mocks.register("stepCompletedListener", mock(ExecutionListener.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    BpmnAwareTests.reset();
    Mocks.reset();
  }
}
