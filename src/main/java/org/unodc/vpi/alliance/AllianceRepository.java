package org.unodc.vpi.alliance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AllianceRepository extends JpaRepository<Alliance, Long>, JpaSpecificationExecutor<Alliance> {

  Optional<Alliance> findByInitiativeId(Long initiativeId);
}
