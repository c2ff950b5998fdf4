package org.unodc.vpi.meeting;

/** Optional list filters; a null field filters nothing. */
public record MeetingFilter(String country, Long initiativeId, MeetingKind kind) {}
