package org.unodc.vpi.record;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/**
 * The countries whose records a reader may see: their own countries, or every country for
 * coordinators, who act across State parties. "Every country" adds no condition to a query at all,
 * rather than a list of 190 countries the database would have to match row by row.
 */
public final class CountryScope {

  private static final CountryScope EVERY_COUNTRY = new CountryScope(null);

  /** Null for every country. */
  private final Set<String> countries;

  private CountryScope(Set<String> countries) {
    this.countries = countries;
  }

  public static CountryScope everyCountry() {
    return EVERY_COUNTRY;
  }

  public static CountryScope of(Collection<String> countries) {
    return new CountryScope(Set.copyOf(countries));
  }

  public boolean includes(String country) {
    return countries == null || (country != null && countries.contains(country));
  }

  /** Only rows of the scope's countries: a reader never sees another State party's records. */
  public <T> Specification<T> condition() {
    return (root, query, cb) -> countries == null ? null
        : countries.isEmpty() ? cb.disjunction() : root.get("country").in(countries);
  }

  /**
   * The record found, if it lies in the scope; otherwise "not found", so a reader cannot tell
   * another country's record from one that does not exist.
   */
  public <T> T visible(Optional<T> found, Function<T, String> country, String recordType, long id) {
    return found.filter(record -> includes(country.apply(record)))
        .orElseThrow(() -> new RecordNotFoundException(recordType, id));
  }

  @Override
  public String toString() {
    return countries == null ? "every country" : countries.toString();
  }
}
