package org.unodc.vpi.priority;


import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;

/** The engagement priorities of every VPI, from proposal through each government decision. */
@Service
@Transactional
public class PriorityBook {

  private final PriorityRepository priorities;
  private final AuditTrail audit;
  private final Clock clock;

  public PriorityBook(PriorityRepository priorities, AuditTrail audit, Clock clock) {
    this.priorities = priorities;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<Priority> list(PriorityFilter filter, CountryScope scope, Pageable page) {
    ListQuery<Priority> query = ListQuery.<Priority>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("initiativeId", filter.initiativeId()).equalTo("status", filter.status());
    return priorities.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public Priority get(long id, CountryScope scope) {
    return scope.visible(priorities.findById(id), Priority::getCountry, RecordType.PRIORITY, id);
  }

  public Priority propose(String country, long initiativeId, String text, String thematicArea,
      Set<Long> proposerIds, String actor) {
    int position = priorities.findByInitiativeIdOrderByPosition(initiativeId).size() + 1;
    Priority priority = priorities.saveAndFlush(new Priority(country, initiativeId, position, text.trim(),
        thematicArea, proposerIds, actor, clock.instant()));
    audit.created(RecordType.PRIORITY, priority.getId(), country, actor, priority.snapshot());
    return priority;
  }

  /** A new text (kept as a revision), thematic area and proposing organisations. */
  public Priority update(long id, long readVersion, String text, String note, String thematicArea,
      Set<Long> proposerIds, CountryScope scope, String actor) {
    Priority priority = get(id, scope);
    StaleRecordException.check(RecordType.PRIORITY, id, readVersion, priority.getVersion());
    return change(priority, actor, p -> {
      p.revise(text.trim(), note, actor, clock.instant());
      p.classify(thematicArea, proposerIds, clock.instant());
    });
  }

  /** The government approves a priority or returns it; a return must say what to change. */
  public Priority decide(long id, long readVersion, PriorityStatus decision, String comment,
      CountryScope scope, String actor) {
    Priority priority = get(id, scope);
    StaleRecordException.check(RecordType.PRIORITY, id, readVersion, priority.getVersion());
    if (decision != PriorityStatus.APPROVED && decision != PriorityStatus.RETURNED) {
      throw new InvalidRecordException("decision", "record.priority.decisionNotAllowed", String.valueOf(decision));
    }
    if (decision == PriorityStatus.RETURNED && (comment == null || comment.isBlank())) {
      throw new InvalidRecordException("comment", "record.priority.returnNeedsComment");
    }
    if (priority.getStatus() == PriorityStatus.WITHDRAWN) {
      throw new InvalidRecordException("decision", "record.priority.withdrawn", String.valueOf(id));
    }
    return change(priority, actor, p -> p.decide(decision, comment, actor, clock.instant()));
  }

  /** The propose-priorities form: one priority per line; a second proposal revises the first. */
  public void proposeAll(String country, long initiativeId, List<String> lines, String note, String actor) {
    List<Priority> active = activeOf(initiativeId);
    for (int i = 0; i < lines.size(); i++) {
      if (i < active.size()) {
        String line = lines.get(i);
        change(active.get(i), actor, p -> p.revise(line.trim(), note, actor, clock.instant()));
      } else {
        propose(country, initiativeId, lines.get(i), null, Set.of(), actor);
      }
    }
    for (Priority dropped : active.subList(Math.min(lines.size(), active.size()), active.size())) {
      change(dropped, actor, p -> p.withdraw(clock.instant()));
    }
  }

  /** The review-priorities form: one decision and comment for every priority still open. */
  public void decideAll(long initiativeId, PriorityStatus decision, String comment, String actor) {
    for (Priority priority : activeOf(initiativeId)) {
      if (priority.getStatus() != PriorityStatus.APPROVED) {
        change(priority, actor, p -> p.decide(decision, comment, actor, clock.instant()));
      }
    }
  }

  private List<Priority> activeOf(long initiativeId) {
    return priorities.findByInitiativeIdOrderByPosition(initiativeId).stream()
        .filter(p -> p.getStatus() != PriorityStatus.WITHDRAWN).toList();
  }

  private Priority change(Priority priority, String actor, Consumer<Priority> change) {
    Map<String, Object> before = priority.snapshot();
    change.accept(priority);
    priorities.saveAndFlush(priority);
    audit.updated(RecordType.PRIORITY, priority.getId(), priority.getCountry(), actor, before, priority.snapshot());
    return priority;
  }
}
