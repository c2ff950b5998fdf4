package org.unodc.vpi.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unodc.vpi.account.PlatformPasswordPolicy;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.workflow.form.FieldCheck;
import org.unodc.vpi.workflow.form.FormCatalog;
import org.unodc.vpi.workflow.form.FormSubmissionValidator;
import org.unodc.vpi.workflow.form.FormValidationParseListener;
import org.unodc.vpi.workflow.notification.TaskNotificationParseListener;
import org.unodc.vpi.workflow.record.FormRecords;
import org.unodc.vpi.workflow.record.RecordFeedParseListener;
import org.unodc.vpi.workflow.script.ScriptLimit;
import org.unodc.vpi.workflow.tenancy.CountryTenantIdProvider;

/**
 * Wires the platform's rules into the engine: no scripts in models, form validation, records, task due
 * dates and notices, a tenant per country, clear errors.
 */
@Component
public class VpiEnginePlugin extends AbstractProcessEnginePlugin {

  private final MessageSource messages;
  private final List<FieldCheck> checks;
  private final List<FormRecords> records;
  private final InitiativeRegister initiatives;
  private final boolean passwordPolicy;

  public VpiEnginePlugin(MessageSource messages, List<FieldCheck> checks, List<FormRecords> records,
      InitiativeRegister initiatives, @Value("${vpi.accounts.password-policy:true}") boolean passwordPolicy) {
    this.messages = messages;
    this.checks = checks;
    this.records = records;
    this.initiatives = initiatives;
    this.passwordPolicy = passwordPolicy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Models may run only what the platform ships: a deployment holding a script is refused.
    ScriptLimit.applyTo(configuration);
    FormCatalog forms = FormCatalog.fromClasspath();
    FormSubmissionValidator validator = new FormSubmissionValidator(checks);
    validator.requireKnownChecks(forms);
    FormValidationParseListener formValidation = new FormValidationParseListener(forms, validator, messages);
    List<BpmnParseListener> parseListeners = new ArrayList<>(orEmpty(configuration.getCustomPostBPMNParseListeners()));
    parseListeners.add(formValidation);
    // After validation: a form's records are written only once the form is accepted.
    parseListeners.add(new RecordFeedParseListener(records, initiatives));
    // Due dates and notices: after the records, so a step's mail goes out once its records are written.
    parseListeners.add(new TaskNotificationParseListener());
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<CommandInterceptor> interceptors =
        new ArrayList<>(orEmpty(configuration.getCustomPreCommandInterceptorsTxRequired()));
    // Outermost, around the transaction: a command that lost a race for a unique value runs again.
    interceptors.add(new UniqueKeyClashRetry());
    interceptors.add(new EngineErrorTranslator());
    interceptors.add(new AdministratorOnlyCommands(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    configuration.setTenantIdProvider(new CountryTenantIdProvider(messages));

    // Every new password, whoever sets it and however; off only in the demo, whose passwords are "demo".
    configuration.setEnablePasswordPolicy(passwordPolicy);
    configuration.setPasswordPolicy(new PlatformPasswordPolicy());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
