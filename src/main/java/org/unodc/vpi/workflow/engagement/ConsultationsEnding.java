package org.unodc.vpi.workflow.engagement;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess;

/**
 * A coordinator ends a VPI's consultations of the Alliance (its review is over, or the Alliance is
 * consulted another way): waiting consultations and open consultation tasks stop, so the VPI can
 * close even while its review calendar still holds milestones ahead.
 */
@Component
public class ConsultationsEnding {

  private final RuntimeService runtime;

  // Lazy: the engine's services exist only once the engine is built.
  public ConsultationsEnding(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Ends the consultations of the VPI {@code reference} (its business key); how many were running. */
  public int end(String reference, String country) {
    return runtime.createMessageCorrelation(EngagementCommitmentProcess.Messages.CONSULTATIONS_ENDED)
        .processInstanceBusinessKey(reference)
        .tenantId(country)
        .correlateAllWithResult()
        .size();
  }
}
