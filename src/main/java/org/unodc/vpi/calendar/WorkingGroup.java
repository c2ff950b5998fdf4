package org.unodc.vpi.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The working groups of the Conference of the Parties whose sessions the calendar holds. The
 * constants are spelled as the values themselves (as in forms and process variables), so the API,
 * the database and the workflow all read one spelling.
 */
public enum WorkingGroup {
  traffickingInPersons,
  smugglingOfMigrants,
  firearms,
  internationalCooperation,
  technicalAssistance;

  /** For {@link ReviewCalendar#nextMilestone}: every working group's sessions match. */
  public static final String ANY = "any";

  /** The allowed values, for messages: "traffickingInPersons, smugglingOfMigrants, ...". */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The working group of that name, or null for {@link #ANY} (and for null). */
  static WorkingGroup orAny(String name) {
    if (name == null || ANY.equals(name)) {
      return null;
    }
    return Arrays.stream(values()).filter(group -> group.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown working group \"" + name + "\": use one of " + allowed() + " or " + ANY));
  }
}
