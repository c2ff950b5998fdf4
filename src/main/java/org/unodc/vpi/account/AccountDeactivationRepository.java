package org.unodc.vpi.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountDeactivationRepository extends JpaRepository<AccountDeactivation, String> {}
