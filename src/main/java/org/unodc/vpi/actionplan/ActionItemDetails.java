package org.unodc.vpi.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user can say about an action of the plan. A null status keeps the action's current one (a new
 * action is PLANNED); {@code dropReason} says why it is dropped and is needed with status CANCELLED.
 */
public record ActionItemDetails(
    String title,
    String description,
    List<ActionItemOwner> owners,
    LocalDate startDate,
    LocalDate dueDate,
    ActionItemStatus status,
    Integer percentComplete,
    String dropReason) {

  public ActionItemDetails {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }

  /** Details without a reason to drop the action. */
  public ActionItemDetails(String title, String description, List<ActionItemOwner> owners, LocalDate startDate,
      LocalDate dueDate, ActionItemStatus status, Integer percentComplete) {
    this(title, description, owners, startDate, dueDate, status, percentComplete, null);
  }
}
