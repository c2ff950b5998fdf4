package org.unodc.vpi.actionplan;

import java.time.LocalDate;
import java.util.List;

/** What a user can say about an action of the plan. */
public record ActionItemDetails(
    String title,
    String description,
    List<ActionItemOwner> owners,
    LocalDate startDate,
    LocalDate dueDate,
    ActionItemStatus status,
    int percentComplete) {

  public ActionItemDetails {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }
}
