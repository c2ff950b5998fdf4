package org.unodc.vpi.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes who changed what and when, in the same transaction as the change itself, so a change is
 * never stored without its audit entry nor the other way round.
 */
@Service
public class AuditTrail {

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";

  private final AuditEventRepository events;
  private final ObjectMapper json;
  private final Clock clock;

  public AuditTrail(AuditEventRepository events, ObjectMapper json, Clock clock) {
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** Records a new record with all its audited fields as "after" values. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void created(String recordType, long id, String country, String actor,
      Map<String, Object> fields) {
    write(recordType, id, country, CREATED, actor, diff(Map.of(), fields));
  }

  /** Records the fields that differ between the two snapshots; nothing if none differ. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void updated(String recordType, long id, String country, String actor,
      Map<String, Object> before, Map<String, Object> after) {
    Map<String, List<Object>> changes = diff(before, after);
    if (!changes.isEmpty()) {
      write(recordType, id, country, UPDATED, actor, changes);
    }
  }

  /** Records an event described by the caller, e.g. a decision or a progress report. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void event(String recordType, long id, String country, String action, String actor,
      Map<String, Object> fields) {
    write(recordType, id, country, action, actor, diff(Map.of(), fields));
  }

  public List<AuditEvent> historyOf(String recordType, long id) {
    return events.findByRecordTypeAndRecordIdOrderByChangedAtAscIdAsc(recordType, id);
  }

  static Map<String, List<Object>> diff(Map<String, Object> before, Map<String, Object> after) {
    Map<String, List<Object>> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : after.entrySet()) {
      Object old = before.get(field.getKey());
      if (!Objects.equals(old, field.getValue())) {
        changes.put(field.getKey(), java.util.Arrays.asList(old, field.getValue()));
      }
    }
    return changes;
  }

  private void write(String recordType, long id, String country, String action, String actor,
      Map<String, List<Object>> changes) {
    try {
      events.save(new AuditEvent(recordType, id, country, action, actor, clock.instant(),
          json.writeValueAsString(changes)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audited values must be plain JSON values", e);
    }
  }
}
