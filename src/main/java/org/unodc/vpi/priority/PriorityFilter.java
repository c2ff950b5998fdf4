package org.unodc.vpi.priority;

/** Optional list filters; a null field filters nothing. */
public record PriorityFilter(String country, Long initiativeId, PriorityStatus status) {}
