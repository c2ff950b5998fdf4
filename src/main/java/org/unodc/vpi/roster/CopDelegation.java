package org.unodc.vpi.roster;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditEvent;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/**
 * The NGO, academia and private-sector members of each country's delegation to the sessions of the
 * Conference of the Parties (level C); every change audited.
 */
@Service
@Transactional
public class CopDelegation {

  private final CopDelegationMemberRepository members;
  private final AuditTrail audit;
  private final Clock clock;

  public CopDelegation(CopDelegationMemberRepository members, AuditTrail audit, Clock clock) {
    this.members = members;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<CopDelegationMember> list(DelegationMemberFilter filter, CountryScope scope, Pageable page) {
    ListQuery<CopDelegationMember> query = ListQuery.<CopDelegationMember>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("initiativeId", filter.initiativeId())
        .equalTo("sessionNumber", filter.sessionNumber());
    return members.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public CopDelegationMember get(long id, CountryScope scope) {
    return scope.visible(members.findById(id), CopDelegationMember::getCountry, RecordType.COP_DELEGATION_MEMBER,
        id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.COP_DELEGATION_MEMBER, id);
  }

  public CopDelegationMember add(String country, long initiativeId, DelegationMemberDetails details, String actor) {
    check(details);
    CopDelegationMember member = new CopDelegationMember(country, initiativeId, clock.instant(), actor);
    member.describe(details, clock.instant(), actor);
    members.saveAndFlush(member);
    audit.created(RecordType.COP_DELEGATION_MEMBER, member.getId(), country, actor, member.snapshot());
    return member;
  }

  public CopDelegationMember update(long id, long readVersion, DelegationMemberDetails details, CountryScope scope,
      String actor) {
    CopDelegationMember member = get(id, scope);
    StaleRecordException.check(RecordType.COP_DELEGATION_MEMBER, id, readVersion, member.getVersion());
    check(details);
    Map<String, Object> before = member.snapshot();
    member.describe(details, clock.instant(), actor);
    members.saveAndFlush(member);
    audit.updated(RecordType.COP_DELEGATION_MEMBER, id, member.getCountry(), actor, before, member.snapshot());
    return member;
  }

  /** The API's validation refuses these first; this keeps the database's not-null columns for other callers. */
  private static void check(DelegationMemberDetails details) {
    Objects.requireNonNull(details.sessionDate(), "sessionDate");
    Objects.requireNonNull(details.personName(), "personName");
    Objects.requireNonNull(details.organisation(), "organisation");
    Objects.requireNonNull(details.sector(), "sector");
    Objects.requireNonNull(details.delegationRole(), "delegationRole");
  }
}
