package org.unodc.vpi.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs API users in against the engine's users, the same accounts as Tasklist and engine-rest,
 * and carries their groups and tenants along as an {@link ApiUser}.
 */
@Component
public class EngineUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  public EngineUserAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    Set<String> roles = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    Set<String> countries = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).collect(Collectors.toSet());
    ApiUser user = new ApiUser(userId, roles, countries);
    List<SimpleGrantedAuthority> authorities = roles.stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
