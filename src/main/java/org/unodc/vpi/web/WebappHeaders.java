package org.unodc.vpi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers the Camunda webapps do not send themselves (they send a content security policy and
 * {@code X-Content-Type-Options}): no framing by other sites for browsers that ignore the policy's
 * {@code frame-ancestors}, and no full addresses (task ids) leaked to other sites in the Referer.
 */
@Configuration
public class WebappHeaders {

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> webappHeadersFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
      }
    });
    registration.setName("webapp-headers");
    registration.addUrlPatterns("/camunda/*", "/engine-rest/*");
    return registration;
  }
}
