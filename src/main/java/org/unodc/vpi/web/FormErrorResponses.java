package org.unodc.vpi.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Some engine-rest endpoints (such as starting a process with {@code /start}) answer every engine
 * error with 500, even a form the user filled in wrongly. This answers those with 400 and the
 * message that says what to fix; any other error keeps Camunda's own answer.
 */
@Component
public class FormErrorResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(FormErrorMapper.class);
  }

  /** Takes precedence over Camunda's mapper for the same exception type. */
  @Priority(1)
  public static class FormErrorMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaAnswer = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          ExceptionDto body = ExceptionDto.fromException(exception);
          body.setType("InvalidRequestException");
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
      }
      return camundaAnswer.toResponse(exception);
    }
  }
}
