package org.unodc.vpi.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached every request that needs it gets 503 with a Retry-After, in
 * the reader's language, instead of a 500 (or a 401 from a sign-in that could not be checked):
 * problem details on {@code /api} and {@code /public}, engine-rest's JSON shape on engine-rest and
 * the webapps' APIs, a short page elsewhere. Caught wherever the failure surfaces: in a controller
 * (an exception resolver ahead of the API's own handlers), in a servlet filter such as engine-rest's
 * sign-in (a filter around all others), or in Spring Security's sign-in ({@link ApiSecurity}).
 * Engine-rest's resources are answered by {@link EngineErrorAnswers}.
 */
@Configuration
public class DatabaseOutageResponses {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageResponses.class);

  private final MessageSource messages;
  private final ObjectMapper json;

  public DatabaseOutageResponses(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
          if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
            throw e;
          }
          write(request, response, e);
        }
      }
    });
    registration.setName("database-outage");
    registration.addUrlPatterns("/*");
    // Around every other filter, engine-rest's sign-in and Spring Security included.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Ahead of the API's exception handlers, whose catch-all would answer 500. */
  @Bean
  public HandlerExceptionResolver databaseOutageResolver() {
    return new OutageResolver();
  }

  private final class OutageResolver implements HandlerExceptionResolver, Ordered {
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
        Exception e) {
      if (!DatabaseOutage.causedBy(e)) {
        return null;
      }
      try {
        write(request, response, e);
      } catch (IOException io) {
        return null;
      }
      return new ModelAndView();
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE + 1;
    }
  }

  /** Writes the 503 for this request, in the body its caller reads. */
  public void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
    LOG.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
        failure.getMessage());
    Locale locale = request.getLocale();
    String title = messages.getMessage("api.problem.unavailable.title", null, locale);
    String detail = messages.getMessage("api.problem.unavailable.detail", null, locale);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api/") || path.startsWith("/public/") || path.startsWith("/actuator/")) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "urn:unodc:vpi:problem:unavailable");
      problem.put("title", title);
      problem.put("status", 503);
      problem.put("detail", detail);
      problem.put("instance", path);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    } else if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), Map.of("type", "ServiceUnavailable", "message", detail));
    } else {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage())
          + "\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>"
          + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></body></html>");
    }
    response.flushBuffer();
  }
}
