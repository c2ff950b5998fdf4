package org.unodc.vpi.roster;

/** Optional list filters; a null field filters nothing. */
public record DelegationMemberFilter(String country, Long initiativeId, Integer sessionNumber) {}
