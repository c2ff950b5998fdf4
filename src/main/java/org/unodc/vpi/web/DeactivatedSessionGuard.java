package org.unodc.vpi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unodc.vpi.account.AccountDeactivations;

/**
 * The webapps keep who signed in in the HTTP session and re-read it only every few minutes. A
 * coordinator who deactivates an account expects it gone now: this ends the session of a
 * deactivated user on their very next request (their password already fails everywhere else).
 */
@Configuration
public class DeactivatedSessionGuard {

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> deactivatedSessionGuardFilter(AccountDeactivations accounts) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(accounts));
    registration.setName("deactivated-session-guard");
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    private final AccountDeactivations accounts;

    Guard(AccountDeactivations accounts) {
      this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (signedIn != null && signedIn.getAuthentications().stream().map(Authentication::getIdentityId)
          .anyMatch(accounts::isDeactivated)) {
        session.invalidate();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
          // The webapp's own answer to a call without a session: it then shows the sign-in page.
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
      }
      chain.doFilter(request, response);
    }
  }
}
