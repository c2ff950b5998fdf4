package org.unodc.vpi.actionplan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long>, JpaSpecificationExecutor<ActionItem> {

  List<ActionItem> findByInitiativeIdOrderById(Long initiativeId);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from ActionItem i where i.id = :id")
  Optional<ActionItem> lockById(Long id);

  /** Holds the VPI's row until the transaction ends: see {@link ActionPlan#openItemIds(long)}. */
  @Query(value = "select id from vpi_initiative where id = :initiativeId for update", nativeQuery = true)
  List<Long> holdPlanOf(Long initiativeId);
}
