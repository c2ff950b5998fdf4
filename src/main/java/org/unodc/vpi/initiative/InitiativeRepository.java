package org.unodc.vpi.initiative;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InitiativeRepository extends JpaRepository<Initiative, Long>, JpaSpecificationExecutor<Initiative> {}
