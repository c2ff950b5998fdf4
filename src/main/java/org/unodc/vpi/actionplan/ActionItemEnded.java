package org.unodc.vpi.actionplan;

/**
 * Published inside the changing transaction when an open action is done or dropped outside its owners'
 * report (through the API), so that the plan's follow-up stops asking for reports on it (listen with
 * {@code @TransactionalEventListener} to act only once the change is committed).
 */
public record ActionItemEnded(long actionItemId, String country, long initiativeId) {}
