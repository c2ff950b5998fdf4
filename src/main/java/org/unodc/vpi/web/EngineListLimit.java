package org.unodc.vpi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine-rest lists give at most {@value #MAX_RESULTS} rows per call, like {@code /api} pages: a
 * {@code maxResults} above that is lowered to it (a caller pages on with {@code firstResult}).
 * Without this, {@code maxResults=100000000} reads every row of a table into memory.
 *
 * <p>A list asked for without {@code maxResults} is left as it is: Tasklist, Cockpit and Admin ask
 * for some lists whole (process definitions, filters, groups), and the engine's own
 * {@code queryMaxResultsLimit} would refuse those calls instead of capping them.
 */
@Configuration
public class EngineListLimit {

  static final int MAX_RESULTS = 200;
  private static final String PARAMETER = "maxResults";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> engineListLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit());
    registration.setName("engine-list-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(4);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String query = request.getQueryString();
      String capped = query == null ? null : capped(query);
      chain.doFilter(capped == null || capped.equals(query) ? request : new CappedQuery(request, capped), response);
    }

    /**
     * The query string with every maxResults above the cap lowered to it. Names and values are
     * compared decoded, as Jersey reads them: {@code max%52esults=%31%30...} is a maxResults too.
     */
    static String capped(String query) {
      List<String> pairs = new ArrayList<>();
      for (String pair : query.split("&", -1)) {
        String[] nameAndValue = pair.split("=", 2);
        String name = MalformedInputGuard.Guard.decode(nameAndValue[0]);
        String value = nameAndValue.length == 2 ? MalformedInputGuard.Guard.decode(nameAndValue[1]) : null;
        if (PARAMETER.equals(name) && value != null && tooMany(value)) {
          pairs.add(PARAMETER + "=" + MAX_RESULTS);
        } else {
          pairs.add(pair);
        }
      }
      return String.join("&", pairs);
    }

    private static boolean tooMany(String value) {
      if (!value.matches("\\d{1,30}")) {
        return false; // not a count: the engine refuses it
      }
      return value.length() > 9 || Integer.parseInt(value) > MAX_RESULTS;
    }
  }

  /** The request as if the caller had asked for at most the cap. */
  private static final class CappedQuery extends HttpServletRequestWrapper {

    private final String query;

    CappedQuery(HttpServletRequest request, String query) {
      super(request);
      this.query = query;
    }

    @Override
    public String getQueryString() {
      return query;
    }

    @Override
    public String getParameter(String name) {
      return PARAMETER.equals(name) && super.getParameter(name) != null ? capped(super.getParameter(name))
          : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = super.getParameterValues(name);
      if (!PARAMETER.equals(name) || values == null) {
        return values;
      }
      return java.util.Arrays.stream(values).map(CappedQuery::capped).toArray(String[]::new);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.computeIfPresent(PARAMETER, (name, values) -> getParameterValues(name));
      return Collections.unmodifiableMap(parameters);
    }

    private static String capped(String value) {
      return Limit.tooMany(value) ? String.valueOf(MAX_RESULTS) : value;
    }
  }
}
