package org.unodc.vpi.stakeholder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.TableExport;

/**
 * The stakeholder register as a CSV table, one row per contact person (an organisation without
 * contacts has one row with the contact columns empty), and the same table read back for an import.
 *
 * <p>An import reads the file whole before anything is stored. A file that is not a CSV table at
 * all (binary, not UTF-8, too large, no header naming at least {@code name} and {@code type}) is
 * refused whole with an {@link InvalidRecordException} on the field {@code file}; otherwise each
 * line that cannot be read is reported with its line number and why, and the other lines are kept.
 */
public final class StakeholderCsv {

  /** The columns of the table, in order, as the header line names them. */
  public static final String HEADER = "name,type,thematicExpertise,website,contactName,contactRole,contactEmail,"
      + "contactPhone,contactLanguage,listedInWhatsOn,sharedWithGovernment";

  public static final List<String> COLUMNS = List.of(HEADER.split(","));

  /** Largest file an import reads. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  /** Most data lines an import reads (the header and blank lines not counted). */
  public static final int MAX_ROWS = 5_000;
  /** Most contacts one organisation may have, as in the API. */
  static final int MAX_CONTACTS = 50;

  /** The field an import names when it refuses a whole file. */
  public static final String FIELD = "file";

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\".]+$");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,40}");
  private static final Pattern WEBSITE = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9][0-9,.\\u00a0 ]*)\\)");

  private static final Map<String, String> COLUMN_ALIASES = aliases();

  private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
      Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
      Map.entry("y", true), Map.entry("n", false), Map.entry("1", true), Map.entry("0", false),
      Map.entry("x", true), Map.entry("sim", true), Map.entry("não", false), Map.entry("nao", false),
      Map.entry("oui", true), Map.entry("non", false), Map.entry("sí", true), Map.entry("si", true),
      Map.entry("verdadeiro", true), Map.entry("falso", false), Map.entry("vrai", true), Map.entry("faux", false),
      Map.entry("verdadero", true));

  private static final Map<String, String> LANGUAGES = Map.ofEntries(
      Map.entry("en", "en"), Map.entry("fr", "fr"), Map.entry("es", "es"), Map.entry("pt", "pt"),
      Map.entry("ar", "ar"), Map.entry("ru", "ru"), Map.entry("zh", "zh"),
      Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("inglés", "en"), Map.entry("inglês", "en"),
      Map.entry("ingles", "en"),
      Map.entry("french", "fr"), Map.entry("français", "fr"), Map.entry("francais", "fr"),
      Map.entry("francés", "fr"), Map.entry("francês", "fr"),
      Map.entry("spanish", "es"), Map.entry("espagnol", "es"), Map.entry("español", "es"),
      Map.entry("espanol", "es"), Map.entry("espanhol", "es"),
      Map.entry("portuguese", "pt"), Map.entry("portugais", "pt"), Map.entry("portugués", "pt"),
      Map.entry("português", "pt"), Map.entry("portugues", "pt"),
      Map.entry("arabic", "ar"), Map.entry("russian", "ru"), Map.entry("chinese", "zh"));

  /** A line of the file that was not imported: its number in the file, a message key, its arguments. */
  public record Rejection(int line, String messageKey, Object... arguments) {

    @Override
    public String toString() {
      return "line " + line + ": " + messageKey + " " + Arrays.toString(arguments);
    }
  }

  /** What an import file holds: the organisations to register and the lines left out. */
  public record Parsed(List<StakeholderDetails> organisations, List<Rejection> rejected) {}

  private StakeholderCsv() {}

  // ---------------------------------------------------------------------------------------------
  // Export

  /**
   * The rows of one organisation, in the order of {@link #COLUMNS}. With {@code hideUnsharedContacts}
   * (a government reader) a contact's e-mail and phone are left empty unless the person agreed to
   * share them with the government.
   */
  public static List<List<String>> rows(StakeholderOrganisation o, boolean hideUnsharedContacts) {
    List<String> organisation = List.of(text(o.getName()), o.getType() == null ? "" : o.getType().name(),
        text(o.getThematicExpertise()), text(o.getWebsite()));
    List<StakeholderContact> contacts = o.getContacts();
    if (contacts.isEmpty()) {
      List<String> row = new ArrayList<>(organisation);
      row.addAll(List.of("", "", "", "", "", "", ""));
      return List.of(row);
    }
    List<List<String>> rows = new ArrayList<>(contacts.size());
    for (StakeholderContact c : contacts) {
      boolean hidden = hideUnsharedContacts && !c.isSharedWithGovernment();
      List<String> row = new ArrayList<>(organisation);
      // Who the person is stays with civil society unless they agreed, as in the API's records.
      row.add(hidden ? "" : text(c.getName()));
      row.add(text(c.getRole()));
      row.add(hidden ? "" : text(c.getEmail()));
      row.add(hidden ? "" : text(c.getPhone()));
      row.add(text(c.getPreferredLanguage()));
      row.add(c.isListedInWhatsOn() ? "yes" : "no");
      row.add(c.isSharedWithGovernment() ? "yes" : "no");
      rows.add(row);
    }
    return rows;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  // ---------------------------------------------------------------------------------------------
  // Import

  /**
   * Reads an import file. Lines of the same organisation (same name, whatever its case or spacing)
   * become one organisation with the contacts of all of them; the first line gives its type.
   *
   * @throws InvalidRecordException on the field {@code file} if the file is not a CSV table that can
   *     be read at all; nothing of it may then be stored
   */
  public static Parsed parse(byte[] file) {
    if (file.length > MAX_BYTES) {
      throw refused("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String text = decode(file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw refused("import.file.empty");
    }
    char delimiter = delimiterOf(firstLine(text));
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
        .setTrailingData(true).get();
    LineNumbers lines = new LineNumbers(text);
    Map<String, Organisation> organisations = new LinkedHashMap<>();
    List<Rejection> rejected = new ArrayList<>();
    long lastLine = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      Columns columns = Columns.of(records.hasNext() ? records.next() : null, firstLine(text));
      lastLine = parser.getCurrentLineNumber();
      int rows = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        lastLine = parser.getCurrentLineNumber();
        if (isBlank(record)) {
          continue;
        }
        if (++rows > MAX_ROWS) {
          throw refused("import.file.tooManyRows", MAX_ROWS);
        }
        int line = lines.lineAt(record.getCharacterPosition());
        read(line, columns.of(record), organisations).ifPresent(rejected::add);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw refused("import.file.unclosedQuote", String.valueOf(startLineOf(e, lastLine + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Parsed(organisations.values().stream().map(Organisation::details).toList(), List.copyOf(rejected));
  }

  /** Strict UTF-8: a NUL byte or a byte sequence that is not UTF-8 means this is no CSV text. */
  private static String decode(byte[] file) {
    for (byte b : file) {
      if (b == 0) {
        throw refused("import.file.binary");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
    } catch (CharacterCodingException e) {
      throw refused("import.file.notUtf8");
    }
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  /** Comma, semicolon (European Excel) or tab: whichever the header line uses most outside quotes. */
  static char delimiterOf(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : headerLine.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  private static boolean isBlank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static long startLineOf(RuntimeException e, long fallback) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : START_LINE.matcher(t.getMessage());
      if (m != null && m.find()) {
        return Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
      }
    }
    return fallback;
  }

  /** Reads one line into the organisations; the reason it cannot, if it cannot. */
  private static Optional<Rejection> read(int line, Map<String, String> cells,
      Map<String, Organisation> organisations) {
    String number = String.valueOf(line);
    String name = cells.get("name");
    if (name.isEmpty()) {
      return reject(line, "import.row.nameMissing", number);
    }
    String typeWritten = cells.get("type");
    if (typeWritten.isEmpty()) {
      return reject(line, "import.row.typeMissing", number, quoted(name));
    }
    Optional<OrganisationType> type = StakeholderLines.type(typeWritten);
    if (type.isEmpty()) {
      return reject(line, "import.row.typeUnknown", number, quoted(typeWritten));
    }
    Optional<Rejection> tooLong = tooLong(line, cells, "name", 200)
        .or(() -> tooLong(line, cells, "thematicExpertise", 500))
        .or(() -> tooLong(line, cells, "website", 300))
        .or(() -> tooLong(line, cells, "contactName", 150))
        .or(() -> tooLong(line, cells, "contactRole", 150))
        .or(() -> tooLong(line, cells, "contactEmail", 254))
        .or(() -> tooLong(line, cells, "contactPhone", 40));
    if (tooLong.isPresent()) {
      return tooLong;
    }
    String website = cells.get("website");
    if (website.regionMatches(true, 0, "www.", 0, 4)) {
      website = "https://" + website;
    }
    if (!website.isEmpty() && !WEBSITE.matcher(website).matches()) {
      return reject(line, "import.row.website", number, quoted(website));
    }
    Optional<StakeholderContact> contact = Optional.empty();
    String contactName = cells.get("contactName");
    String email = cells.get("contactEmail");
    String phone = cells.get("contactPhone");
    String role = cells.get("contactRole");
    if (!(contactName + email + phone + role).isEmpty()) {
      if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
        return reject(line, "import.row.email", number, quoted(email));
      }
      if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
        return reject(line, "import.row.phone", number, quoted(phone));
      }
      String language = null;
      String languageWritten = cells.get("contactLanguage");
      if (!languageWritten.isEmpty()) {
        language = LANGUAGES.get(languageWritten.toLowerCase(Locale.ROOT));
        if (language == null) {
          return reject(line, "import.row.language", number, quoted(languageWritten));
        }
      }
      Boolean listed = bool(cells.get("listedInWhatsOn"));
      if (listed == null) {
        return reject(line, "import.row.yesNo", number, "listedInWhatsOn", quoted(cells.get("listedInWhatsOn")));
      }
      Boolean shared = bool(cells.get("sharedWithGovernment"));
      if (shared == null) {
        return reject(line, "import.row.yesNo", number, "sharedWithGovernment",
            quoted(cells.get("sharedWithGovernment")));
      }
      if (contactName.isEmpty()) {
        if (email.isEmpty()) {
          return reject(line, "import.row.contactNameMissing", number);
        }
        contactName = email;
      }
      contact = Optional.of(new StakeholderContact(contactName, empty(role), empty(email), empty(phone), language,
          listed, shared));
    }

    String key = StakeholderOrganisation.nameKey(name);
    Organisation organisation = organisations.get(key);
    if (organisation == null) {
      organisation = new Organisation(name, type.get(), line);
      organisations.put(key, organisation);
    } else if (organisation.type != type.get()) {
      return reject(line, "import.row.typeConflict", number, quoted(organisation.name),
          String.valueOf(organisation.firstLine), quoted(typeWritten));
    }
    if (contact.isPresent() && organisation.contacts.size() >= MAX_CONTACTS
        && !organisation.knows(contact.get())) {
      return reject(line, "import.row.tooManyContacts", number, quoted(organisation.name), MAX_CONTACTS);
    }
    organisation.add(cells.get("thematicExpertise"), website, contact);
    return Optional.empty();
  }

  private static Optional<Rejection> tooLong(int line, Map<String, String> cells, String column, int max) {
    String value = cells.get(column);
    return value.length() > max
        ? reject(line, "import.row.tooLong", String.valueOf(line), column, max, value.length())
        : Optional.empty();
  }

  private static Optional<Rejection> reject(int line, String key, Object... arguments) {
    return Optional.of(new Rejection(line, key, arguments));
  }

  /** A value as shown back in a message: at most 60 characters. */
  private static String quoted(String value) {
    return value.length() > 60 ? value.substring(0, 57) + "..." : value;
  }

  private static Boolean bool(String written) {
    return written.isEmpty() ? Boolean.FALSE : BOOLEANS.get(written.toLowerCase(Locale.ROOT));
  }

  private static String empty(String value) {
    return value.isEmpty() ? null : value;
  }

  private static InvalidRecordException refused(String key, Object... arguments) {
    return new InvalidRecordException(FIELD, key, arguments);
  }

  private static Map<String, String> aliases() {
    Map<String, String> aliases = new HashMap<>();
    for (String column : COLUMNS) {
      aliases.put(normalised(column), column);
    }
    for (String alias : List.of("organisation", "organization", "organisationname", "organizationname")) {
      aliases.put(alias, "name");
    }
    aliases.put("email", "contactEmail");
    aliases.put("phone", "contactPhone");
    aliases.put("language", "contactLanguage");
    aliases.put("preferredlanguage", "contactLanguage");
    aliases.put("role", "contactRole");
    return Map.copyOf(aliases);
  }

  /** "Contact e-mail", "contact_email" and "contactEmail" all name the same column. */
  private static String normalised(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Where each known column is in the file; the header may order them freely and add others. */
  private record Columns(Map<String, Integer> index) {

    static Columns of(CSVRecord header, String firstLine) {
      Map<String, Integer> index = new HashMap<>();
      if (header != null) {
        for (int i = 0; i < header.size(); i++) {
          String column = COLUMN_ALIASES.get(normalised(header.get(i)));
          if (column != null) {
            index.putIfAbsent(column, i);
          }
        }
      }
      if (!index.containsKey("name") || !index.containsKey("type")) {
        throw refused("import.file.noHeader", quoted(firstLine));
      }
      return new Columns(index);
    }

    /** Every known column's cell, stripped; "" where the line has no such cell. */
    Map<String, String> of(CSVRecord record) {
      Map<String, String> cells = new HashMap<>();
      for (String column : COLUMNS) {
        Integer i = index.get(column);
        String value = i != null && i < record.size() ? record.get(i) : "";
        cells.put(column, TableExport.restored(value.strip()));
      }
      return cells;
    }
  }

  /** 1-based line numbers of character positions in the text. */
  private static final class LineNumbers {

    private final String text;
    private final int[] starts;

    LineNumbers(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line a record starts on; the parser counts blank lines before it as part of it. */
    int lineAt(long position) {
      int p = (int) position;
      while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
        p++;
      }
      int found = Arrays.binarySearch(starts, p);
      return found >= 0 ? found + 1 : -found - 1;
    }
  }

  /** An organisation as the file describes it so far. */
  private static final class Organisation {

    final String name;
    final OrganisationType type;
    final int firstLine;
    String thematicExpertise = "";
    String website = "";
    final List<StakeholderContact> contacts = new ArrayList<>();

    Organisation(String name, OrganisationType type, int firstLine) {
      this.name = name;
      this.type = type;
      this.firstLine = firstLine;
    }

    void add(String thematicExpertise, String website, Optional<StakeholderContact> contact) {
      if (this.thematicExpertise.isEmpty()) {
        this.thematicExpertise = thematicExpertise;
      }
      if (this.website.isEmpty()) {
        this.website = website;
      }
      contact.filter(c -> !knows(c)).ifPresent(contacts::add);
    }

    /** The same person twice in the file: same e-mail, or the same name where neither has one. */
    boolean knows(StakeholderContact contact) {
      return contacts.stream().anyMatch(c -> c.getEmail() != null && contact.getEmail() != null
          ? c.getEmail().equalsIgnoreCase(contact.getEmail())
          : c.getEmail() == null && contact.getEmail() == null && c.getName().equalsIgnoreCase(contact.getName()));
    }

    StakeholderDetails details() {
      return new StakeholderDetails(name, type, empty(thematicExpertise), empty(website), contacts);
    }
  }
}
