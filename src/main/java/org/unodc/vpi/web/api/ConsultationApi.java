package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.Initiative;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.workflow.engagement.ConsultationsEnding;

@Tag(name = "Review calendar")
@RestController
class ConsultationApi {

  /** How many consultations of the VPI stopped. */
  record EndedConsultations(long initiativeId, int ended) {}

  private final InitiativeRegister initiatives;
  private final ConsultationsEnding consultations;

  ConsultationApi(InitiativeRegister initiatives, ConsultationsEnding consultations) {
    this.initiatives = initiatives;
    this.consultations = consultations;
  }

  @Operation(summary = "End a VPI's consultations of the Alliance (coordinators)", description = "The VPI's"
      + " consultations (level B) stop waiting for the milestones ahead in the review calendar, and open consultation"
      + " tasks close, so the VPI can close once its other work has ended. ended: how many stopped (0 if none ran).")
  @PostMapping("/api/initiatives/{id}/consultations/end")
  EndedConsultations end(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "end the consultations of a VPI", Roles.COORDINATORS);
    Initiative initiative = initiatives.get(id, user.scope());
    return new EndedConsultations(id, consultations.end(initiative.getReference(), initiative.getCountry()));
  }
}
