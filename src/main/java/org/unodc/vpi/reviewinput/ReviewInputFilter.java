package org.unodc.vpi.reviewinput;

import org.unodc.vpi.calendar.ReviewCluster;

/**
 * Optional list filters; a null field filters nothing.
 *
 * @param answered true: only inputs the government has responded to; false: only those awaiting a response
 */
public record ReviewInputFilter(String country, Long initiativeId, ReviewCluster reviewCluster, Long milestoneId,
    Boolean answered) {}
