package org.unodc.vpi.web.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.unodc.vpi.record.AuditEvent;

/** One change in a record's history: who, when, and each changed field as [before, after]. */
public record AuditEntryView(String action, String changedBy, Instant changedAt, @JsonRawValue String changes) {

  static AuditEntryView of(AuditEvent event) {
    return new AuditEntryView(event.getAction(), event.getChangedBy(), event.getChangedAt(), event.getChanges());
  }
}
