package org.unodc.vpi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * {@code /public} is what anyone may read without signing in: published results reports only; and
 * {@code /actuator/health}, the platform's status (UP or DOWN, nothing more) for monitoring, and its
 * liveness and readiness probes.
 * Reads only (any other method is refused), no session, no sign-in, and headers that keep the
 * JSON from being framed, sniffed or cached. {@code /api} keeps its own, signed-in chain.
 */
@Configuration
public class PublicSecurity {

  @Bean
  SecurityFilterChain publicSecurityFilterChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/public/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/public/**", "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll()
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // Nothing here changes state and every other method is refused: no token to protect.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .build();
  }
}
