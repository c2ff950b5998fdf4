package org.unodc.vpi.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.stakeholder.StakeholderCsv.Parsed;
import org.unodc.vpi.stakeholder.StakeholderCsv.Rejection;

class StakeholderCsvTest {

  private static final String HEADER = StakeholderCsv.HEADER + "\r\n";

  @Test
  void shouldReadOneOrganisationPerNameWithAContactPerLine() {
    Parsed parsed = parse(HEADER
        + "Instituto Justiça,NGO,firearms,https://justica.org.br,Ana Souza,Director,ana@justica.org.br,"
        + "+55 61 1234 5678,pt,yes,no\r\n"
        + "  instituto   JUSTIÇA ,ngo,,,Bruno Lima,,bruno@justica.org.br,,,sim,sim\r\n"
        + "Universidade de Brasília,universidade,,,,,,,,,\r\n");

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.organisations()).extracting(StakeholderDetails::name, StakeholderDetails::type)
        .containsExactly(tuple("Instituto Justiça", OrganisationType.NGO),
            tuple("Universidade de Brasília", OrganisationType.ACADEMIA));
    StakeholderDetails justica = parsed.organisations().get(0);
    assertThat(justica.thematicExpertise()).isEqualTo("firearms");
    assertThat(justica.website()).isEqualTo("https://justica.org.br");
    assertThat(justica.contacts()).extracting(StakeholderContact::getName, StakeholderContact::getEmail,
            StakeholderContact::getPhone, StakeholderContact::getPreferredLanguage,
            StakeholderContact::isListedInWhatsOn, StakeholderContact::isSharedWithGovernment)
        .containsExactly(tuple("Ana Souza", "ana@justica.org.br", "+55 61 1234 5678", "pt", true, false),
            tuple("Bruno Lima", "bruno@justica.org.br", null, null, true, true));
    assertThat(parsed.organisations().get(1).contacts()).isEmpty();
  }

  @Test
  void shouldReadSemicolonsAByteOrderMarkAndQuotedSeparators() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = ("Name;Type;Contact e-mail;Comment\n"
        + "\"Centro de Estudos; Segurança, e Paz\";Academia;info@cesp.org;\"said \"\"hello\"\"\"\n"
        + "Associação Moçambicana, Mulheres;ONG;;\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    Parsed parsed = StakeholderCsv.parse(file);

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.organisations()).extracting(StakeholderDetails::name)
        .containsExactly("Centro de Estudos; Segurança, e Paz", "Associação Moçambicana, Mulheres");
    assertThat(parsed.organisations().get(0).contacts()).extracting(StakeholderContact::getName)
        .containsExactly("info@cesp.org");
  }

  @Test
  void shouldReadCommaSeparatedQuotedCommasInAnyColumnOrder() {
    Parsed parsed = parse("contactEmail,type,unknown column,NAME\n"
        + "x@y.org,private sector,whatever,\"Banco Azul, S.A.\"\n");

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.organisations()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Banco Azul, S.A.");
      assertThat(o.type()).isEqualTo(OrganisationType.PRIVATE_SECTOR);
    });
  }

  @Test
  void shouldReportEachBadLineWithItsLineNumberInTheFileAndKeepTheGoodOnes() {
    Parsed parsed = parse(HEADER
        + "Good One,NGO,\"two\nlines\",,,,,,,,\n"          // lines 2-3
        + "\n"                                             // line 4: blank, skipped
        + "Charity Shop,charity,,,,,,,,,\n"                // line 5
        + ",NGO,,,,,,,,,\n"                                // line 6
        + "Mail Org,NGO,,,Ana,,ana-at-example.org,,,,\n"  // line 7
        + "Phone Org,NGO,,,Ana,,,12,,,\n"                  // line 8
        + "Good One,academia,,,Bo,,bo@x.org,,,,\n"         // line 9: other type than line 2
        + "Consent Org,NGO,,,Ana,,,,,maybe,\n"             // line 10
        + "Lang Org,NGO,,,Ana,,,,klingon,,\n"              // line 11
        + "Web Org,NGO,,ftp://x.org,,,,,,,\n"              // line 12
        + "Nameless Contact,NGO,,,,Director,,,,,\n"       // line 13
        + ",,,,\n"                                         // line 14: only separators, skipped
        + "Good Two,other,,www.two.org,,,,,,,\n");         // line 15

    assertThat(parsed.organisations()).extracting(StakeholderDetails::name).containsExactly("Good One", "Good Two");
    assertThat(parsed.organisations().get(1).website()).isEqualTo("https://www.two.org");
    assertThat(parsed.rejected()).extracting(Rejection::line, Rejection::messageKey).containsExactly(
        tuple(5, "import.row.typeUnknown"), tuple(6, "import.row.nameMissing"), tuple(7, "import.row.email"),
        tuple(8, "import.row.phone"), tuple(9, "import.row.typeConflict"), tuple(10, "import.row.yesNo"),
        tuple(11, "import.row.language"), tuple(12, "import.row.website"),
        tuple(13, "import.row.contactNameMissing"));
    assertThat(parsed.rejected().get(0).arguments()).containsExactly("5", "charity");
    assertThat(parsed.rejected().get(4).arguments()).containsExactly("9", "Good One", "2", "academia");
  }

  @Test
  void shouldRefuseTooLongValuesWithTheColumnAndTheLimit() {
    Parsed parsed = parse("name,type\n" + "x".repeat(201) + ",NGO\n");

    assertThat(parsed.organisations()).isEmpty();
    assertThat(parsed.rejected()).singleElement().satisfies(r -> {
      assertThat(r.messageKey()).isEqualTo("import.row.tooLong");
      assertThat(r.arguments()).containsExactly("2", "name", 200, 201);
    });
  }

  @Test
  void shouldRefuseABinaryFileWhole() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertRefused(png, "import.file.binary");
  }

  @Test
  void shouldRefuseTextThatIsNotUtf8() {
    assertRefused("name;type\nAssociação;ONG\n".getBytes(StandardCharsets.ISO_8859_1), "import.file.notUtf8");
  }

  @Test
  void shouldRefuseAFileWithoutAHeaderNamingNameAndType() {
    assertRefused("Instituto Justiça,NGO,ana@justica.org\n".getBytes(StandardCharsets.UTF_8), "import.file.noHeader");
    assertRefused("name,contactEmail\nX,x@y.org\n".getBytes(StandardCharsets.UTF_8), "import.file.noHeader");
    assertRefused("\uFEFF \r\n\r\n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
    assertRefused(new byte[0], "import.file.empty");
  }

  @Test
  void shouldRefuseAValueWhoseQuoteIsNeverClosedNamingTheLine() {
    InvalidRecordException refused = refusal(("name,type\nA,NGO\n\n\"B,NGO\nC,NGO\n").getBytes(StandardCharsets.UTF_8));

    assertThat(refused.problems()).singleElement().satisfies(p -> {
      assertThat(p.messageKey()).isEqualTo("import.file.unclosedQuote");
      assertThat(p.arguments()).containsExactly("4");
    });
  }

  @Test
  void shouldRefuseMoreThanTheRowLimitAndMoreThanTheSizeLimit() {
    StringBuilder rows = new StringBuilder("name,type\n");
    for (int i = 0; i < StakeholderCsv.MAX_ROWS; i++) {
      rows.append("Org ").append(i).append(",NGO\n");
    }
    assertThat(parse(rows.toString()).organisations()).hasSize(StakeholderCsv.MAX_ROWS);

    rows.append("One too many,NGO\n");
    assertRefused(rows.toString().getBytes(StandardCharsets.UTF_8), "import.file.tooManyRows");
    assertRefused(new byte[StakeholderCsv.MAX_BYTES + 1], "import.file.tooLarge");
  }

  @Test
  void shouldReadBackWhatItExports() throws IOException {
    StakeholderOrganisation justica = organisation(new StakeholderDetails("=HYPERLINK(\"http://evil\",\"Click\")",
        OrganisationType.NGO, "firearms, \"trafficking\"; borders", "https://justica.org.br", List.of(
            new StakeholderContact("Ana Souza", "-Director", "ana@justica.org.br", "+55 61 1234 5678", "pt", true,
                false),
            new StakeholderContact("@Bruno", null, null, "+258 21 123 456", "fr", false, true))));
    StakeholderOrganisation university = organisation(new StakeholderDetails("Universidade, \"UnB\"",
        OrganisationType.ACADEMIA, null, null, List.of()));

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    StakeholderTransfer.TABLE.writeCsv(java.util.stream.Stream.concat(
        StakeholderCsv.rows(justica, false).stream(), StakeholderCsv.rows(university, false).stream()).iterator(), csv);

    String written = csv.toString(StandardCharsets.UTF_8);
    assertThat(written).startsWith("\uFEFF" + StakeholderCsv.HEADER + "\r\n")
        .contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Click\"\")\"", "'+55 61 1234 5678", "'@Bruno", "'-Director");
    Parsed parsed = StakeholderCsv.parse(csv.toByteArray());
    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.organisations()).usingRecursiveFieldByFieldElementComparator()
        .containsExactly(details(justica), details(university));
  }

  @Test
  void shouldLeaveOutUnsharedContactDetailsForGovernmentReaders() {
    StakeholderOrganisation organisation = organisation(new StakeholderDetails("Org", OrganisationType.NGO, null,
        null, List.of(new StakeholderContact("Private", null, "p@x.org", "+55 61 1111 1111", null, true, false),
            new StakeholderContact("Shared", null, "s@x.org", "+55 61 2222 2222", null, false, true))));

    List<List<String>> rows = StakeholderCsv.rows(organisation, true);

    int email = StakeholderCsv.COLUMNS.indexOf("contactEmail");
    int phone = StakeholderCsv.COLUMNS.indexOf("contactPhone");
    assertThat(rows).extracting(r -> r.get(email), r -> r.get(phone))
        .containsExactly(tuple("", ""), tuple("s@x.org", "+55 61 2222 2222"));
    assertThat(StakeholderCsv.rows(organisation, false)).extracting(r -> r.get(email))
        .containsExactly("p@x.org", "s@x.org");
  }

  private static StakeholderOrganisation organisation(StakeholderDetails details) {
    StakeholderOrganisation organisation = new StakeholderOrganisation("BRA", null, Instant.EPOCH);
    organisation.describe(details, Instant.EPOCH);
    return organisation;
  }

  private static StakeholderDetails details(StakeholderOrganisation o) {
    return new StakeholderDetails(o.getName(), o.getType(), o.getThematicExpertise(), o.getWebsite(), o.getContacts());
  }

  private static Parsed parse(String text) {
    return StakeholderCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(byte[] file, String key) {
    assertThat(refusal(file).problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("file");
      assertThat(p.messageKey()).isEqualTo(key);
    });
  }

  private static InvalidRecordException refusal(byte[] file) {
    try {
      StakeholderCsv.parse(file);
    } catch (InvalidRecordException e) {
      return e;
    }
    throw new AssertionError("The file was not refused");
  }
}
