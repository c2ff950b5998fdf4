package org.unodc.vpi.initiative;

/** Optional list filters; a null field filters nothing. */
public record InitiativeFilter(String country, String status, String collaborationLevel) {}
