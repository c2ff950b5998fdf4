package org.unodc.vpi.reviewinput;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.unodc.vpi.calendar.ReviewCluster;

/**
 * What civil society says to the review: on which cluster, for which milestone, from whom, what.
 *
 * @param reviewCluster may be left out when a milestone is named: the milestone's cluster is taken
 * @param milestoneId optional: the review-calendar milestone the input is for, e.g. the
 *     self-assessment questionnaire due
 * @param organisations the organisation(s) giving the input, at least one
 * @param submittedOn the day the input was given; today when left out
 */
public record ReviewInputDetails(ReviewCluster reviewCluster, Long milestoneId, List<String> organisations,
    String text, LocalDate submittedOn) {

  public ReviewInputDetails {
    organisations = organisations == null ? List.of()
        : organisations.stream().filter(Objects::nonNull).map(String::strip).filter(o -> !o.isEmpty()).toList();
    text = text == null ? null : text.strip();
  }
}
