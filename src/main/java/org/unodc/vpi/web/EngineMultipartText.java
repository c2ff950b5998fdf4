package org.unodc.vpi.web;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Map;
import org.apache.commons.fileupload.InvalidFileNameException;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The multipart bodies of engine-rest ({@code POST .../variables/{name}/data}) checked as
 * {@link MalformedInputGuard} checks JSON: no NUL or half surrogate pair in a part's name, a file
 * name or a text part ({@code valueType}, {@code objectTypeName}), else 400 naming the part. The
 * {@code data} part is the value itself and may be binary. Checked on what Camunda parsed, so the
 * body is read once; a NUL in a file name, which commons-fileupload throws on (a 500 in Camunda),
 * is answered here too. Registered in every Jersey application (META-INF/services).
 */
public final class EngineMultipartText implements ForcedAutoDiscoverable {

  private static final String VALUE_PART = "data";

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(Check.class)) {
      context.register(Check.class);
    }
  }

  @Priority(1)
  public static final class Check implements ReaderInterceptor {

    @Context private ServletContext servletContext;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      Object body;
      try {
        body = context.proceed();
      } catch (RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof InvalidFileNameException) {
            throw refused("filename");
          }
        }
        throw e;
      }
      if (body instanceof MultipartFormData form) {
        for (String name : form.getPartNames()) {
          MultipartFormData.FormPart part = form.getNamedPart(name);
          boolean text = part.getFileName() == null && !VALUE_PART.equals(name);
          if (!MalformedInputGuard.Guard.storable(name)
              || part.getFileName() != null && !MalformedInputGuard.Guard.storable(part.getFileName())
              || text && part.getTextContent() != null && !MalformedInputGuard.Guard.storable(part.getTextContent())) {
            throw refused(name);
          }
        }
      }
      return body;
    }

    private WebApplicationException refused(String part) {
      MessageSource messages = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
          .getBean(MessageSource.class);
      String shown = part.replace("\u0000", "\\u0000");
      String message = messages.getMessage("input.text.notStorable", new Object[] {shown},
          LocaleContextHolder.getLocale());
      return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "InvalidRequestException", "message", message)).build());
    }
  }
}
