package org.unodc.vpi.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.identity.Roles;

/**
 * Who has an account, in which role and country, and whose access was ended: what a coordinator
 * needs before inviting someone again or deactivating them. A few queries per role and country,
 * not per person, so the list stays quick with hundreds of accounts.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

  /** One person; {@code country} null for coordinators, {@code active} false once deactivated. */
  public record Account(String userId, String firstName, String lastName, String email, String role,
      String country, boolean active) {}

  private final IdentityService identity;
  private final AccountDeactivationRepository deactivations;

  public AccountDirectory(IdentityService identity, AccountDeactivationRepository deactivations) {
    this.identity = identity;
    this.deactivations = deactivations;
  }

  /** Every account with a role, then the deactivated ones; {@code country} null for all countries. */
  public List<Account> list(String country) {
    Map<String, String> countryOf = new HashMap<>();
    for (Tenant tenant : identity.createTenantQuery().list()) {
      identity.createUserQuery().memberOfTenant(tenant.getId()).list()
          .forEach(user -> countryOf.put(user.getId(), tenant.getId()));
    }
    List<Account> accounts = new ArrayList<>();
    for (String role : Roles.ALL) {
      for (User user : identity.createUserQuery().memberOfGroup(role).list()) {
        accounts.add(new Account(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), role,
            countryOf.get(user.getId()), true));
      }
    }
    for (AccountDeactivation gone : deactivations.findAll()) {
      User user = identity.createUserQuery().userId(gone.getUserId()).singleResult();
      if (user != null) {
        accounts.add(new Account(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
            gone.getRole(), gone.getCountry(), false));
      }
    }
    return accounts.stream()
        .filter(a -> country == null || country.equals(a.country()))
        .sorted(Comparator.comparing(Account::active).reversed().thenComparing(Account::userId))
        .toList();
  }
}
