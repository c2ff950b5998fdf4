package org.unodc.vpi.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.unodc.vpi.record.InvalidRecordException;

/**
 * A council member's mandate, as in Brazil's national committee (seed 002): a term of two years
 * from its start, renewable once, the second term starting the day the first one ends.
 *
 * <p>{@link #end()} is the start plus two years per term (2025-03-01 gives 2027-03-01, after a
 * renewal 2029-03-01): the member serves until the day before, and a renewed term starts on it. On
 * that day the member is {@link MandateStatus#FORMER} unless the mandate was renewed.
 *
 * @param start the first day of the first term
 * @param term 1 for the first term, 2 once renewed
 */
public record Mandate(LocalDate start, int term) {

  public static final Period TERM_LENGTH = Period.ofYears(2);
  /** The first term and one renewal. */
  public static final int MAX_TERMS = 2;

  public Mandate {
    Objects.requireNonNull(start, "start");
    if (term < 1 || term > MAX_TERMS) {
      throw new IllegalArgumentException("A mandate has 1 or " + MAX_TERMS + " terms, not " + term);
    }
  }

  /** A new member's mandate: the first term. */
  public static Mandate firstTerm(LocalDate start) {
    return new Mandate(start, 1);
  }

  /** The first day of the current term: the start, or the end of the first term once renewed. */
  public LocalDate termStart() {
    return afterTerms(term - 1);
  }

  /** The day the mandate ends: two years after the current term's start. */
  public LocalDate end() {
    return afterTerms(term);
  }

  /** Whether the mandate can still be renewed (only a first term can). */
  public boolean renewable() {
    return term < MAX_TERMS;
  }

  /**
   * The mandate with a second term right after the first.
   *
   * @throws InvalidRecordException on field {@code term} for a mandate already renewed once
   */
  public Mandate renewed() {
    if (!renewable()) {
      throw new InvalidRecordException("term", "record.councilMember.renewedOnce", end().toString());
    }
    return new Mandate(start, term + 1);
  }

  public MandateStatus statusOn(LocalDate day) {
    if (day.isBefore(start)) {
      return MandateStatus.UPCOMING;
    }
    return day.isBefore(end()) ? MandateStatus.CURRENT : MandateStatus.FORMER;
  }

  /** Each term is two years from the end of the one before (29 February: the 28th two years on). */
  private LocalDate afterTerms(int terms) {
    LocalDate day = start;
    for (int i = 0; i < terms; i++) {
      day = day.plus(TERM_LENGTH);
    }
    return day;
  }
}
