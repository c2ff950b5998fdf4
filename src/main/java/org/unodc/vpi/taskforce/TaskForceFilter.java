package org.unodc.vpi.taskforce;

/** Optional list filters; a null field filters nothing. */
public record TaskForceFilter(String country, Long initiativeId) {}
