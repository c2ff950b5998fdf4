package org.unodc.vpi.actionplan;


import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The action plans of every VPI: their actions and the progress reported on them. An action added or
 * reopened publishes {@link ActionItemOpened}, one done or dropped through the API {@link ActionItemEnded}, for
 * the plan's follow-up.
 */
@Service
@Transactional
public class ActionPlan {

  private final ActionItemRepository items;
  private final ProgressReportRepository reports;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ActionPlan(ActionItemRepository items, ProgressReportRepository reports, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events) {
    this.items = items;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Page<ActionItem> list(ActionItemFilter filter, CountryScope scope, Pageable page) {
    ListQuery<ActionItem> query = ListQuery.<ActionItem>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("initiativeId", filter.initiativeId()).equalTo("status", filter.status())
        .and(dueBefore(filter.dueBefore()));
    return items.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public ActionItem get(long id, CountryScope scope) {
    return scope.visible(items.findById(id), ActionItem::getCountry, RecordType.ACTION_ITEM, id);
  }

  @Transactional(readOnly = true)
  public List<ProgressReport> progressOf(ActionItem item) {
    return reports.findByActionItemIdOrderByReportedOnAscIdAsc(item.getId());
  }

  @Transactional(readOnly = true)
  public List<ProgressReport> planProgressOf(long initiativeId) {
    return reports.findByInitiativeIdAndActionItemIdIsNullOrderByReportedOnAscIdAsc(initiativeId);
  }

  public ActionItem create(String country, long initiativeId, ActionItemDetails details, String actor) {
    items.holdPlanOf(initiativeId);
    ActionItem item = new ActionItem(country, initiativeId, clock.instant());
    item.describe(details, clock.instant());
    items.saveAndFlush(item);
    audit.created(RecordType.ACTION_ITEM, item.getId(), country, actor, item.snapshot());
    if (!item.isEnded()) {
      events.publishEvent(new ActionItemOpened(item.getId(), country, initiativeId));
    }
    return item;
  }

  public ActionItem update(long id, long readVersion, ActionItemDetails details, CountryScope scope,
      String actor) {
    ActionItem item = get(id, scope);
    StaleRecordException.check(RecordType.ACTION_ITEM, id, readVersion, item.getVersion());
    Map<String, Object> before = item.snapshot();
    boolean wasEnded = item.isEnded();
    item.describe(details, clock.instant());
    items.saveAndFlush(item);
    audit.updated(RecordType.ACTION_ITEM, id, item.getCountry(), actor, before, item.snapshot());
    publishIfEndedOrReopened(item, wasEnded);
    return item;
  }

  /** Dated progress on one action; its percent and status follow the report. */
  public ProgressReport reportProgress(long id, long readVersion, LocalDate reportedOn, int percent, String text,
      CountryScope scope, String actor) {
    ActionItem item = get(id, scope);
    StaleRecordException.check(RecordType.ACTION_ITEM, id, readVersion, item.getVersion());
    Map<String, Object> before = item.snapshot();
    boolean wasEnded = item.isEnded();
    item.progress(percent, clock.instant());
    items.saveAndFlush(item);
    ProgressReport report = reports.save(new ProgressReport(item.getInitiativeId(), id, reportedOn, percent,
        text, actor, clock.instant()));
    audit.updated(RecordType.ACTION_ITEM, id, item.getCountry(), actor, before, item.snapshot());
    publishIfEndedOrReopened(item, wasEnded);
    return report;
  }

  /** The record-action-plan form: adds the agreed actions; one already in the plan is kept as it is. */
  public int recordAll(String country, long initiativeId, List<ActionItemDetails> agreed, String actor) {
    Set<String> known = items.findByInitiativeIdOrderById(initiativeId).stream()
        .map(i -> i.getTitle().toLowerCase()).collect(Collectors.toSet());
    int added = 0;
    for (ActionItemDetails details : agreed) {
      if (known.add(details.title().trim().toLowerCase())) {
        create(country, initiativeId, details, actor);
        added++;
      }
    }
    return added;
  }

  /**
   * The actions of a VPI's plan that are neither done nor dropped, in the order they were added, for its
   * follow-up (within the engine's transaction). The VPI's row is held until that transaction ends, as it
   * is by a transaction that adds or reopens an action: an action committed while the follow-up starts,
   * or decides that every action has ended, is either among these or finds the follow-up committed, and
   * is followed either way (otherwise its "follow me" could find no follow-up yet and be lost).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Long> openItemIds(long initiativeId) {
    items.holdPlanOf(initiativeId);
    return items.findByInitiativeIdOrderById(initiativeId).stream().filter(i -> !i.isEnded())
        .map(ActionItem::getId).toList();
  }

  /**
   * Whether the action is open (neither done nor dropped) now, holding it until the transaction ends: the
   * plan's follow-up starts or stops following it by what it is now, one transaction at a time, however
   * late or often it is told of a change. An action that is gone counts as ended.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean lockOpen(long id) {
    return items.lockById(id).map(item -> !item.isEnded()).orElse(false);
  }

  /** An action of the VPI of this country (the follow-up of its plan asks); another country's answers 404. */
  @Transactional(readOnly = true)
  public ActionItem itemOf(String country, long id) {
    return get(id, CountryScope.of(List.of(country)));
  }

  /**
   * The owners' report in the plan's follow-up (their progress form): a dated progress report, and
   * the action goes on, is done or is dropped for the reason given. An action that ended meanwhile
   * through the API keeps how it ended; the report is kept with it.
   */
  public ProgressReport followUp(String country, long id, int percent, String text, ActionItemDecision decision,
      String reason, String actor) {
    if (decision == ActionItemDecision.DROPPED && (reason == null || reason.isBlank())) {
      throw new InvalidRecordException("dropReason", "record.actionItem.dropNeedsReason");
    }
    if (percent < 0 || percent > 100) {
      throw new InvalidRecordException("percentComplete", "record.actionItem.percentRange", percent);
    }
    ActionItem item = itemOf(country, id);
    Map<String, Object> before = item.snapshot();
    item.followUp(percent, decision, reason, clock.instant());
    items.saveAndFlush(item);
    ProgressReport report = reports.save(new ProgressReport(item.getInitiativeId(), id, LocalDate.now(clock), percent,
        text, actor, clock.instant()));
    audit.updated(RecordType.ACTION_ITEM, id, item.getCountry(), actor, before, item.snapshot());
    return report;
  }

  /** Where the VPI's plan stands: each action with its last report, and the whole plan. */
  @Transactional(readOnly = true)
  public PlanProgress progressOfPlan(long initiativeId) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, ProgressReport> last = new java.util.HashMap<>();
    reports.findByInitiativeIdAndActionItemIdIsNotNullOrderByReportedOnAscIdAsc(initiativeId)
        .forEach(r -> last.put(r.getActionItemId(), r));
    List<PlanProgress.ItemProgress> progress = items.findByInitiativeIdOrderById(initiativeId).stream()
        .map(i -> new PlanProgress.ItemProgress(i, i.isOverdue(today), last.get(i.getId()))).toList();
    int done = count(progress, ActionItemStatus.DONE);
    int dropped = count(progress, ActionItemStatus.CANCELLED);
    int open = progress.size() - done - dropped;
    int overdue = (int) progress.stream().filter(PlanProgress.ItemProgress::overdue).count();
    int average = (int) Math.round(progress.stream().map(PlanProgress.ItemProgress::item)
        .filter(i -> i.getStatus() != ActionItemStatus.CANCELLED).mapToInt(ActionItem::getPercentComplete)
        .average().orElse(0));
    return new PlanProgress(progress, new PlanProgress.Overall(progress.size(), done, dropped, open, overdue, average,
        open == 0, today), planProgressOf(initiativeId));
  }

  private void publishIfEndedOrReopened(ActionItem item, boolean wasEnded) {
    if (!wasEnded && item.isEnded()) {
      events.publishEvent(new ActionItemEnded(item.getId(), item.getCountry(), item.getInitiativeId()));
    } else if (wasEnded && !item.isEnded()) {
      items.holdPlanOf(item.getInitiativeId());
      events.publishEvent(new ActionItemOpened(item.getId(), item.getCountry(), item.getInitiativeId()));
    }
  }

  private static int count(List<PlanProgress.ItemProgress> progress, ActionItemStatus status) {
    return (int) progress.stream().filter(p -> p.item().getStatus() == status).count();
  }

  private static Specification<ActionItem> dueBefore(LocalDate date) {
    return (root, query, cb) -> date == null ? null : cb.lessThan(root.get("dueDate"), date);
  }
}
