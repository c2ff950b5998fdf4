package org.unodc.vpi.calendar;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The review calendar of each country: the Review Mechanism cluster under way and its milestone
 * dates, kept by the coordinators. Every change is audited and announced as a
 * {@link MilestoneChanged}, so the work scheduled from a date can move with it.
 */
@Service
@Transactional
public class ReviewCalendar {

  /** The audit action of a deleted milestone; its entry lists the fields the milestone had. */
  public static final String DELETED = "deleted";

  private static final Sort EARLIEST_FIRST = Sort.by("dueOn", "id");

  private final ReviewMilestoneRepository milestones;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ReviewCalendar(ReviewMilestoneRepository milestones, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events) {
    this.milestones = milestones;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Page<ReviewMilestone> list(MilestoneFilter filter, CountryScope scope, Pageable page) {
    ListQuery<ReviewMilestone> query = ListQuery.<ReviewMilestone>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("kind", filter.kind());
    if (filter.from() != null) {
      query.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("dueOn"), filter.from()));
    }
    return milestones.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public ReviewMilestone get(long id, CountryScope scope) {
    return scope.visible(milestones.findById(id), ReviewMilestone::getCountry, RecordType.REVIEW_MILESTONE, id);
  }

  /**
   * Who changed the milestone, what and when; also for a deleted milestone, as long as it was in
   * the reader's countries.
   */
  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    List<AuditEvent> history = audit.historyOf(RecordType.REVIEW_MILESTONE, id);
    if (history.isEmpty() || !scope.includes(history.get(0).getCountry())) {
      throw new RecordNotFoundException(RecordType.REVIEW_MILESTONE, id);
    }
    return history;
  }

  public ReviewMilestone create(String country, MilestoneDetails details, String actor) {
    check(details);
    ReviewMilestone milestone = new ReviewMilestone(country, clock.instant(), actor);
    milestone.describe(details, clock.instant(), actor);
    milestones.saveAndFlush(milestone);
    audit.created(RecordType.REVIEW_MILESTONE, milestone.getId(), country, actor, milestone.snapshot());
    events.publishEvent(new MilestoneChanged(milestone.getId(), country, milestone.getKind(), null,
        milestone.getDueOn()));
    return milestone;
  }

  public ReviewMilestone update(long id, long readVersion, MilestoneDetails details, CountryScope scope,
      String actor) {
    ReviewMilestone milestone = get(id, scope);
    StaleRecordException.check(RecordType.REVIEW_MILESTONE, id, readVersion, milestone.getVersion());
    check(details);
    Map<String, Object> before = milestone.snapshot();
    LocalDate previousDate = milestone.getDueOn();
    milestone.describe(details, clock.instant(), actor);
    milestones.saveAndFlush(milestone);
    audit.updated(RecordType.REVIEW_MILESTONE, id, milestone.getCountry(), actor, before, milestone.snapshot());
    events.publishEvent(new MilestoneChanged(id, milestone.getCountry(), milestone.getKind(), previousDate,
        milestone.getDueOn()));
    return milestone;
  }

  public void delete(long id, long readVersion, CountryScope scope, String actor) {
    ReviewMilestone milestone = get(id, scope);
    StaleRecordException.check(RecordType.REVIEW_MILESTONE, id, readVersion, milestone.getVersion());
    audit.event(RecordType.REVIEW_MILESTONE, id, milestone.getCountry(), DELETED, actor, milestone.snapshot());
    milestones.delete(milestone);
    milestones.flush();
    events.publishEvent(new MilestoneChanged(id, milestone.getCountry(), milestone.getKind(),
        milestone.getDueOn(), null));
  }

  /**
   * The earliest milestone of one of {@code kinds} in {@code country} due on or after
   * {@code onOrAfter}. Working-group sessions count only for {@code workingGroupOrAny}, a
   * {@link WorkingGroup} name, or for every working group with {@link WorkingGroup#ANY} (or null).
   * Milestones due the same day come in the order they were entered.
   *
   * @throws IllegalArgumentException for a working group that is neither known nor "any"
   */
  /**
   * The milestones of one of {@code kinds} in {@code country} due on or after {@code onOrAfter},
   * earliest first (at most {@code limit}); like {@link #nextMilestone} but for one review cluster
   * when {@code cluster} is given, and for skipping the ones already dealt with.
   */
  @Transactional(readOnly = true)
  public List<ReviewMilestone> upcoming(String country, Set<MilestoneKind> kinds, String workingGroupOrAny,
      ReviewCluster cluster, LocalDate onOrAfter, int limit) {
    WorkingGroup group = WorkingGroup.orAny(workingGroupOrAny);
    if (kinds == null || kinds.isEmpty()) {
      return List.of();
    }
    Specification<ReviewMilestone> next = (root, query, cb) -> {
      List<Predicate> conditions = new ArrayList<>();
      conditions.add(cb.equal(root.get("country"), country));
      conditions.add(root.get("kind").in(kinds));
      conditions.add(cb.greaterThanOrEqualTo(root.get("dueOn"), onOrAfter));
      if (cluster != null) {
        conditions.add(cb.equal(root.get("reviewCluster"), cluster));
      }
      if (group != null) {
        conditions.add(cb.or(cb.notEqual(root.get("kind"), MilestoneKind.WORKING_GROUP_SESSION),
            cb.equal(root.get("workingGroup"), group)));
      }
      return cb.and(conditions.toArray(Predicate[]::new));
    };
    return milestones.findAll(next, org.springframework.data.domain.PageRequest.of(0, limit, EARLIEST_FIRST))
        .getContent();
  }

  @Transactional(readOnly = true)
  public Optional<ReviewMilestone> nextMilestone(String country, Set<MilestoneKind> kinds, String workingGroupOrAny,
      LocalDate onOrAfter) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(onOrAfter, "onOrAfter");
    WorkingGroup group = WorkingGroup.orAny(workingGroupOrAny);
    if (kinds == null || kinds.isEmpty()) {
      return Optional.empty();
    }
    Specification<ReviewMilestone> next = (root, query, cb) -> {
      List<Predicate> conditions = new ArrayList<>();
      conditions.add(cb.equal(root.get("country"), country));
      conditions.add(root.get("kind").in(kinds));
      conditions.add(cb.greaterThanOrEqualTo(root.get("dueOn"), onOrAfter));
      if (group != null) {
        conditions.add(cb.or(cb.notEqual(root.get("kind"), MilestoneKind.WORKING_GROUP_SESSION),
            cb.equal(root.get("workingGroup"), group)));
      }
      return cb.and(conditions.toArray(Predicate[]::new));
    };
    return milestones.findBy(next, q -> q.sortBy(EARLIEST_FIRST).first());
  }

  /** A working-group session names its working group; no other milestone has one. */
  static void check(MilestoneDetails details) {
    Objects.requireNonNull(details.kind(), "kind");
    boolean session = details.kind() == MilestoneKind.WORKING_GROUP_SESSION;
    if (session && details.workingGroup() == null) {
      throw new InvalidRecordException("workingGroup", "record.reviewMilestone.workingGroupRequired",
          WorkingGroup.allowed());
    }
    if (!session && details.workingGroup() != null) {
      throw new InvalidRecordException("workingGroup", "record.reviewMilestone.workingGroupForbidden",
          details.kind().name(), MilestoneKind.WORKING_GROUP_SESSION.name());
    }
  }
}
