package org.unodc.vpi.record;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/** Query conditions shared by the registers: country scoping and optional equality filters. */
public final class Visible {

  private Visible() {}

  /** Only rows of the given countries: a reader never sees another State party's records. */
  public static <T> Specification<T> inCountries(Collection<String> countries) {
    return (root, query, cb) -> countries.isEmpty() ? cb.disjunction() : root.get("country").in(countries);
  }

  /**
   * The record found, if it lies in one of the reader's countries; otherwise "not found", so a
   * reader cannot tell another country's record from one that does not exist.
   */
  public static <T> T inCountries(Optional<T> found, Function<T, String> country, Collection<String> countries,
      String recordType, long id) {
    return found.filter(record -> countries.contains(country.apply(record)))
        .orElseThrow(() -> new RecordNotFoundException(recordType, id));
  }

  /** {@code attribute = value}, or no condition when the filter was not given. */
  public static <T> Specification<T> equalTo(String attribute, Object value) {
    return (root, query, cb) -> value == null ? null : cb.equal(root.get(attribute), value);
  }

  /** Case-insensitive "contains", or no condition when the filter was not given. */
  public static <T> Specification<T> contains(String attribute, String text) {
    return (root, query, cb) -> text == null || text.isBlank() ? null
        : cb.like(cb.lower(root.get(attribute)), "%" + escape(text.trim().toLowerCase()) + "%", '\\');
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
