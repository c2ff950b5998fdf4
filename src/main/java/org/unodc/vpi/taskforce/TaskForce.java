package org.unodc.vpi.taskforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
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
import org.unodc.vpi.record.AuditedCountryRecord;

/**
 * An informal thematic task force of a VPI (menu of options, level B): government and
 * non-governmental members working on one theme, meeting in meetings of kind TASK_FORCE.
 */
@Entity
@Table(name = "task_force")
public class TaskForce extends AuditedCountryRecord {

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

  protected TaskForce() {}

  TaskForce(String country, Long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
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

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("theme", theme);
    fields.put("members", members.stream().map(TaskForceMember::toString).toList());
    fields.put("meetingIds", List.copyOf(new TreeSet<>(meetingIds)));
    return fields;
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
}
