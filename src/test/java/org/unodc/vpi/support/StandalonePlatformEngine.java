package org.unodc.vpi.support;

import static org.mockito.Mockito.mock;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.support.StaticMessageSource;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.workflow.VpiEnginePlugin;
import org.unodc.vpi.workflow.form.FieldCheck;
import org.unodc.vpi.workflow.form.FormCatalog;

/**
 * An in-memory engine with the platform's own plugin, as production configures it, without Spring:
 * for what the plugin itself decides (script limits, password policy). Nothing runs on it, so the
 * plugin's runtime collaborators are stand-ins and every form check accepts anything.
 */
public final class StandalonePlatformEngine {

  private StandalonePlatformEngine() {}

  public static ProcessEngine build(String name, boolean passwordPolicy) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000")
        .setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(new VpiEnginePlugin(new StaticMessageSource(),
        checksTheFormsName(), List.of(), mock(InitiativeRegister.class), passwordPolicy));
    return configuration.buildProcessEngine();
  }

  private static List<FieldCheck> checksTheFormsName() {
    return FormCatalog.fromClasspath().all().values().stream()
        .flatMap(form -> form.fields().stream())
        .flatMap(field -> field.check().stream())
        .distinct()
        .map(name -> (FieldCheck) new FieldCheck() {
          @Override
          public String name() {
            return name;
          }

          @Override
          public boolean accepts(Object value) {
            return true;
          }
        })
        .toList();
  }
}
