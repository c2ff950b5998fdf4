package org.unodc.vpi.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByActionItemIdOrderByReportedOnAscIdAsc(Long actionItemId);

  List<ProgressReport> findByInitiativeIdAndActionItemIdIsNullOrderByReportedOnAscIdAsc(Long initiativeId);

  List<ProgressReport> findByInitiativeIdAndActionItemIdIsNotNullOrderByReportedOnAscIdAsc(Long initiativeId);
}
