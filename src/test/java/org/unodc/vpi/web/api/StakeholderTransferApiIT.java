package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unodc.vpi.web.api.ApiAnswers.csv;
import static org.unodc.vpi.web.api.ApiAnswers.errors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unodc.vpi.actionplan.ActionPlanExport;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.stakeholder.StakeholderCsv;

/** CSV import and CSV/xlsx export of the stakeholder register and the action plans, over HTTP as demo users. */
@ApiTest
@SuppressWarnings("unchecked")
class StakeholderTransferApiIT {

  private static final String HEADER = StakeholderCsv.HEADER + "\n";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired TestRestTemplate rest;
  @Autowired InitiativeRegister initiatives;

  /** Names of this run: the database is shared with the other API tests. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldImportTheGoodLinesAndListTheBadOnesWithTheirLineInTheReadersLanguage() {
    String csv = HEADER
        + "Instituto Alfa " + run + ",NGO,firearms,,Ana Souza,,ana@alfa.org,+55 61 1234 5678,pt,sim,não\n"
        + "Loja " + run + ",charity,,,,,,,,,\n"
        + "Universidade Beta " + run + ",universidade,,,,,,,,,\n"
        + "Gama " + run + ",NGO,,,Caio,,caio-at-gama.org,,,,\n";

    ResponseEntity<Map<String, Object>> answer = importCsv("csobra", "pt", "BRA", csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("added", 2).containsEntry("updated", 0);
    assertThat(rejected(answer)).extracting(r -> r.get("line")).containsExactly(3, 5);
    assertThat(rejected(answer).get(0).get("reason")).asString()
        .startsWith("Linha 3:").contains("\"charity\"").contains("ONG, universidade, setor privado ou outro");
    assertThat(rejected(answer).get(1).get("reason")).asString().startsWith("Linha 5:").contains("caio-at-gama.org");

    List<Map<String, Object>> listed = listed("csobra", run);
    assertThat(listed).extracting(o -> o.get("name"), o -> o.get("type"), o -> o.get("country")).containsExactlyInAnyOrder(
        tuple("Instituto Alfa " + run, "NGO", "BRA"), tuple("Universidade Beta " + run, "ACADEMIA", "BRA"));
    Map<String, Object> alfa = listed.stream().filter(o -> o.get("name").equals("Instituto Alfa " + run))
        .findFirst().orElseThrow();
    assertThat(alfa).containsEntry("thematicExpertise", "firearms");
    assertThat((List<Map<String, Object>>) alfa.get("contacts")).singleElement().satisfies(contact ->
        assertThat(contact).containsEntry("name", "Ana Souza").containsEntry("email", "ana@alfa.org")
            .containsEntry("phone", "+55 61 1234 5678").containsEntry("preferredLanguage", "pt")
            .containsEntry("listedInWhatsOn", true).containsEntry("sharedWithGovernment", false));
  }

  @Test
  void shouldGiveAnOrganisationAlreadyRegisteredTheContactsItLacksFromAMultipartUpload() {
    String name = "Instituto Delta " + run;
    assertThat(importCsv("csobra", "en", "BRA", HEADER + name + ",NGO,,,Ana,,ana@delta.org,,,,\n").getBody())
        .containsEntry("added", 1);

    String semicolons = "name;type;contactName;contactEmail\n"
        + name.toUpperCase() + ";NGO;Ana;ana@delta.org\n"
        + name + ";NGO;Bruno;bruno@delta.org\n";
    ResponseEntity<Map<String, Object>> answer = as("coordinator").exchange(HttpMethod.POST,
        "/api/stakeholders/import?country=BRA", multipart("delta.csv", semicolons.getBytes(StandardCharsets.UTF_8)),
        (Class<Map<String, Object>>) (Class<?>) Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("added", 0).containsEntry("updated", 1)
        .containsEntry("rejected", List.of());
    assertThat(listed("csobra", name)).singleElement().satisfies(o -> assertThat((List<Map<String, Object>>) o
        .get("contacts")).extracting(c -> c.get("email")).containsExactly("ana@delta.org", "bruno@delta.org"));
  }

  @Test
  void shouldRefuseABinaryFileWholeAndStoreNothingOfIt() {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    byte[] csvInside = ("\n" + HEADER + "Picture " + run + ",NGO,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] png = new byte[signature.length + csvInside.length];
    System.arraycopy(signature, 0, png, 0, signature.length);
    System.arraycopy(csvInside, 0, png, signature.length, csvInside.length);

    HttpHeaders asPng = new HttpHeaders();
    asPng.setContentType(MediaType.IMAGE_PNG);
    ResponseEntity<Map<String, Object>> raw = as("csobra").exchange(HttpMethod.POST,
        "/api/stakeholders/import?country=BRA", new HttpEntity<>(png, asPng), (Class<Map<String, Object>>) (Class<?>) Map.class);
    ResponseEntity<Map<String, Object>> uploaded = as("csobra").inLanguage("fr").exchange(HttpMethod.POST,
        "/api/stakeholders/import?country=BRA", multipart("picture.csv", png),
        (Class<Map<String, Object>>) (Class<?>) Map.class);

    assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(raw.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(errors(raw)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("file");
      assertThat(e.get("message")).asString().contains("not a CSV file").contains("CSV UTF-8");
    });
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(uploaded)).singleElement().satisfies(e ->
        assertThat(e.get("message")).asString().contains("n'est pas un fichier CSV"));
    assertThat(listed("coordinator", "Picture " + run)).isEmpty();
  }

  @Test
  void shouldRefuseAFileWithoutHeaderAndAnImportBeyondTheUsersRoleCountriesOrVpis() {
    String csv = HEADER + "Refused " + run + ",NGO,,,,,,,,,\n";

    ResponseEntity<Map<String, Object>> government = importCsv("govbra", "en", "BRA", csv);
    ResponseEntity<Map<String, Object>> otherCountry = importCsv("csobra", "en", "MOZ", csv);
    ResponseEntity<Map<String, Object>> noCountry = importCsv("csobra", "en", null, csv);
    ResponseEntity<Map<String, Object>> noHeader = importCsv("csobra", "es", "BRA", "Refused " + run + ",NGO\n");
    long mozambicanVpi = initiatives.register(new NewInitiative("MOZ", "VPI " + run, "firearms", "cluster1", "B",
        LocalDate.of(2026, 3, 1))).id();
    ResponseEntity<Map<String, Object>> otherCountrysVpi = importCsv("coordinator", "en",
        "BRA&initiativeId=" + mozambicanVpi, csv);

    assertThat(government.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(otherCountry)).extracting(e -> e.get("field")).containsExactly("country");
    assertThat(noCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(noCountry)).extracting(e -> e.get("field")).containsExactly("country");
    assertThat(otherCountrysVpi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(otherCountrysVpi)).extracting(e -> e.get("field")).containsExactly("initiativeId");
    assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(noHeader)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("file");
      assertThat(e.get("message")).asString().contains("La primera línea").contains("Refused " + run + ",NGO");
    });
    assertThat(listed("coordinator", "Refused " + run)).isEmpty();
  }

  @Test
  void shouldExportOnlyTheReadersCountriesAsCsvAndXlsx() throws IOException {
    String brazil = "Export Brasil " + run;
    String mozambique = "Export Moçambique " + run;
    importCsv("csobra", "en", "BRA", HEADER
        + brazil + ",NGO,,,Private Person,,private@brasil.org,+55 61 1111 1111,,yes,no\n"
        + brazil + ",NGO,,,Shared Person,,shared@brasil.org,+55 61 2222 2222,,yes,yes\n");
    importCsv("csomoz", "en", "MOZ", HEADER + mozambique + ",NGO,,,,,,,,,\n");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    ResponseEntity<byte[]> csv = download("csobra", "/api/stakeholders/export.csv?name=" + run);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    assertThat(csv.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("stakeholders-BRA-" + today + ".csv");
    List<List<String>> rows = csv(csv.getBody());
    assertThat(rows.get(0)).isEqualTo(StakeholderCsv.COLUMNS);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0), r -> r.get(6), r -> r.get(7))
        .containsExactly(tuple(brazil, "private@brasil.org", "'+55 61 1111 1111"),
            tuple(brazil, "shared@brasil.org", "'+55 61 2222 2222"));

    ResponseEntity<byte[]> xlsx = download("csobra", "/api/stakeholders/export.xlsx?name=" + run);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("stakeholders-BRA-" + today + ".xlsx");
    List<List<String>> sheet = xlsx(xlsx.getBody());
    assertThat(sheet.get(0)).isEqualTo(StakeholderCsv.COLUMNS);
    assertThat(sheet.subList(1, sheet.size())).extracting(r -> r.get(0), r -> r.get(7))
        .containsExactly(tuple(brazil, "+55 61 1111 1111"), tuple(brazil, "+55 61 2222 2222"));

    ResponseEntity<byte[]> all = download("coordinator", "/api/stakeholders/export.csv?name=" + run);
    assertThat(all.getHeaders().getContentDisposition().getFilename()).isEqualTo("stakeholders-BRA-MOZ-" + today + ".csv");
    assertThat(csv(all.getBody())).extracting(r -> r.get(0)).contains(brazil, mozambique);

    // A contact who did not agree to share their details is not named to the government either.
    List<List<String>> government = csv(download("govbra", "/api/stakeholders/export.csv?name=" + run).getBody());
    assertThat(government.subList(1, government.size())).extracting(r -> r.get(4), r -> r.get(6), r -> r.get(7))
        .containsExactly(tuple("", "", ""),
            tuple("Shared Person", "shared@brasil.org", "'+55 61 2222 2222"));
  }

  @Test
  void shouldWriteAFormulaLookingNameSoThatSpreadsheetsDoNotRunIt() throws IOException {
    String formula = "=HYPERLINK(\"https://evil.example\",\"Click " + run + "\")";
    String csvFile = HEADER + "\"" + formula.replace("\"", "\"\"") + "\",NGO,,,,,,,,,\n";
    assertThat(importCsv("csobra", "en", "BRA", csvFile).getBody()).containsEntry("added", 1);

    byte[] csv = download("csobra", "/api/stakeholders/export.csv?name=" + run).getBody();
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"https://evil.example\"\"");
    assertThat(csv(csv)).extracting(r -> r.get(0)).containsExactly("name", "'" + formula);

    byte[] xlsx = download("csobra", "/api/stakeholders/export.xlsx?name=" + run).getBody();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Cell name = workbook.getFirstSheet().read().get(1).getCell(0);
      assertThat(name.getType()).isEqualTo(CellType.STRING);
      assertThat(name.getFormula()).isNull();
      assertThat(name.asString()).isEqualTo(formula);
    }
  }

  @Test
  void shouldExportTheActionPlanAsCsvAndXlsx() throws IOException {
    long vpi = initiatives.register(new NewInitiative("BRA", "Export VPI " + run, "firearms", "cluster1", "B",
        LocalDate.of(2026, 3, 1))).id();
    Map<String, Object> first = create(vpi, "Train border officers " + run, List.of(
            Map.of("kind", "ORGANISATION", "name", "Instituto Alfa"),
            Map.of("kind", "GOVERNMENT_UNIT", "name", "Polícia Federal")),
        "2026-04-01", "2026-09-30");
    Map<String, Object> second = create(vpi, "-1 review: " + run, List.of(), null, null);
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    ResponseEntity<byte[]> csv = download("coordinator", "/api/action-items/export.csv?initiativeId=" + vpi);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("action-plan-BRA-MOZ-" + today + ".csv");
    List<List<String>> rows = csv(csv.getBody());
    assertThat(rows.get(0)).isEqualTo(ActionPlanExport.COLUMNS);
    assertThat(rows).hasSize(3);
    List<String> row = rows.stream().filter(r -> r.get(0).equals(String.valueOf(first.get("id")))).findFirst()
        .orElseThrow();
    assertThat(row.subList(0, 10)).containsExactly(String.valueOf(first.get("id")), String.valueOf(vpi), "BRA",
        "Train border officers " + run, "", "Instituto Alfa; Polícia Federal", "2026-04-01", "2026-09-30",
        "PLANNED", "0");
    assertThat(row.get(10)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(rows).extracting(r -> r.get(3)).contains("'-1 review: " + run);

    ResponseEntity<byte[]> xlsx = download("coordinator", "/api/action-items/export.xlsx?initiativeId=" + vpi);
    assertThat(xlsx.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
    List<List<String>> sheet = xlsx(xlsx.getBody());
    assertThat(sheet.get(0)).isEqualTo(ActionPlanExport.COLUMNS);
    assertThat(sheet.subList(1, 3)).extracting(r -> r.get(3))
        .containsExactlyInAnyOrder("Train border officers " + run, "-1 review: " + run);
    assertThat(sheet.subList(1, 3)).extracting(r -> r.get(0))
        .containsExactlyInAnyOrder(String.valueOf(first.get("id")), String.valueOf(second.get("id")));

    assertThat(csv(download("coordinator", "/api/action-items/export.csv?status=DONE&initiativeId=" + vpi)
        .getBody())).hasSize(1);
    assertThat(csv(download("csomoz", "/api/action-items/export.csv?initiativeId=" + vpi).getBody())).hasSize(1);
  }

  private Map<String, Object> create(long vpi, String title, List<Map<String, Object>> owners, String start,
      String due) {
    Map<String, Object> item = new java.util.HashMap<>(Map.of("initiativeId", vpi, "title", title, "owners", owners,
        "percentComplete", 0));
    item.put("startDate", start);
    item.put("dueDate", due);
    ResponseEntity<Map<String, Object>> created = as("coordinator").post("/api/action-items", item);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private ApiClient as(String user) {
    return new ApiClient(rest, user, "demo");
  }

  private ResponseEntity<Map<String, Object>> importCsv(String user, String language, String country, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    return as(user).inLanguage(language).exchange(HttpMethod.POST,
        "/api/stakeholders/import" + (country == null ? "" : "?country=" + country),
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers),
        (Class<Map<String, Object>>) (Class<?>) Map.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(form, headers);
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    return as(user).exchange(HttpMethod.GET, path, null, byte[].class);
  }

  private List<Map<String, Object>> listed(String user, String name) {
    ResponseEntity<Map<String, Object>> page = as(user).get("/api/stakeholders?size=50&name=" + name);
    assertThat(page.getStatusCode()).as("%s", page.getBody()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) page.getBody().get("items");
  }

  private static List<Map<String, Object>> rejected(ResponseEntity<Map<String, Object>> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("rejected");
  }

  /** The cells of the first sheet as text; numbers written without decimals. */
  private static List<List<String>> xlsx(byte[] body) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      for (Row row : workbook.getFirstSheet().read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : cell.getType() == CellType.NUMBER ? cell.asNumber().toPlainString()
              : cell.asString());
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
