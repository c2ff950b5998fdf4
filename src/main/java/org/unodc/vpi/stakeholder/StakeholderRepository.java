package org.unodc.vpi.stakeholder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StakeholderRepository
    extends JpaRepository<StakeholderOrganisation, Long>, JpaSpecificationExecutor<StakeholderOrganisation> {

  Optional<StakeholderOrganisation> findByCountryAndNameKey(String country, String nameKey);

  List<StakeholderOrganisation> findByCountryAndNameKeyIn(String country, Collection<String> nameKeys);
}
