package org.unodc.vpi.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long>, JpaSpecificationExecutor<ActionItem> {

  List<ActionItem> findByInitiativeIdOrderById(Long initiativeId);
}
