package org.unodc.vpi.roster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RevmodParticipantRepository extends JpaRepository<RevmodParticipant, Long>,
    JpaSpecificationExecutor<RevmodParticipant> {}
