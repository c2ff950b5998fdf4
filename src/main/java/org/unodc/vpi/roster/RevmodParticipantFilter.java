package org.unodc.vpi.roster;

import org.unodc.vpi.calendar.ReviewCluster;

/** Optional list filters; a null field filters nothing. */
public record RevmodParticipantFilter(String country, Long initiativeId, RevmodRole role,
    ReviewCluster reviewCluster) {}
