package org.unodc.vpi.alliance;


import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;
import org.unodc.vpi.stakeholder.StakeholderOrganisation;
import org.unodc.vpi.stakeholder.StakeholderRepository;

/** The National Civil Society Alliances, one per VPI that forms one. */
@Service
@Transactional
public class AllianceRegister {

  private final AllianceRepository alliances;
  private final StakeholderRepository stakeholders;
  private final AuditTrail audit;
  private final Clock clock;

  public AllianceRegister(AllianceRepository alliances, StakeholderRepository stakeholders, AuditTrail audit,
      Clock clock) {
    this.alliances = alliances;
    this.stakeholders = stakeholders;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<Alliance> list(String country, CountryScope scope, Pageable page) {
    ListQuery<Alliance> query = ListQuery.<Alliance>visibleIn(scope).equalTo("country", country);
    return alliances.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public Alliance get(long id, CountryScope scope) {
    return scope.visible(alliances.findById(id), Alliance::getCountry, RecordType.ALLIANCE, id);
  }

  /** The members civil society proposed and their contact point; names link to the register. */
  public Alliance membersProposed(String country, long initiativeId, List<String> memberNames, String contactName,
      String contactEmail, String actor) {
    Alliance alliance = alliances.findByInitiativeId(initiativeId)
        .orElseGet(() -> alliances.saveAndFlush(new Alliance(country, initiativeId, clock.instant())));
    return change(alliance, members(country, memberNames), contactName, contactEmail, alliance.getFoundedOn(),
        alliance.getCoordinationArrangements(), actor);
  }

  /** The Alliance was founded on this date and keeps in touch with the government this way. */
  public Alliance established(long initiativeId, LocalDate foundedOn, String coordinationArrangements, String actor) {
    Alliance alliance = alliances.findByInitiativeId(initiativeId)
        .orElseThrow(() -> new IllegalStateException("No Alliance proposed for VPI " + initiativeId));
    return change(alliance, alliance.getMembers(), alliance.getContactName(), alliance.getContactEmail(), foundedOn,
        coordinationArrangements, actor);
  }

  public Alliance update(long id, long readVersion, List<String> memberNames, String contactName,
      String contactEmail, LocalDate foundedOn, String coordinationArrangements, CountryScope scope,
      String actor) {
    Alliance alliance = get(id, scope);
    StaleRecordException.check(RecordType.ALLIANCE, id, readVersion, alliance.getVersion());
    return change(alliance, members(alliance.getCountry(), memberNames), contactName, contactEmail, foundedOn,
        coordinationArrangements, actor);
  }

  private List<AllianceMember> members(String country, List<String> names) {
    return names.stream().map(String::trim).filter(n -> !n.isEmpty())
        .map(name -> new AllianceMember(name, stakeholders
            .findByCountryAndNameKey(country, StakeholderOrganisation.nameKey(name))
            .map(StakeholderOrganisation::getId).orElse(null)))
        .toList();
  }

  private Alliance change(Alliance alliance, List<AllianceMember> members, String contactName, String contactEmail,
      LocalDate foundedOn, String arrangements, String actor) {
    boolean isNew = alliance.getMembers().isEmpty() && alliance.getContactName() == null;
    Map<String, Object> before = alliance.snapshot();
    alliance.describe(members, contactName, contactEmail, foundedOn, arrangements, clock.instant());
    alliances.saveAndFlush(alliance);
    if (isNew) {
      audit.created(RecordType.ALLIANCE, alliance.getId(), alliance.getCountry(), actor, alliance.snapshot());
    } else {
      audit.updated(RecordType.ALLIANCE, alliance.getId(), alliance.getCountry(), actor, before, alliance.snapshot());
    }
    return alliance;
  }
}
