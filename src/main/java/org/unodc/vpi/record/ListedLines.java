package org.unodc.vpi.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a "one per line" text field: blank lines skipped, and the bullets or numbers people
 * paste from documents ("- ", "* ", "•", "1.", "2)") taken off.
 */
public final class ListedLines {

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·]|\\d{1,3}[.)])\\s+");

  /** A non-blank line and its line number in the text as typed (1-based). */
  public record Line(int number, String text) {}

  private ListedLines() {}

  public static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = BULLET.matcher(raw[i]).replaceFirst("").strip();
      if (!line.isEmpty()) {
        lines.add(new Line(i + 1, line));
      }
    }
    return lines;
  }

  /** The parts of a line separated by semicolons, each trimmed; empty parts kept as "". */
  public static List<String> parts(String line) {
    return List.of(line.split(";", -1)).stream().map(String::strip).toList();
  }
}
