package org.unodc.vpi.stakeholder;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.vpi.record.CountryScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.TableExport;
import org.unodc.vpi.record.TableExport.Chunk;

/**
 * The stakeholder register in and out as a table: CSV import, and the rows of a CSV or xlsx export
 * read a page at a time, each page in its own short transaction (a slow download holds no database
 * connection between pages).
 */
@Service
public class StakeholderTransfer {

  /** Organisations read per page of an export. */
  static final int EXPORT_PAGE = 500;
  /** Organisations registered between two clearings of the persistence context during an import. */
  static final int IMPORT_SLICE = 100;

  public static final TableExport TABLE = new TableExport("Stakeholders", StakeholderCsv.COLUMNS, java.util.Set.of());

  /** What an import did: organisations added, registered ones that gained contacts, lines left out. */
  public record ImportResult(int added, int updated, List<StakeholderCsv.Rejection> rejected) {}

  private final StakeholderRegister register;
  private final StakeholderRepository organisations;

  @PersistenceContext
  private EntityManager entityManager;

  public StakeholderTransfer(StakeholderRegister register, StakeholderRepository organisations) {
    this.register = register;
    this.organisations = organisations;
  }

  /**
   * One page of export rows, organisations sorted by name. With {@code hideUnsharedContacts} (a
   * government reader) contact e-mails and phones are left out unless shared with the government.
   */
  @Transactional(readOnly = true)
  public Chunk exportPage(StakeholderFilter filter, CountryScope scope, boolean hideUnsharedContacts,
      int page) {
    Page<StakeholderOrganisation> found = register.list(filter, scope,
        PageRequest.of(page, EXPORT_PAGE, Sort.by("name", "id")));
    List<List<String>> rows = new ArrayList<>();
    for (StakeholderOrganisation organisation : found) {
      rows.addAll(StakeholderCsv.rows(organisation, hideUnsharedContacts));
    }
    return new Chunk(rows, !found.hasNext());
  }

  /**
   * Imports a CSV file into a country's register in one transaction: all its readable lines, or,
   * if the file cannot be read at all, nothing (an {@link org.unodc.vpi.record.InvalidRecordException}
   * on the field {@code file}). Organisations already registered gain the contacts they lack.
   */
  @Transactional
  public ImportResult importCsv(String country, Long initiativeId, byte[] file, String actor) {
    StakeholderCsv.Parsed parsed = StakeholderCsv.parse(file);
    List<StakeholderDetails> all = parsed.organisations();
    int added = 0;
    int updated = 0;
    // Registered in slices, the persistence context emptied after each: every save flushes it, so
    // a context holding thousands of organisations would make a large import quadratic.
    for (int from = 0; from < all.size(); from += IMPORT_SLICE) {
      List<StakeholderDetails> slice = all.subList(from, Math.min(all.size(), from + IMPORT_SLICE));
      Map<String, Long> versionsBefore = versionsOf(country, slice.stream().map(StakeholderDetails::name).toList());
      added += register.registerAll(country, initiativeId, slice, actor);
      if (!versionsBefore.isEmpty()) {
        Map<String, Long> versionsAfter = versionsOf(country, versionsBefore.keySet());
        updated += (int) versionsBefore.entrySet().stream()
            .filter(before -> !before.getValue().equals(versionsAfter.get(before.getKey()))).count();
      }
      entityManager.flush();
      entityManager.clear();
    }
    return new ImportResult(added, updated, parsed.rejected());
  }

  /** The version of each organisation registered under one of these names, by name key. */
  private Map<String, Long> versionsOf(String country, Collection<String> names) {
    Map<String, Long> versions = new HashMap<>();
    List<String> keys = names.stream().map(StakeholderOrganisation::nameKey).toList();
    for (StakeholderOrganisation known : organisations.findByCountryAndNameKeyIn(country, keys)) {
      versions.put(StakeholderOrganisation.nameKey(known.getName()), known.getVersion());
    }
    return versions;
  }
}
