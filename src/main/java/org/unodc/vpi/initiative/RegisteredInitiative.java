package org.unodc.vpi.initiative;

/** A registered VPI: its database id and the reference people quote, e.g. {@code VPI-BRA-2026-1}. */
public record RegisteredInitiative(long id, String reference) {}
