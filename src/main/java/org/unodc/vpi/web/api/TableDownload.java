package org.unodc.vpi.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.unodc.vpi.record.TableExport;

/** Sends a table export as a file download: CSV or xlsx, named after what it holds and the day. */
final class TableDownload {

  static final String CSV = "text/csv;charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  enum Format {
    CSV("csv"), XLSX("xlsx");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  private TableDownload() {}

  /**
   * Writes the rows to the response. The first page is read before anything is sent, so a failing
   * query still answers with problem details rather than half a file.
   */
  static void send(HttpServletResponse response, TableExport table, Iterator<List<String>> rows, Format format,
      String fileName) throws IOException {
    rows.hasNext();
    response.setContentType(format == Format.CSV ? CSV : XLSX);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    if (format == Format.CSV) {
      table.writeCsv(rows, response.getOutputStream());
    } else {
      table.writeXlsx(rows, response.getOutputStream());
    }
    response.flushBuffer();
  }

  /**
   * E.g. {@code stakeholders-BRA-2026-11-22.csv}: the country asked for, else the reader's countries
   * (up to three), and today's date.
   */
  static String fileName(String what, String countryFilter, Collection<String> readerCountries, Clock clock,
      Format format) {
    String countries;
    if (countryFilter != null && countryFilter.matches("[A-Z]{3}")) {
      countries = countryFilter;
    } else if (!readerCountries.isEmpty() && readerCountries.size() <= 3) {
      countries = String.join("-", new TreeSet<>(readerCountries));
    } else {
      countries = "all";
    }
    return what + "-" + countries + "-" + LocalDate.now(clock) + "." + format.extension;
  }
}
