package org.unodc.vpi.stakeholder;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.DuplicateRecordException;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.StaleRecordException;

/** The stakeholder register: one entry per organisation and country, every change audited. */
@Service
@Transactional
public class StakeholderRegister {

  private final StakeholderRepository organisations;
  private final AuditTrail audit;
  private final Clock clock;

  public StakeholderRegister(StakeholderRepository organisations, AuditTrail audit, Clock clock) {
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<StakeholderOrganisation> list(StakeholderFilter filter, CountryScope scope,
      Pageable page) {
    ListQuery<StakeholderOrganisation> query = ListQuery.<StakeholderOrganisation>visibleIn(scope)
        .equalTo("country", filter.country()).equalTo("type", filter.type())
        .equalTo("initiativeId", filter.initiativeId()).contains("name", filter.name());
    return organisations.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public StakeholderOrganisation get(long id, CountryScope scope) {
    return scope.visible(organisations.findById(id), StakeholderOrganisation::getCountry, RecordType.STAKEHOLDER, id);
  }

  /** Whether an organisation of this name is in the country's register. */
  @Transactional(readOnly = true)
  public boolean isRegistered(String country, String name) {
    return organisations.findByCountryAndNameKey(country, StakeholderOrganisation.nameKey(name)).isPresent();
  }

  public StakeholderOrganisation create(String country, Long initiativeId, StakeholderDetails details,
      String actor) {
    refuseDuplicate(country, details.name(), null);
    StakeholderOrganisation organisation = new StakeholderOrganisation(country, initiativeId, clock.instant());
    organisation.describe(details, clock.instant());
    saveUnique(organisation);
    audit.created(RecordType.STAKEHOLDER, organisation.getId(), country, actor, organisation.snapshot());
    return organisation;
  }

  public StakeholderOrganisation update(long id, long readVersion, StakeholderDetails details,
      CountryScope scope, String actor) {
    StakeholderOrganisation organisation = get(id, scope);
    StaleRecordException.check(RecordType.STAKEHOLDER, id, readVersion, organisation.getVersion());
    refuseDuplicate(organisation.getCountry(), details.name(), id);
    Map<String, Object> before = organisation.snapshot();
    organisation.describe(details, clock.instant());
    saveUnique(organisation);
    audit.updated(RecordType.STAKEHOLDER, id, organisation.getCountry(), actor, before, organisation.snapshot());
    return organisation;
  }

  /**
   * Adds organisations named in a form or an import; one already registered under the same name
   * keeps its entry and gains the contacts it did not have (matched by e-mail, else by name).
   */
  public int registerAll(String country, Long initiativeId, List<StakeholderDetails> entries, String actor) {
    int added = 0;
    for (StakeholderDetails entry : entries) {
      var existing = organisations.findByCountryAndNameKey(country, StakeholderOrganisation.nameKey(entry.name()));
      if (existing.isEmpty()) {
        create(country, initiativeId, entry, actor);
        added++;
      } else {
        addMissingContacts(existing.get(), entry, actor);
      }
    }
    return added;
  }

  private void addMissingContacts(StakeholderOrganisation organisation, StakeholderDetails entry, String actor) {
    List<StakeholderContact> contacts = new java.util.ArrayList<>(organisation.getContacts());
    for (StakeholderContact contact : entry.contacts()) {
      boolean known = contacts.stream().anyMatch(c -> sameContact(c, contact));
      if (!known) {
        contacts.add(contact);
      }
    }
    if (contacts.size() == organisation.getContacts().size()) {
      return;
    }
    Map<String, Object> before = organisation.snapshot();
    organisation.describe(new StakeholderDetails(organisation.getName(), organisation.getType(),
        organisation.getThematicExpertise(), organisation.getWebsite(), contacts), clock.instant());
    organisations.saveAndFlush(organisation);
    audit.updated(RecordType.STAKEHOLDER, organisation.getId(), organisation.getCountry(), actor, before,
        organisation.snapshot());
  }

  private static boolean sameContact(StakeholderContact a, StakeholderContact b) {
    if (a.getEmail() != null && b.getEmail() != null) {
      return a.getEmail().equalsIgnoreCase(b.getEmail());
    }
    return a.getName().equalsIgnoreCase(b.getName());
  }

  /** Someone may have registered the name since refuseDuplicate looked: say which name, never the SQL. */
  private void saveUnique(StakeholderOrganisation organisation) {
    try {
      organisations.saveAndFlush(organisation);
    } catch (DataIntegrityViolationException e) {
      if (DuplicateRecordException.isUniqueViolation(e)) {
        throw new DuplicateRecordException(RecordType.STAKEHOLDER, organisation.getName(), organisation.getCountry(), e);
      }
      throw e;
    }
  }

  private void refuseDuplicate(String country, String name, Long self) {
    organisations.findByCountryAndNameKey(country, StakeholderOrganisation.nameKey(name))
        .filter(other -> !other.getId().equals(self))
        .ifPresent(other -> {
          throw new InvalidRecordException("name", "record.stakeholder.duplicateName", name, country,
              String.valueOf(other.getId()));
        });
  }
}
