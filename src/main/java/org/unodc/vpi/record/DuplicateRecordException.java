package org.unodc.vpi.record;

import java.sql.SQLException;

/**
 * Someone else stored a record with the same unique value (a stakeholder's name in a country, say)
 * between our check and our insert: the database's unique index refused ours. The value is named
 * so the answer can say which one; the SQL and the index name stay in the log.
 */
public class DuplicateRecordException extends RuntimeException {

  /** SQL state of a unique-key violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final String recordType;
  private final String value;
  private final String country;

  public DuplicateRecordException(String recordType, String value, String country, Throwable cause) {
    super(recordType + " '" + value + "' already stored in " + country, cause);
    this.recordType = recordType;
    this.value = value;
    this.country = country;
  }

  /** Whether the database refused a write because another row already holds its unique value. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public String recordType() {
    return recordType;
  }

  public String value() {
    return value;
  }

  public String country() {
    return country;
  }
}
