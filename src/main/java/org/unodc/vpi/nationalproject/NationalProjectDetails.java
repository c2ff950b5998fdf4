package org.unodc.vpi.nationalproject;

import java.time.LocalDate;

/**
 * What a user can say about a national project.
 *
 * @param actionItemId the action of the VPI's plan the project was started from
 * @param startDate required once the project is {@link ProjectStatus#RUNNING} or completed
 * @param link optional web page of the project
 */
public record NationalProjectDetails(String title, long actionItemId, String leadOrganisation, LocalDate startDate,
    ProjectStatus status, String link) {

  public NationalProjectDetails {
    title = title == null ? null : title.strip();
    leadOrganisation = leadOrganisation == null ? null : leadOrganisation.strip();
    link = link == null || link.isBlank() ? null : link.strip();
    status = status == null ? ProjectStatus.PLANNED : status;
  }
}
