package org.unodc.vpi.priority;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PriorityRepository extends JpaRepository<Priority, Long>, JpaSpecificationExecutor<Priority> {

  List<Priority> findByInitiativeIdOrderByPosition(Long initiativeId);
}
