package org.unodc.vpi.stakeholder;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.TableExport;
import org.unodc.vpi.record.TableExport.Chunk;

/**
 * The stakeholders of a country who agreed to be listed in WhatsOn, UNODC's knowledge hub, as a
 * table UNODC can upload there: one row per consenting contact person, with their organisation.
 * An organisation without any consenting contact is left out, and so is every contact who did not
 * agree, even of an organisation that is in the file.
 */
@Service
public class WhatsOnExport {

  /** Organisations read per page. */
  static final int PAGE = 500;

  public static final List<String> COLUMNS = List.of("Organisation", "Type", "Country", "Website",
      "Thematic expertise", "Contact name", "Contact role", "Contact e-mail", "Contact language");

  /** CSV cells starting with =, +, -, @, tab or CR get a leading ' (see {@link TableExport}). */
  public static final TableExport TABLE = new TableExport("WhatsOn", COLUMNS, Set.of());

  private final StakeholderRepository organisations;

  public WhatsOnExport(StakeholderRepository organisations) {
    this.organisations = organisations;
  }

  /** One page of rows of the country's file, organisations sorted by name. */
  @Transactional(readOnly = true)
  public Chunk page(String country, CountryScope scope, int page) {
    ListQuery<StakeholderOrganisation> query = ListQuery.<StakeholderOrganisation>visibleIn(scope)
        .equalTo("country", country).and(hasContactListedInWhatsOn());
    Slice<StakeholderOrganisation> found = organisations.findAll(query.where(),
        query.page(PageRequest.of(page, PAGE, Sort.by("name", "id"))));
    List<List<String>> rows = new ArrayList<>();
    for (StakeholderOrganisation organisation : found) {
      rows.addAll(rows(organisation));
    }
    return new Chunk(rows, !found.hasNext());
  }

  /** The rows of one organisation: one per contact who agreed to be listed, none if nobody did. */
  static List<List<String>> rows(StakeholderOrganisation o) {
    List<List<String>> rows = new ArrayList<>();
    for (StakeholderContact c : o.getContacts()) {
      if (!c.isListedInWhatsOn()) {
        continue;
      }
      rows.add(List.of(text(o.getName()), typeName(o.getType()), text(o.getCountry()), text(o.getWebsite()),
          text(o.getThematicExpertise()), text(c.getName()), text(c.getRole()), text(c.getEmail()),
          languageName(c.getPreferredLanguage())));
    }
    return rows;
  }

  /** NGO, Academia, Private sector, Other. */
  static String typeName(OrganisationType type) {
    if (type == null) {
      return "";
    }
    return switch (type) {
      case NGO -> "NGO";
      case ACADEMIA -> "Academia";
      case PRIVATE_SECTOR -> "Private sector";
      case OTHER -> "Other";
    };
  }

  /** "pt" as Portuguese; a code Java does not know stays as it is. */
  static String languageName(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** At least one contact agreed to be listed: an EXISTS, so an organisation is read once. */
  private static Specification<StakeholderOrganisation> hasContactListedInWhatsOn() {
    return (root, query, cb) -> {
      Subquery<Long> listed = query.subquery(Long.class);
      Root<StakeholderOrganisation> same = listed.from(StakeholderOrganisation.class);
      Join<StakeholderOrganisation, StakeholderContact> contact = same.join("contacts");
      listed.select(same.get("id"))
          .where(cb.equal(same.get("id"), root.get("id")), cb.isTrue(contact.get("listedInWhatsOn")));
      return cb.exists(listed);
    };
  }
}
