package org.unodc.vpi.initiative;


import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;

/** The register of VPIs: one entry per initiative the State consented to, opened and later closed. */
@Service
@Transactional
public class InitiativeRegister {

  private final InitiativeRepository initiatives;
  private final Clock clock;

  public InitiativeRegister(InitiativeRepository initiatives, Clock clock) {
    this.initiatives = initiatives;
    this.clock = clock;
  }

  /** Registers a VPI; its reference names its country, the year it opened and its number. */
  public RegisteredInitiative register(NewInitiative initiative) {
    Initiative registered = initiatives.saveAndFlush(new Initiative(initiative, clock.instant()));
    return new RegisteredInitiative(registered.getId(), registered.getReference());
  }

  /** Marks a VPI closed once all its steps have ended. */
  public void close(long id) {
    find(id).close(clock.instant());
  }

  /** Notes that a step of the VPI began; a step that is already under way keeps its start. */
  public void stepStarted(long id, String step) {
    find(id).stepStarted(step, clock.instant());
  }

  /** Notes that a step of the VPI ended. */
  public void stepCompleted(long id, String step) {
    find(id).stepCompleted(step, clock.instant());
  }

  /** The status of a VPI, {@code OPEN} or {@code CLOSED}. */
  @Transactional(readOnly = true)
  public String statusOf(long id) {
    return find(id).getStatus();
  }

  /** The country of a VPI, which every record made in it belongs to. */
  @Transactional(readOnly = true)
  public String countryOf(long id) {
    return find(id).getCountry();
  }

  @Transactional(readOnly = true)
  public Page<Initiative> list(InitiativeFilter filter, CountryScope scope, Pageable page) {
    ListQuery<Initiative> query = ListQuery.<Initiative>visibleIn(scope).equalTo("country", filter.country())
        .equalTo("status", filter.status()).equalTo("collaborationLevel", filter.collaborationLevel());
    return initiatives.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public Initiative get(long id, CountryScope scope) {
    return scope.visible(initiatives.findById(id), Initiative::getCountry, RecordType.INITIATIVE, id);
  }

  private Initiative find(long id) {
    return initiatives.findById(id)
        .orElseThrow(() -> new RecordNotFoundException(RecordType.INITIATIVE, id));
  }
}
