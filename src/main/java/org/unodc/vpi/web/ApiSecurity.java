package org.unodc.vpi.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security guards {@code /api} only: HTTP basic with the platform's users, no session, so
 * no cookie a forged request could ride on (hence no CSRF token). The Camunda webapps and
 * engine-rest keep their own authentication, CSRF protection and headers.
 */
@Configuration
public class ApiSecurity {

  @Bean
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, MessageSource messages, ObjectMapper json,
      DatabaseOutageResponses outage) throws Exception {
    AuthenticationEntryPoint signIn = (request, response, e) -> {
      if (DatabaseOutage.causedBy(e)) {
        // The password could not be checked: not the caller's fault, and trying again later will work.
        outage.write(request, response, e);
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"VPI platform\"");
      write(json, response, problem(messages, request.getLocale(), HttpStatus.UNAUTHORIZED, "unauthenticated"));
    };
    AccessDeniedHandler denied = (request, response, e) ->
        write(json, response, problem(messages, request.getLocale(), HttpStatus.FORBIDDEN, "forbidden"));
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(signIn).accessDeniedHandler(denied))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static ProblemDetail problem(MessageSource messages, Locale locale, HttpStatus status, String name) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        messages.getMessage("api.problem." + name + ".detail", new Object[] {""}, locale));
    problem.setTitle(messages.getMessage("api.problem." + name + ".title", null, locale));
    problem.setType(java.net.URI.create("urn:unodc:vpi:problem:" + name));
    return problem;
  }

  private static void write(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem)
      throws java.io.IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
