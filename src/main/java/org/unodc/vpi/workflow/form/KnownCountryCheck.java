package org.unodc.vpi.workflow.form;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A country is known when a tenant with its code has been set up for it. */
@Component
public class KnownCountryCheck implements FieldCheck {

  private final IdentityService identityService;

  // Lazy: the engine plugin that uses this check is built before the engine's services exist.
  public KnownCountryCheck(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String name() {
    return "knownCountry";
  }

  @Override
  public boolean accepts(Object value) {
    return identityService.createTenantQuery().tenantId(value.toString()).count() == 1;
  }
}
