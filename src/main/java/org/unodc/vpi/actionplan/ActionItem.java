package org.unodc.vpi.actionplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.unodc.vpi.record.InvalidRecordException;

/** One action of a VPI's action plan: who does it, by when, and how far it has got. */
@Entity
@Table(name = "action_item")
public class ActionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private String title;

  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "action_item_owner", joinColumns = @JoinColumn(name = "action_item_id"))
  @OrderColumn(name = "position")
  private List<ActionItemOwner> owners = new ArrayList<>();

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionItemStatus status;

  @Column(name = "percent_complete", nullable = false)
  private int percentComplete;

  /** Why the action was dropped (status CANCELLED); null otherwise. */
  @Column(name = "drop_reason")
  private String dropReason;

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ActionItem() {}

  public ActionItem(String country, Long initiativeId, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
  }

  /**
   * A user's change through the API. A status left out keeps the current one (PLANNED for a new
   * action); dropping the action (CANCELLED) needs a reason: the one given, or the one it was dropped
   * for already. Any other status clears the reason.
   */
  void describe(ActionItemDetails details, Instant now) {
    ActionItemStatus next = details.status() != null ? details.status()
        : status != null ? status : ActionItemStatus.PLANNED;
    String reason = null;
    if (next == ActionItemStatus.CANCELLED) {
      reason = details.dropReason() != null && !details.dropReason().isBlank() ? details.dropReason().strip()
          : status == ActionItemStatus.CANCELLED ? dropReason : null;
      if (reason == null) {
        throw new InvalidRecordException("dropReason", "record.actionItem.dropNeedsReason");
      }
    }
    this.title = details.title().trim();
    this.description = details.description();
    this.owners = new ArrayList<>(details.owners());
    this.startDate = details.startDate();
    this.dueDate = details.dueDate();
    this.status = next;
    // Left out of a change, the percent stays what the progress reports made it.
    if (details.percentComplete() != null) {
      this.percentComplete = details.percentComplete();
    }
    this.dropReason = reason;
    this.updatedAt = now;
  }

  /**
   * A progress report moves the item on: started once above 0 %, done at 100 %. An ended item (done or
   * dropped) keeps its status and percent: a later report is kept with it but does not reopen it.
   */
  void progress(int percent, Instant now) {
    if (!isEnded()) {
      this.percentComplete = percent;
      this.status = percent >= 100 ? ActionItemStatus.DONE
          : percent > 0 ? ActionItemStatus.IN_PROGRESS : status;
    }
    this.updatedAt = now;
  }

  /**
   * Its owners' report in the follow-up of the plan: the decision sets the status (done: DONE at
   * 100 %; dropped: CANCELLED with the reason; continue: IN_PROGRESS once above 0 %, never DONE, as
   * the owners say the action goes on). An action already ended (through the API while the report was
   * open) stays as it ended: the report is kept with it but neither reopens it nor changes how it ended.
   */
  void followUp(int percent, ActionItemDecision decision, String reason, Instant now) {
    if (isEnded()) {
      this.updatedAt = now;
      return;
    }
    switch (decision) {
      case DONE -> {
        this.percentComplete = 100;
        this.status = ActionItemStatus.DONE;
      }
      case DROPPED -> {
        this.percentComplete = percent;
        this.status = ActionItemStatus.CANCELLED;
        this.dropReason = reason.strip();
      }
      case CONTINUE -> {
        this.percentComplete = percent;
        this.status = percent > 0 ? ActionItemStatus.IN_PROGRESS
            : status == ActionItemStatus.PLANNED ? ActionItemStatus.PLANNED : ActionItemStatus.IN_PROGRESS;
      }
    }
    this.updatedAt = now;
  }

  /** Done or dropped: nothing more is reported on it. */
  public boolean isEnded() {
    return status == ActionItemStatus.DONE || status == ActionItemStatus.CANCELLED;
  }

  /** Due before {@code today} and not ended. */
  public boolean isOverdue(LocalDate today) {
    return !isEnded() && dueDate != null && dueDate.isBefore(today);
  }

  /** The kind of the first owner named, who leads the action and reports on it; empty when none is named. */
  public Optional<OwnerKind> leadOwnerKind() {
    return owners.isEmpty() ? Optional.empty() : Optional.ofNullable(owners.get(0).getKind());
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("description", description);
    fields.put("owners", owners.stream().map(ActionItemOwner::toString).toList());
    fields.put("startDate", startDate == null ? null : startDate.toString());
    fields.put("dueDate", dueDate == null ? null : dueDate.toString());
    fields.put("status", status == null ? null : status.name());
    fields.put("percentComplete", percentComplete);
    fields.put("dropReason", dropReason);
    return fields;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public List<ActionItemOwner> getOwners() {
    return List.copyOf(owners);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ActionItemStatus getStatus() {
    return status;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public String getDropReason() {
    return dropReason;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
