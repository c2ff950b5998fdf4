package org.unodc.vpi.taskforce;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.meeting.Meeting;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The informal thematic task forces of the VPIs (level B): who sits on them from each side, and
 * which of the VPI's meetings are theirs. Every change is audited.
 *
 * <p>A task force meets in ordinary meetings of kind {@link MeetingKind#TASK_FORCE}, scheduled,
 * invited and minuted like every other meeting. A meeting names no task force, and a VPI may have
 * several task forces, so the task force keeps the ids of its meetings.
 */
@Service
@Transactional
public class TaskForces {

  private final TaskForceRepository taskForces;
  private final MeetingBook meetings;
  private final AuditTrail audit;
  private final Clock clock;

  public TaskForces(TaskForceRepository taskForces, MeetingBook meetings, AuditTrail audit, Clock clock) {
    this.taskForces = taskForces;
    this.meetings = meetings;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<TaskForce> list(TaskForceFilter filter, CountryScope scope, Pageable page) {
    ListQuery<TaskForce> query = ListQuery.<TaskForce>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("initiativeId", filter.initiativeId());
    return taskForces.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public TaskForce get(long id, CountryScope scope) {
    return scope.visible(taskForces.findById(id), TaskForce::getCountry, RecordType.TASK_FORCE, id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.TASK_FORCE, id);
  }

  /** The task force's meetings, earliest first. */
  @Transactional(readOnly = true)
  public List<Meeting> meetingsOf(TaskForce taskForce, CountryScope scope) {
    List<Meeting> found = new ArrayList<>();
    for (long meetingId : taskForce.getMeetingIds()) {
      try {
        found.add(meetings.get(meetingId, scope));
      } catch (RecordNotFoundException gone) {
        // Meetings are never deleted, and they share the task force's country; nothing to show.
      }
    }
    found.sort(Comparator.comparing(Meeting::getStartsAt).thenComparing(Meeting::getId));
    return found;
  }

  public TaskForce create(String country, long initiativeId, TaskForceDetails details, String actor) {
    check(details);
    TaskForce taskForce = new TaskForce(country, initiativeId, clock.instant(), actor);
    taskForce.describe(details, clock.instant(), actor);
    taskForces.saveAndFlush(taskForce);
    audit.created(RecordType.TASK_FORCE, taskForce.getId(), country, actor, taskForce.snapshot());
    return taskForce;
  }

  public TaskForce update(long id, long readVersion, TaskForceDetails details, CountryScope scope, String actor) {
    TaskForce taskForce = get(id, scope);
    StaleRecordException.check(RecordType.TASK_FORCE, id, readVersion, taskForce.getVersion());
    check(details);
    Map<String, Object> before = taskForce.snapshot();
    taskForce.describe(details, clock.instant(), actor);
    return saved(taskForce, before, actor);
  }

  /**
   * Makes a meeting of the VPI one of the task force's meetings. It must be a meeting of kind
   * {@link MeetingKind#TASK_FORCE} of the same VPI, and not already another task force's.
   */
  public TaskForce linkMeeting(long id, long readVersion, long meetingId, CountryScope scope, String actor) {
    TaskForce taskForce = get(id, scope);
    StaleRecordException.check(RecordType.TASK_FORCE, id, readVersion, taskForce.getVersion());
    Meeting meeting;
    try {
      meeting = meetings.get(meetingId, scope);
    } catch (RecordNotFoundException e) {
      throw notOfThisInitiative(meetingId, taskForce);
    }
    if (!meeting.getInitiativeId().equals(taskForce.getInitiativeId())) {
      throw notOfThisInitiative(meetingId, taskForce);
    }
    if (meeting.getKind() != MeetingKind.TASK_FORCE) {
      throw new InvalidRecordException("meetingId", "record.taskForce.meetingNotTaskForce", String.valueOf(meetingId),
          meeting.getKind().name(), MeetingKind.TASK_FORCE.name());
    }
    taskForces.findByMeeting(meetingId).filter(other -> !other.getId().equals(taskForce.getId()))
        .ifPresent(other -> {
          throw new InvalidRecordException("meetingId", "record.taskForce.meetingOfAnother",
              String.valueOf(meetingId), other.getName());
        });
    Map<String, Object> before = taskForce.snapshot();
    taskForce.link(meetingId, clock.instant(), actor);
    return saved(taskForce, before, actor);
  }

  /** The meeting is no longer one of the task force's (it stays a meeting of the VPI). */
  public TaskForce unlinkMeeting(long id, long readVersion, long meetingId, CountryScope scope, String actor) {
    TaskForce taskForce = get(id, scope);
    StaleRecordException.check(RecordType.TASK_FORCE, id, readVersion, taskForce.getVersion());
    Map<String, Object> before = taskForce.snapshot();
    if (!taskForce.unlink(meetingId, clock.instant(), actor)) {
      throw new InvalidRecordException("meetingId", "record.taskForce.meetingNotLinked", String.valueOf(meetingId),
          taskForce.getName());
    }
    return saved(taskForce, before, actor);
  }

  private TaskForce saved(TaskForce taskForce, Map<String, Object> before, String actor) {
    taskForces.saveAndFlush(taskForce);
    audit.updated(RecordType.TASK_FORCE, taskForce.getId(), taskForce.getCountry(), actor, before,
        taskForce.snapshot());
    return taskForce;
  }

  private static InvalidRecordException notOfThisInitiative(long meetingId, TaskForce taskForce) {
    return new InvalidRecordException("meetingId", "record.taskForce.meetingNotOfThisInitiative",
        String.valueOf(meetingId), String.valueOf(taskForce.getInitiativeId()));
  }

  /** Government and non-governmental members together, or it is not a task force of this kind. */
  static void check(TaskForceDetails details) {
    Set<MemberSide> sides = details.members().stream().map(TaskForceMember::getSide)
        .collect(Collectors.toSet());
    List<InvalidRecordException.Problem> problems = new ArrayList<>();
    if (!sides.contains(MemberSide.GOVERNMENT)) {
      problems.add(new InvalidRecordException.Problem("members", "record.taskForce.governmentMemberNeeded",
          MemberSide.GOVERNMENT.name()));
    }
    if (!sides.contains(MemberSide.NON_GOVERNMENTAL)) {
      problems.add(new InvalidRecordException.Problem("members", "record.taskForce.nonGovernmentalMemberNeeded",
          MemberSide.NON_GOVERNMENTAL.name()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
  }
}
