package org.unodc.vpi.record;

/** An update based on a version of a record that someone else has changed since. */
public class StaleRecordException extends RuntimeException {

  private final String recordType;
  private final long id;
  private final long sentVersion;
  private final long currentVersion;

  public StaleRecordException(String recordType, long id, long sentVersion, long currentVersion) {
    super(recordType + " " + id + " is at version " + currentVersion + ", not " + sentVersion);
    this.recordType = recordType;
    this.id = id;
    this.sentVersion = sentVersion;
    this.currentVersion = currentVersion;
  }

  public String recordType() {
    return recordType;
  }

  public long id() {
    return id;
  }

  public long sentVersion() {
    return sentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }

  /** Refuses the update unless the caller read the version that is stored now. */
  public static void check(String recordType, long id, long sentVersion, long currentVersion) {
    if (sentVersion != currentVersion) {
      throw new StaleRecordException(recordType, id, sentVersion, currentVersion);
    }
  }
}
