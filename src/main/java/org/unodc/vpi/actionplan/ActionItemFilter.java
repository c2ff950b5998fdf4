package org.unodc.vpi.actionplan;

import java.time.LocalDate;

/** Optional list filters; a null field filters nothing. */
public record ActionItemFilter(String country, Long initiativeId, ActionItemStatus status, LocalDate dueBefore) {}
