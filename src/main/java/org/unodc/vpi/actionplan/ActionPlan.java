package org.unodc.vpi.actionplan;


import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;

/** The action plans of every VPI: their actions and the progress reported on them. */
@Service
@Transactional
public class ActionPlan {

  private final ActionItemRepository items;
  private final ProgressReportRepository reports;
  private final AuditTrail audit;
  private final Clock clock;

  public ActionPlan(ActionItemRepository items, ProgressReportRepository reports, AuditTrail audit, Clock clock) {
    this.items = items;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
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
    ActionItem item = new ActionItem(country, initiativeId, clock.instant());
    item.describe(details, clock.instant());
    items.saveAndFlush(item);
    audit.created(RecordType.ACTION_ITEM, item.getId(), country, actor, item.snapshot());
    return item;
  }

  public ActionItem update(long id, long readVersion, ActionItemDetails details, CountryScope scope,
      String actor) {
    ActionItem item = get(id, scope);
    StaleRecordException.check(RecordType.ACTION_ITEM, id, readVersion, item.getVersion());
    Map<String, Object> before = item.snapshot();
    item.describe(details, clock.instant());
    items.saveAndFlush(item);
    audit.updated(RecordType.ACTION_ITEM, id, item.getCountry(), actor, before, item.snapshot());
    return item;
  }

  /** Dated progress on one action; its percent and status follow the report. */
  public ProgressReport reportProgress(long id, long readVersion, LocalDate reportedOn, int percent, String text,
      CountryScope scope, String actor) {
    ActionItem item = get(id, scope);
    StaleRecordException.check(RecordType.ACTION_ITEM, id, readVersion, item.getVersion());
    Map<String, Object> before = item.snapshot();
    item.progress(percent, clock.instant());
    items.saveAndFlush(item);
    ProgressReport report = reports.save(new ProgressReport(item.getInitiativeId(), id, reportedOn, percent,
        text, actor, clock.instant()));
    audit.updated(RecordType.ACTION_ITEM, id, item.getCountry(), actor, before, item.snapshot());
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

  /** A progress form on the whole plan (civil society's or the government's part). */
  public ProgressReport reportPlanProgress(long initiativeId, int percent, String text, String actor) {
    return reports.save(new ProgressReport(initiativeId, null, LocalDate.now(clock), percent, text, actor,
        clock.instant()));
  }

  private static Specification<ActionItem> dueBefore(LocalDate date) {
    return (root, query, cb) -> date == null ? null : cb.lessThan(root.get("dueDate"), date);
  }
}
