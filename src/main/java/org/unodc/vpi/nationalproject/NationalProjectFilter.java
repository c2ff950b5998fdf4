package org.unodc.vpi.nationalproject;

/** Optional list filters; a null field filters nothing. */
public record NationalProjectFilter(String country, Long initiativeId, Long actionItemId, ProjectStatus status) {}
