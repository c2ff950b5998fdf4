package org.unodc.vpi.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

  List<AuditEvent> findByRecordTypeAndRecordIdOrderByChangedAtAscIdAsc(String recordType, long recordId);
}
