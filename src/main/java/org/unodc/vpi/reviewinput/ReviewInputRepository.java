package org.unodc.vpi.reviewinput;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ReviewInputRepository extends JpaRepository<ReviewInput, Long>,
    JpaSpecificationExecutor<ReviewInput> {}
