package org.unodc.vpi.roster;

import java.time.Clock;
import java.time.LocalDate;
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
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** The civil-society observers and experts each country admits to REVMOD (level C); every change audited. */
@Service
@Transactional
public class RevmodRoster {

  private final RevmodParticipantRepository participants;
  private final AuditTrail audit;
  private final Clock clock;

  public RevmodRoster(RevmodParticipantRepository participants, AuditTrail audit, Clock clock) {
    this.participants = participants;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<RevmodParticipant> list(RevmodParticipantFilter filter, CountryScope scope, Pageable page) {
    ListQuery<RevmodParticipant> query = ListQuery.<RevmodParticipant>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("initiativeId", filter.initiativeId())
        .equalTo("role", filter.role()).equalTo("reviewCluster", filter.reviewCluster());
    return participants.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public RevmodParticipant get(long id, CountryScope scope) {
    return scope.visible(participants.findById(id), RevmodParticipant::getCountry, RecordType.REVMOD_PARTICIPANT,
        id);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> history(long id, CountryScope scope) {
    get(id, scope);
    return audit.historyOf(RecordType.REVMOD_PARTICIPANT, id);
  }

  public RevmodParticipant add(String country, long initiativeId, RevmodParticipantDetails details, String actor) {
    check(details);
    RevmodParticipant participant = new RevmodParticipant(country, initiativeId, clock.instant(), actor);
    participant.describe(details, clock.instant(), actor);
    participants.saveAndFlush(participant);
    audit.created(RecordType.REVMOD_PARTICIPANT, participant.getId(), country, actor, participant.snapshot());
    return participant;
  }

  public RevmodParticipant update(long id, long readVersion, RevmodParticipantDetails details, CountryScope scope,
      String actor) {
    RevmodParticipant participant = get(id, scope);
    StaleRecordException.check(RecordType.REVMOD_PARTICIPANT, id, readVersion, participant.getVersion());
    check(details);
    Map<String, Object> before = participant.snapshot();
    participant.describe(details, clock.instant(), actor);
    participants.saveAndFlush(participant);
    audit.updated(RecordType.REVMOD_PARTICIPANT, id, participant.getCountry(), actor, before,
        participant.snapshot());
    return participant;
  }

  static void check(RevmodParticipantDetails details) {
    Objects.requireNonNull(details.personName(), "personName");
    Objects.requireNonNull(details.organisation(), "organisation");
    Objects.requireNonNull(details.role(), "role");
    Objects.requireNonNull(details.reviewCluster(), "reviewCluster");
    checkPeriod(details.fromDate(), details.toDate());
  }

  /** An end, when there is one, is not before the start. */
  static void checkPeriod(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "fromDate");
    if (to != null && to.isBefore(from)) {
      throw new InvalidRecordException("toDate", "record.period.endBeforeStart", from.toString(), to.toString());
    }
  }
}
