package org.unodc.vpi.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table (a header and rows of text) as CSV or as an Excel workbook, streaming: rows are
 * written as they come, so a large export never sits in memory whole.
 *
 * <p>Cells that a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage
 * return) are written so that it does not evaluate them: in CSV with a leading single quote (which
 * {@link #restored(String)} takes off again on import), in xlsx as plain text cells, never as
 * formulas.
 */
public final class TableExport {

  /** How many rows the xlsx writer keeps before handing them to the stream. */
  private static final int XLSX_FLUSH_ROWS = 500;
  /** How many first rows decide the column widths of an xlsx sheet. */
  private static final int WIDTH_SAMPLE_ROWS = 200;
  private static final double MIN_WIDTH = 8;
  private static final double MAX_WIDTH = 60;

  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
  private static final Pattern NEUTRALISED = Pattern.compile("^'[=+\\-@\\t\\r]");
  private static final Pattern INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]{0,14})");

  /** Comma-separated, every line ended by CRLF (RFC 4180), quotes only where needed. */
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final String sheetName;
  private final List<String> header;
  private final Set<String> numberColumns;

  /**
   * @param sheetName name of the xlsx sheet
   * @param header the column names, in order
   * @param numberColumns columns written as numbers in xlsx when the text is a whole number (ids,
   *     percentages), so spreadsheets sort and add them; every other cell is text
   */
  public TableExport(String sheetName, List<String> header, Set<String> numberColumns) {
    this.sheetName = sheetName;
    this.header = List.copyOf(header);
    this.numberColumns = Set.copyOf(numberColumns);
  }

  public List<String> header() {
    return header;
  }

  /** UTF-8 CSV with a byte-order mark, so Excel opens accented names correctly. */
  public void writeCsv(Iterator<List<String>> rows, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    CSVPrinter printer = new CSVPrinter(writer, CSV);
    printer.printRecord(header);
    while (rows.hasNext()) {
      List<String> row = rows.next();
      List<String> cells = new ArrayList<>(row.size());
      for (String cell : row) {
        cells.add(neutralised(cell));
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  /** An Excel workbook of one sheet: bold, frozen header row; widths fitted to the first rows. */
  public void writeXlsx(Iterator<List<String>> rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "VPI platform", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      numeric[c] = numberColumns.contains(header.get(c));
    }
    // Widths and frozen panes go out with the first flush: read a sample of rows first.
    List<List<String>> sample = new ArrayList<>();
    while (sample.size() < WIDTH_SAMPLE_ROWS && rows.hasNext()) {
      sample.add(rows.next());
    }
    for (int c = 0; c < header.size(); c++) {
      int longest = header.get(c).length();
      for (List<String> row : sample) {
        if (c < row.size() && row.get(c) != null) {
          longest = Math.max(longest, row.get(c).length());
        }
      }
      sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2)));
    }
    sheet.freezePane(0, 1);
    for (int c = 0; c < header.size(); c++) {
      sheet.inlineString(0, c, header.get(c));
    }
    sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("DDEBF7").set();
    int r = 1;
    for (List<String> row : sample) {
      writeRow(sheet, r++, row, numeric);
    }
    while (rows.hasNext()) {
      writeRow(sheet, r++, rows.next(), numeric);
      if (r % XLSX_FLUSH_ROWS == 0) {
        sheet.flush();
      }
    }
    sheet.finish();
    workbook.finish();
  }

  private static void writeRow(Worksheet sheet, int r, List<String> row, boolean[] numeric) {
    for (int c = 0; c < row.size(); c++) {
      String cell = row.get(c);
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      if (c < numeric.length && numeric[c] && INTEGER.matcher(cell).matches()) {
        sheet.value(r, c, Long.parseLong(cell));
      } else {
        // An inline text cell: never a formula, whatever it starts with.
        sheet.inlineString(r, c, cell);
      }
    }
  }

  /** The cell as written to CSV: a leading ' before anything a spreadsheet would evaluate. */
  public static String neutralised(String cell) {
    if (cell == null) {
      return "";
    }
    return FORMULA_START.matcher(cell).lookingAt() ? "'" + cell : cell;
  }

  /** The cell as it was before {@link #neutralised(String)}: for reading an exported CSV back. */
  public static String restored(String cell) {
    return cell != null && NEUTRALISED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
  }

  /** One page of rows, and whether more pages follow. */
  public record Chunk(List<List<String>> rows, boolean last) {}

  /**
   * Rows read a page at a time, as the writer asks for them: {@code page} gives page 0, 1, ... until
   * one says it is the last. Only one page is held in memory.
   */
  public static Iterator<List<String>> paged(IntFunction<Chunk> page) {
    return new Iterator<>() {
      private int next;
      private boolean done;
      private Iterator<List<String>> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && !done) {
          Chunk chunk = page.apply(next++);
          done = chunk.last();
          current = chunk.rows().iterator();
        }
        return current.hasNext();
      }

      @Override
      public List<String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
