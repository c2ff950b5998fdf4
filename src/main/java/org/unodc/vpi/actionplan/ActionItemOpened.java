package org.unodc.vpi.actionplan;

/**
 * Published inside the changing transaction when an action is added to a VPI's plan, or reopened after
 * it had ended, so that the plan's follow-up asks its owners for reports from now on (listen with
 * {@code @TransactionalEventListener} to act only once the change is committed).
 */
public record ActionItemOpened(long actionItemId, String country, long initiativeId) {}
