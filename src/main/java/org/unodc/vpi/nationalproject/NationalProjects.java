package org.unodc.vpi.nationalproject;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.actionplan.ActionItem;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** The national projects started from the VPIs' action plans (level C); every change audited. */
@Service
@Transactional
public class NationalProjects {

  private final NationalProjectRepository projects;
  private final ActionPlan plan;
  private final AuditTrail audit;
  private final Clock clock;

  public NationalProjects(NationalProjectRepository projects, ActionPlan plan, AuditTrail audit, Clock clock) {
    this.projects = projects;
    this.plan = plan;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<NationalProject> list(NationalProjectFilter filter, CountryScope scope, Pageable page) {
    ListQuery<NationalProject> query = ListQuery.<NationalProject>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("initiativeId", filter.initiativeId())
        .equalTo("actionItemId", filter.actionItemId()).equalTo("status", filter.status());
    return projects.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public NationalProject get(long id, CountryScope scope) {
    return scope.visible(projects.findById(id), NationalProject::getCountry, RecordType.NATIONAL_PROJECT, id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.NATIONAL_PROJECT, id);
  }

  public NationalProject create(String country, long initiativeId, NationalProjectDetails details, String actor) {
    check(initiativeId, details);
    NationalProject project = new NationalProject(country, initiativeId, clock.instant(), actor);
    project.describe(details, clock.instant(), actor);
    projects.saveAndFlush(project);
    audit.created(RecordType.NATIONAL_PROJECT, project.getId(), country, actor, project.snapshot());
    return project;
  }

  public NationalProject update(long id, long readVersion, NationalProjectDetails details, CountryScope scope,
      String actor) {
    NationalProject project = get(id, scope);
    StaleRecordException.check(RecordType.NATIONAL_PROJECT, id, readVersion, project.getVersion());
    check(project.getInitiativeId(), details);
    Map<String, Object> before = project.snapshot();
    project.describe(details, clock.instant(), actor);
    projects.saveAndFlush(project);
    audit.updated(RecordType.NATIONAL_PROJECT, id, project.getCountry(), actor, before, project.snapshot());
    return project;
  }

  /**
   * The project carries out an action of its own VPI's plan, and a running or completed project
   * has started on a known day. Another VPI's action reads as unknown, whichever country it is in.
   */
  private void check(long initiativeId, NationalProjectDetails details) {
    ActionItem item;
    try {
      item = plan.get(details.actionItemId(), CountryScope.everyCountry());
    } catch (RecordNotFoundException e) {
      item = null;
    }
    if (item == null || item.getInitiativeId() != initiativeId) {
      throw new InvalidRecordException("actionItemId", "record.nationalProject.actionItemNotInPlan",
          String.valueOf(details.actionItemId()), String.valueOf(initiativeId));
    }
    if (details.status() != ProjectStatus.PLANNED && details.startDate() == null) {
      throw new InvalidRecordException("startDate", "record.nationalProject.startDateRequired",
          details.status().name());
    }
  }
}
