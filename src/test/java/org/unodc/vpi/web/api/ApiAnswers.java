package org.unodc.vpi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Reads /api answers as the tests check them: ids, pages, the fields of a 400, CSV downloads. */
final class ApiAnswers {

  private ApiAnswers() {}

  static long id(ResponseEntity<Map<String, Object>> created) {
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  static long totalItems(ResponseEntity<Map<String, Object>> page) {
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((Number) page.getBody().get("totalItems")).longValue();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> page) {
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) page.getBody().get("items");
  }

  /** The refused fields of a 400, each with its message. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }

  /** The rows of a CSV download as a spreadsheet program sees them, the byte-order mark taken off. */
  static List<List<String>> csv(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }
}
