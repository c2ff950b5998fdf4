package org.unodc.vpi.record;

/** A record that does not exist, or that lies in a country the reader may not see. */
public class RecordNotFoundException extends RuntimeException {

  private final String recordType;
  private final long id;

  public RecordNotFoundException(String recordType, long id) {
    super(recordType + " " + id + " not found");
    this.recordType = recordType;
    this.id = id;
  }

  public String recordType() {
    return recordType;
  }

  public long id() {
    return id;
  }
}
