package org.unodc.vpi.workflow.tenancy;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.unodc.vpi.workflow.form.FormValueTypes;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Puts every VPI in the tenant of its State party (the {@code country} it is started with), and every
 * sub-process in the tenant of its caller. The models are deployed once, shared by all tenants. A
 * process started on its own without a country is refused, as it would belong to no country.
 */
public class CountryTenantIdProvider implements TenantIdProvider {

  private final MessageSource messages;

  public CountryTenantIdProvider(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    // Typed and not deserialized: an object sent as "country" must not break the start.
    Object country = FormValueTypes.plainValueOf(ctx.getVariables().getValueTyped(VpiInitiativeProcess.Variables.COUNTRY));
    if (country == null || country.toString().isBlank()) {
      // Without a tenant the instance would be visible in every country: refuse it instead.
      throw new FormFieldValidationException(VpiInitiativeProcess.Variables.COUNTRY,
          messages.getMessage("process.countryMissing", null, LocaleContextHolder.getLocale()));
    }
    return country.toString();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
