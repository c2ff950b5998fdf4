package org.unodc.vpi.calendar;

import java.time.LocalDate;

/** Optional list filters; a null field filters nothing. {@code from}: due on or after that day. */
public record MilestoneFilter(String country, MilestoneKind kind, LocalDate from) {}
