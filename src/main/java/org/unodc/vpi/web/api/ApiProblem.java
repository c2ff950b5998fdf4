package org.unodc.vpi.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with titles and details from the message bundles. */
final class ApiProblem {

  /** One refused field and why, in the reader's language. */
  record FieldError(String field, String message) {}

  private ApiProblem() {}

  static ProblemDetail of(HttpStatus status, String name, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:unodc:vpi:problem:" + name));
    problem.setTitle(title);
    return problem;
  }

  static ProblemDetail of(MessageSource messages, Locale locale, HttpStatus status, String name,
      Object... detailArguments) {
    return of(status, name, messages.getMessage("api.problem." + name + ".title", null, locale),
        messages.getMessage("api.problem." + name + ".detail", detailArguments, locale));
  }

  static ProblemDetail invalid(MessageSource messages, Locale locale, List<FieldError> errors) {
    ProblemDetail problem = of(messages, locale, HttpStatus.BAD_REQUEST, "invalid");
    problem.setProperty("errors", errors);
    return problem;
  }
}
