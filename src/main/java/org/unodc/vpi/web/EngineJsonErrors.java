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
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A JSON body engine-rest cannot map onto its request (a list where an object belongs, text for a
 * number): Camunda answers with Jackson's own message, which names its classes. This answers 400
 * in the engine's error format with the field and what to send instead. Registered, like
 * {@link EngineErrorAnswers}, in every Jersey application through forced auto-discovery
 * (META-INF/services): engine-rest and the webapps' copy of it ({@code /camunda/api/engine}).
 */
public final class EngineJsonErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    // One mapper per exact type: Jersey takes the mapper of the nearest type before any priority.
    if (!context.getConfiguration().isRegistered(MappingErrors.class)) {
      context.register(MappingErrors.class);
      context.register(ParseErrors.class);
      context.register(OtherJsonErrors.class);
    }
  }

  /** The bundles, found through the servlet context: the webapps' Jersey applications are no Spring beans. */
  abstract static class Mapper {
    @Context private ServletContext servletContext;

    Response answer(JsonProcessingException e) {
      return EngineJsonErrors.answer(WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
          .getBean(MessageSource.class), e);
    }
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
  public static final class MappingErrors extends Mapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
      return answer(e);
    }
  }

  @Priority(1)
  public static final class ParseErrors extends Mapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
      return answer(e);
    }
  }

  @Priority(1)
  public static final class OtherJsonErrors extends Mapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return answer(e);
    }
  }
}
