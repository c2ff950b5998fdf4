package org.unodc.vpi.web;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.unodc.vpi.record.DuplicateRecordException;

/**
 * The answers of engine-rest and of the webapps' copy of it ({@code /camunda/api/engine}, and the
 * Cockpit, Tasklist and Admin APIs) for what goes wrong on the server's side, in engine-rest's own
 * JSON shape ({@code {type, message, code}}) so Tasklist and Cockpit show the message as usual:
 * <ul>
 *   <li>409 when another request changed or claimed the same task or record at the same moment
 *       (the engine's optimistic locking), or stored the same unique value;</li>
 *   <li>404 for an id the engine cannot find (Camunda answers some of those with 500);</li>
 *   <li>503 with Retry-After while the database cannot be reached;</li>
 *   <li>any other 500 says only that nothing was saved: the engine's message (often the SQL, a class
 *       name or a NullPointerException) goes to the log, not to the caller.</li>
 * </ul>
 * Types are labels, not class names: Conflict, InvalidRequestException (Camunda's, for 404),
 * ServiceUnavailable, ServerError. Messages come from the bundles, in the request's language. Registered in every Jersey
 * application of the platform through Jersey's forced auto-discovery (META-INF/services), since the
 * webapps' applications are not Spring Boot's Jersey configuration.
 */
public final class EngineErrorAnswers implements ForcedAutoDiscoverable {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);

  /** A qualified Java class name or SQL in a message: never shown to the caller. */
  private static final Pattern INTERNALS = Pattern.compile(
      "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|###"
          + "|(?i:\\binsert into\\b|\\bdelete from\\b|\\bunique index\\b|\\bsql ?state\\b|\\bsql statement\\b)");

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(AnyFailure.class)) {
      context.register(AnyFailure.class);
      context.register(EngineFailure.class);
      context.register(RequestFailure.class);
    }
  }

  /** Replaces Camunda's answer to every other throwable (a NullPointerException, Spring's errors). */
  @Priority(1)
  public static class AnyFailure extends Mapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable failure) {
      return answer(failure);
    }
  }

  /** Replaces Camunda's answer to engine exceptions. */
  @Priority(1)
  public static class EngineFailure extends Mapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException failure) {
      return answer(failure);
    }
  }

  /**
   * Replaces Camunda's answer to the engine exceptions its resources wrap (such as "Cannot complete
   * task"): form errors first keep the answer {@link FormErrorResponses} gives them.
   */
  @Priority(1)
  public static class RequestFailure extends Mapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException failure) {
      Response special = specialAnswer(failure);
      if (special != null) {
        return special;
      }
      Response form = new FormErrorResponses.FormErrorMapper(messages()).toResponse(failure);
      return form.getStatus() >= 500 ? answer(failure) : form;
    }
  }

  abstract static class Mapper {

    @Context private ServletContext servletContext;
    @Context private UriInfo uri;

    MessageSource messages() {
      return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(MessageSource.class);
    }

    Response answer(Throwable failure) {
      Response special = specialAnswer(failure);
      if (special != null) {
        return special;
      }
      if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        // JAX-RS's own answers (unknown path, wrong method, the webapps' sign-in): status and headers kept.
        return web.getResponse().hasEntity() ? web.getResponse() : Response.fromResponse(web.getResponse())
            .entity(ExceptionHandlerHelper.getInstance().fromException(failure)).type(MediaType.APPLICATION_JSON_TYPE)
            .build();
      }
      if (failure instanceof NullPointerException && isUnknownTask()) {
        // The engine's deployed-form command reads the task before checking that there is one.
        return json(Response.Status.NOT_FOUND, "InvalidRequestException", text("api.problem.engineNotFound.detail"));
      }
      Response.Status status = ExceptionHandlerHelper.getInstance().getStatus(failure);
      if (status.getStatusCode() >= 500) {
        LOG.error("Engine request failed", failure);
        return json(Response.Status.INTERNAL_SERVER_ERROR, "ServerError", text("api.problem.serverError.detail"));
      }
      Response camunda = ExceptionHandlerHelper.getInstance().getResponse(failure);
      if (camunda.getEntity() instanceof ExceptionDto body && body.getMessage() != null
          && INTERNALS.matcher(body.getMessage()).find()) {
        LOG.info("Engine request refused: {}", body.getMessage());
        body.setMessage(text("api.problem.engineRefused.detail"));
      }
      return camunda;
    }

    /** The answers that do not depend on what Camunda would have said, or null. */
    Response specialAnswer(Throwable failure) {
      if (DatabaseOutage.causedBy(failure)) {
        LOG.warn("Engine request failed: the database cannot be reached ({})", failure.getMessage());
        return Response.fromResponse(json(Response.Status.SERVICE_UNAVAILABLE, "ServiceUnavailable",
            text("api.problem.unavailable.detail")))
            .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
      }
      for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
        if (cause instanceof TaskAlreadyClaimedException) {
          return json(Response.Status.CONFLICT, "Conflict", text("api.problem.taskClaimed.detail"));
        }
        if (cause instanceof OptimisticLockingException) {
          LOG.info("Concurrent change refused: {}", cause.getMessage());
          return json(Response.Status.CONFLICT, "Conflict",
              text("api.problem.concurrentChange.detail"));
        }
        if (cause instanceof DuplicateRecordException duplicate) {
          return json(Response.Status.CONFLICT, "Conflict", text("api.problem.duplicate.detail",
              duplicate.value(), duplicate.country()));
        }
        if (cause instanceof NotFoundException || cause instanceof NullValueException && isNotFound(cause)) {
          return json(Response.Status.NOT_FOUND, "InvalidRequestException", text("api.problem.engineNotFound.detail"));
        }
      }
      if (DuplicateRecordException.isUniqueViolation(failure)) {
        return json(Response.Status.CONFLICT, "Conflict", text("api.problem.conflict.detail"));
      }
      return null;
    }

    /** A request on {@code task/{id}/...} whose task the caller cannot see, or that does not exist. */
    private boolean isUnknownTask() {
      List<PathSegment> path = uri == null ? List.of() : uri.getPathSegments();
      for (int i = 0; i + 1 < path.size(); i++) {
        if ("task".equals(path.get(i).getPath())) {
          String taskId = path.get(i + 1).getPath();
          TaskService tasks = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
              .getBean(TaskService.class);
          return tasks.createTaskQuery().taskId(taskId).count() == 0;
        }
      }
      return false;
    }

    private static boolean isNotFound(Throwable cause) {
      String message = String.valueOf(cause.getMessage());
      return message.contains("Cannot find") || message.contains("does not exist") || message.contains("doesn't exist")
          || message.contains("No task found") || message.contains("not found");
    }

    private String text(String key, Object... arguments) {
      return messages().getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static Response json(Response.Status status, String type, String message) {
      ExceptionDto body = new ExceptionDto();
      body.setType(type);
      body.setMessage(message);
      return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
  }
}
