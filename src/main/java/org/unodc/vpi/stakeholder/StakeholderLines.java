package org.unodc.vpi.stakeholder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unodc.vpi.record.ListedLines;
import org.unodc.vpi.record.ListedLines.Line;

/**
 * The identify-stakeholders form's list: one organisation per line, written
 * {@code name; type; contact e-mail[; contact name]}. Types may be written in English, French,
 * Spanish or Portuguese.
 */
public final class StakeholderLines {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+$");

  private static final Map<String, OrganisationType> TYPES = Map.ofEntries(
      Map.entry("ngo", OrganisationType.NGO), Map.entry("ong", OrganisationType.NGO),
      Map.entry("civil society", OrganisationType.NGO),
      Map.entry("academia", OrganisationType.ACADEMIA), Map.entry("academic", OrganisationType.ACADEMIA),
      Map.entry("university", OrganisationType.ACADEMIA), Map.entry("université", OrganisationType.ACADEMIA),
      Map.entry("universidad", OrganisationType.ACADEMIA), Map.entry("universidade", OrganisationType.ACADEMIA),
      Map.entry("académie", OrganisationType.ACADEMIA),
      Map.entry("private sector", OrganisationType.PRIVATE_SECTOR),
      Map.entry("private", OrganisationType.PRIVATE_SECTOR),
      Map.entry("company", OrganisationType.PRIVATE_SECTOR),
      Map.entry("secteur privé", OrganisationType.PRIVATE_SECTOR),
      Map.entry("sector privado", OrganisationType.PRIVATE_SECTOR),
      Map.entry("setor privado", OrganisationType.PRIVATE_SECTOR),
      Map.entry("other", OrganisationType.OTHER), Map.entry("autre", OrganisationType.OTHER),
      Map.entry("otro", OrganisationType.OTHER), Map.entry("outro", OrganisationType.OTHER));

  private StakeholderLines() {}

  /** The organisation type a user wrote, e.g. "NGO", "ONG", "private sector", "PRIVATE_SECTOR". */
  public static Optional<OrganisationType> type(String written) {
    String key = written.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Optional.ofNullable(TYPES.get(key));
  }

  /** The first line that is not written as the form asks, if any. */
  public static Optional<Line> firstBadLine(String text) {
    return ListedLines.of(text).stream().filter(line -> parse(line).isEmpty()).findFirst();
  }

  /** The organisations of the list; lines that cannot be read are left out (the form refuses them first). */
  public static List<StakeholderDetails> parse(String text) {
    return ListedLines.of(text).stream().map(StakeholderLines::parse).flatMap(Optional::stream).toList();
  }

  private static Optional<StakeholderDetails> parse(Line line) {
    List<String> parts = ListedLines.parts(line.text());
    if (parts.size() < 2 || parts.size() > 4 || parts.get(0).isEmpty()) {
      return Optional.empty();
    }
    Optional<OrganisationType> type = type(parts.get(1));
    String email = parts.size() > 2 ? parts.get(2) : "";
    if (type.isEmpty() || (!email.isEmpty() && !EMAIL.matcher(email).matches())) {
      return Optional.empty();
    }
    String contactName = parts.size() > 3 && !parts.get(3).isEmpty() ? parts.get(3) : email;
    List<StakeholderContact> contacts = email.isEmpty() ? List.of()
        : List.of(new StakeholderContact(contactName, null, email, null, null, false, false));
    return Optional.of(new StakeholderDetails(parts.get(0), type.get(), null, null, contacts));
  }
}
