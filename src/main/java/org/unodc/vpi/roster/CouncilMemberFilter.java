package org.unodc.vpi.roster;

/** Optional list filters; a null field filters nothing. {@code status} is judged on today's date. */
public record CouncilMemberFilter(String country, Long initiativeId, Seat seat, MandateStatus status) {}
