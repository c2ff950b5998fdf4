package org.unodc.vpi.stakeholder;

/** Optional list filters; a null field filters nothing. */
public record StakeholderFilter(String country, OrganisationType type, Long initiativeId, String name) {}
