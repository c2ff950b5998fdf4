package org.unodc.vpi.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A JSON body engine-rest cannot map onto its request (a list where an object belongs, text for a
 * number): Camunda answers with Jackson's own message, which names its classes. This answers 400
 * in the engine's error format with the field and what to send instead.
 */
@Component
public class EngineJsonErrors implements ResourceConfigCustomizer {

  private final MessageSource messages;

  public EngineJsonErrors(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    // One mapper per exact type: Jersey takes the mapper of the nearest type before any priority.
    config.register(new MappingErrors(messages));
    config.register(new ParseErrors(messages));
    config.register(new OtherJsonErrors(messages));
  }

  static Response answer(MessageSource messages, JsonProcessingException e) {
    String field = "body";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
    String message = messages.getMessage("engine.body.unreadable", new Object[] {field},
        LocaleContextHolder.getLocale());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", message)).build();
  }

  @Priority(1)
  public static final class MappingErrors implements ExceptionMapper<JsonMappingException> {
    private final MessageSource messages;

    MappingErrors(MessageSource messages) {
      this.messages = messages;
    }

    @Override
    public Response toResponse(JsonMappingException e) {
      return answer(messages, e);
    }
  }

  @Priority(1)
  public static final class ParseErrors implements ExceptionMapper<JsonParseException> {
    private final MessageSource messages;

    ParseErrors(MessageSource messages) {
      this.messages = messages;
    }

    @Override
    public Response toResponse(JsonParseException e) {
      return answer(messages, e);
    }
  }

  @Priority(1)
  public static final class OtherJsonErrors implements ExceptionMapper<JsonProcessingException> {
    private final MessageSource messages;

    OtherJsonErrors(MessageSource messages) {
      this.messages = messages;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
      return answer(messages, e);
    }
  }
}
