package org.unodc.vpi.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

  Optional<Meeting> findFirstByInitiativeIdAndKindOrderByIdDesc(Long initiativeId, MeetingKind kind);
}
