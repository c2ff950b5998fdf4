package org.unodc.vpi.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Some engine-rest endpoints (such as starting a process with {@code /start}) answer every engine
 * error with 500, even a form the user filled in wrongly or a task that is already done. This
 * answers those with 400 (with the message that says what to fix) and 404; any other error keeps
 * Camunda's own answer. Used by {@link EngineErrorAnswers}, which answers the server's own failures.
 */
public final class FormErrorResponses {

  private FormErrorResponses() {}

  public static class FormErrorMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaAnswer = new RestExceptionHandler();
    private final MessageSource messages;

    FormErrorMapper(MessageSource messages) {
      this.messages = messages;
    }

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          return answer(Response.Status.BAD_REQUEST, exception);
        }
        // An object, JSON or XML value the engine has no format for: no form ever sends one.
        if (String.valueOf(cause.getMessage()).startsWith("Cannot find serializer for value")) {
          ExceptionDto body = ExceptionDto.fromException(exception);
          body.setType("InvalidRequestException");
          body.setMessage(messages.getMessage("request.unsupportedValue", null, LocaleContextHolder.getLocale()));
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        // Typically a task someone else completed meanwhile: it is gone, not broken.
        if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).contains("Cannot find")) {
          return answer(Response.Status.NOT_FOUND, exception);
        }
      }
      return camundaAnswer.toResponse(exception);
    }

    private static Response answer(Response.Status status, RestException exception) {
      ExceptionDto body = ExceptionDto.fromException(exception);
      body.setType("InvalidRequestException");
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
