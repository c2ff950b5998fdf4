package org.unodc.vpi.calendar;

import java.time.LocalDate;

/**
 * Published inside the changing transaction when a milestone is added, changed or deleted, so that
 * the work scheduled from its date can move with it (listen with {@code @TransactionalEventListener}
 * to act only once the change is committed).
 *
 * @param kind the milestone's kind after the change (before it, for a deletion)
 * @param previousDate the due date before the change; null for a new milestone
 * @param newDate the due date after the change; null for a deleted milestone
 */
public record MilestoneChanged(long id, String country, MilestoneKind kind, LocalDate previousDate,
    LocalDate newDate) {

  /** True when the milestone's date moved (also on creation and deletion). */
  public boolean dateMoved() {
    return previousDate == null || !previousDate.equals(newDate);
  }
}
