package org.unodc.vpi.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.unodc.vpi.record.TableExport.Chunk;

class TableExportTest {

  private static final TableExport TABLE = new TableExport("Things", List.of("id", "text", "percent"),
      Set.of("id", "percent"));

  private static final List<List<String>> ROWS = List.of(
      List.of("1", "=1+2", "50"),
      List.of("2", "@SUM(A1:A2)", "-3"),
      List.of("x", "+55 61 1234 5678", "0100"),
      List.of("4", "\tcmd|' /C calc'!A0", ""),
      List.of("5", "plain, \"quoted\"", "100"));

  @Test
  void shouldWriteCsvWithFormulaLookingCellsNeutralised() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABLE.writeCsv(ROWS.iterator(), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFid,text,percent\r\n"
        + "1,'=1+2,50\r\n"
        + "2,'@SUM(A1:A2),'-3\r\n"
        + "x,'+55 61 1234 5678,0100\r\n"
        + "4,'\tcmd|' /C calc'!A0,\r\n"
        + "5,\"plain, \"\"quoted\"\"\",100\r\n");
    assertThat(TableExport.restored("'=1+2")).isEqualTo("=1+2");
    assertThat(TableExport.restored("'quoted'")).isEqualTo("'quoted'");
  }

  @Test
  void shouldWriteXlsxWithTextCellsNeverFormulasAndNumbersOnlyWhereAsked() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TABLE.writeXlsx(ROWS.iterator(), out);

    List<Row> rows;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Things");
      rows = workbook.getFirstSheet().read();
    }
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).stream().map(Cell::asString)).containsExactly("id", "text", "percent");
    for (Row row : rows.subList(1, rows.size())) {
      Cell text = row.getCell(1);
      assertThat(text.getType()).isEqualTo(CellType.STRING);
      assertThat(text.getFormula()).isNull();
    }
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCell(1).asString())
        .containsExactly("=1+2", "@SUM(A1:A2)", "+55 61 1234 5678", "\tcmd|' /C calc'!A0", "plain, \"quoted\"");
    assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("50");
    assertThat(rows.get(3).getCell(0).getType()).isEqualTo(CellType.STRING);
    assertThat(rows.get(3).getCell(2).getType()).as("a leading zero is kept as text").isEqualTo(CellType.STRING);

    String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("<cols>").doesNotContain("<f>");
    assertThat(entry(out.toByteArray(), "xl/styles.xml")).contains("<b/>");
  }

  @Test
  void shouldReadPagesUntilTheLastOneOnlyWhenAskedFor() {
    List<Integer> asked = new ArrayList<>();
    var rows = TableExport.paged(page -> {
      asked.add(page);
      return page == 0 ? new Chunk(List.of(List.of("a"), List.of("b")), false)
          : page == 1 ? new Chunk(List.of(), false) : new Chunk(List.of(List.of("c")), true);
    });
    assertThat(asked).isEmpty();

    List<String> read = new ArrayList<>();
    rows.forEachRemaining(row -> read.add(row.get(0)));

    assertThat(read).containsExactly("a", "b", "c");
    assertThat(asked).containsExactly(0, 1, 2);
  }

  /** A part of the workbook, read through the zip's central directory as spreadsheet programs do. */
  private static String entry(byte[] zip, String name) throws IOException {
    Path file = Files.createTempFile("table-export", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile workbook = new ZipFile(file.toFile())) {
        ZipEntry entry = workbook.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
