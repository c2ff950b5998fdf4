package org.unodc.vpi.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Test classes with different properties get different Spring contexts, each with its own engine,
 * all named "default". Camunda keeps engines in a static registry by name, and engine-rest and the
 * webapps look the default one up there, so a context started later would answer for an earlier,
 * cached one (a VPI completed in one database, its record read from another). Before each Spring
 * test class, this puts the class's own engine back as the default. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineOfThisTestContext extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    // A context about to be created registers its own engine; one taken from the cache may have lost the name.
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
