package org.unodc.vpi.calendar;

import java.time.LocalDate;

/**
 * What a coordinator says about a milestone of a country's review.
 *
 * @param workingGroup for a {@link MilestoneKind#WORKING_GROUP_SESSION} only, and then required
 * @param title optional, e.g. "Thirteenth session of the COP"
 */
public record MilestoneDetails(ReviewCluster reviewCluster, MilestoneKind kind, WorkingGroup workingGroup,
    String title, LocalDate dueOn) {

  public MilestoneDetails {
    title = title == null || title.isBlank() ? null : title.strip();
  }
}
