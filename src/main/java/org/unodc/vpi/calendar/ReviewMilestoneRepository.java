package org.unodc.vpi.calendar;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ReviewMilestoneRepository extends JpaRepository<ReviewMilestone, Long>,
    JpaSpecificationExecutor<ReviewMilestone> {}
