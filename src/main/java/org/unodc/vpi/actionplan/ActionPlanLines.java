package org.unodc.vpi.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.unodc.vpi.record.ListedLines;
import org.unodc.vpi.record.ListedLines.Line;

/**
 * The record-action-plan form's list: one action per line, written {@code action; owner; due date}.
 * Owner and due date may be left out. An owner found in the country's stakeholder register is an
 * organisation; any other owner is taken to be a government unit.
 */
public final class ActionPlanLines {

  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d/M/uuuu"),
      DateTimeFormatter.ofPattern("d.M.uuuu"),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH),
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH));

  private ActionPlanLines() {}

  /** A due date as people write it: 2026-09-30, 30/09/2026, 30.09.2026 or 30 September 2026. */
  public static Optional<LocalDate> date(String written) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(written.strip(), format));
      } catch (DateTimeParseException e) {
        // try the next way of writing a date
      }
    }
    return Optional.empty();
  }

  /** The first line that is not written as the form asks, if any. */
  public static Optional<Line> firstBadLine(String text) {
    return ListedLines.of(text).stream().filter(line -> parse(line, name -> false).isEmpty()).findFirst();
  }

  public static List<ActionItemDetails> parse(String text, Predicate<String> isRegisteredOrganisation) {
    return ListedLines.of(text).stream().map(line -> parse(line, isRegisteredOrganisation))
        .flatMap(Optional::stream).toList();
  }

  private static Optional<ActionItemDetails> parse(Line line, Predicate<String> isRegisteredOrganisation) {
    List<String> parts = ListedLines.parts(line.text());
    if (parts.size() > 3 || parts.get(0).isEmpty() || parts.get(0).length() > 300) {
      return Optional.empty();
    }
    Optional<LocalDate> due = Optional.empty();
    if (parts.size() == 3 && !parts.get(2).isEmpty()) {
      due = date(parts.get(2));
      if (due.isEmpty()) {
        return Optional.empty();
      }
    }
    List<ActionItemOwner> owners = parts.size() < 2 || parts.get(1).isEmpty() ? List.of()
        : List.of(new ActionItemOwner(isRegisteredOrganisation.test(parts.get(1))
            ? OwnerKind.ORGANISATION : OwnerKind.GOVERNMENT_UNIT, parts.get(1)));
    return Optional.of(new ActionItemDetails(parts.get(0), null, owners, null, due.orElse(null),
        ActionItemStatus.PLANNED, 0));
  }
}
