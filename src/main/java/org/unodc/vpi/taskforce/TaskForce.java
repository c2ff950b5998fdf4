package org.unodc.vpi.taskforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * An informal thematic task force of a VPI (menu of options, level B): government and
 * non-governmental members working on one theme, meeting in meetings of kind TASK_FORCE.
 */
@Entity
@Table(name = "task_force")
public class TaskForce {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String theme;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "task_force_member", joinColumns = @JoinColumn(name = "task_force_id"))
  @OrderColumn(name = "position")
  private List<TaskForceMember> members = new ArrayList<>();

  /**
   * The meetings the task force held or holds: ordinary meetings (kind TASK_FORCE) of the same VPI,
   * linked here because a meeting itself names no task force.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "task_force_meeting", joinColumns = @JoinColumn(name = "task_force_id"))
  @Column(name = "meeting_id", nullable = false)
  private Set<Long> meetingIds = new TreeSet<>();

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected TaskForce() {}

  TaskForce(String country, Long initiativeId, Instant now, String actor) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void describe(TaskForceDetails details, Instant now, String actor) {
    this.name = details.name();
    this.theme = details.theme();
    this.members = new ArrayList<>(details.members());
    touched(now, actor);
  }

  /** True if the meeting was not linked yet. */
  boolean link(long meetingId, Instant now, String actor) {
    boolean added = meetingIds.add(meetingId);
    if (added) {
      touched(now, actor);
    }
    return added;
  }

  /** True if the meeting was linked. */
  boolean unlink(long meetingId, Instant now, String actor) {
    boolean removed = meetingIds.remove(meetingId);
    if (removed) {
      touched(now, actor);
    }
    return removed;
  }

  private void touched(Instant now, String actor) {
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("theme", theme);
    fields.put("members", members.stream().map(TaskForceMember::toString).toList());
    fields.put("meetingIds", List.copyOf(new TreeSet<>(meetingIds)));
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

  public String getName() {
    return name;
  }

  public String getTheme() {
    return theme;
  }

  public List<TaskForceMember> getMembers() {
    return List.copyOf(members);
  }

  /** The linked meetings' ids, smallest first. */
  public List<Long> getMeetingIds() {
    return List.copyOf(new TreeSet<>(meetingIds));
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
