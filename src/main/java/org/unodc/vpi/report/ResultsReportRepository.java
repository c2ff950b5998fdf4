package org.unodc.vpi.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

  Optional<ResultsReport> findByInitiativeId(Long initiativeId);
}
