package org.unodc.vpi.nationalproject;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface NationalProjectRepository extends JpaRepository<NationalProject, Long>,
    JpaSpecificationExecutor<NationalProject> {}
