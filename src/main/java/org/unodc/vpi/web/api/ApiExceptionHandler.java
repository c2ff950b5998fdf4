package org.unodc.vpi.web.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.unodc.vpi.account.UnknownAccountException;
import org.unodc.vpi.record.DuplicateRecordException;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.StaleRecordException;

/**
 * Every error of {@code /api} as RFC 9457 problem details in the reader's language: 400 with each
 * invalid field and why, 403, 404, 409 when the record changed since it was read. No stack traces.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    return ApiProblem.of(messages, locale(), HttpStatus.NOT_FOUND, "notFound", e.recordType(),
        String.valueOf(e.id()));
  }

  @ExceptionHandler(UnknownAccountException.class)
  ProblemDetail unknownAccount(UnknownAccountException e) {
    return ApiProblem.of(messages, locale(), HttpStatus.NOT_FOUND, "accountNotFound", e.userId());
  }

  @ExceptionHandler(StaleRecordException.class)
  ProblemDetail stale(StaleRecordException e) {
    ProblemDetail problem = ApiProblem.of(messages, locale(), HttpStatus.CONFLICT, "stale", e.recordType(),
        String.valueOf(e.id()), String.valueOf(e.sentVersion()), String.valueOf(e.currentVersion()));
    problem.setProperty("currentVersion", e.currentVersion());
    return problem;
  }

  /** Two writers passed the version check at the same moment; the later commit is refused. */
  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
  ProblemDetail conflict(RuntimeException e) {
    LOG.info("Concurrent change refused: {}", e.getMessage());
    return ApiProblem.of(messages, locale(), HttpStatus.CONFLICT, "conflict");
  }

  @ExceptionHandler(InvalidRecordException.class)
  ProblemDetail invalidRecord(InvalidRecordException e) {
    return ApiProblem.invalid(messages, locale(), e.problems().stream()
        .map(p -> new ApiProblem.FieldError(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale())))
        .toList());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return ApiProblem.of(messages, locale(), HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String hint = type != null && type.isEnum()
        ? Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")) : "";
    return invalidField(e.getName(), messages.getMessage("api.problem.badParameter.detail",
        new Object[] {e.getName(), e.getValue(), hint}, locale()));
  }

  // Races and conflicts (issue 12): what another request did at the same moment, never a 500.

  /** Another request stored the same unique value (a stakeholder's name) between our check and our insert. */
  @ExceptionHandler(DuplicateRecordException.class)
  ProblemDetail duplicate(DuplicateRecordException e) {
    LOG.info("Unique value taken at the same moment: {}", e.getMessage());
    ProblemDetail problem = ApiProblem.of(messages, locale(), HttpStatus.CONFLICT, "duplicate", e.value(), e.country());
    problem.setProperty("value", e.value());
    return problem;
  }

  /** Another request changed the same task (or its timers) at the same moment: the engine refused this one. */
  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    LOG.info("Concurrent engine change refused: {}", e.getMessage());
    return ApiProblem.of(messages, locale(), HttpStatus.CONFLICT, "concurrentChange");
  }

  @ExceptionHandler(TaskAlreadyClaimedException.class)
  ProblemDetail taskClaimed(TaskAlreadyClaimedException e) {
    return ApiProblem.of(messages, locale(), HttpStatus.CONFLICT, "taskClaimed");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Unexpected error in the API", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. Nothing was saved. Please try again later.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiProblem.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiProblem.FieldError(f.getField(), messages.getMessage(f, locale())))
        .sorted(java.util.Comparator.comparing(ApiProblem.FieldError::field))
        .toList();
    return ResponseEntity.badRequest().body(ApiProblem.invalid(messages, locale(), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiProblem.FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(error -> new ApiProblem.FieldError(
            r.getMethodParameter().getParameterName(), messages.getMessage(error, locale()))))
        .toList();
    return ResponseEntity.badRequest().body(ApiProblem.invalid(messages, locale(), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail malformed = malformedBody(e);
    if (malformed != null) {
      return ResponseEntity.badRequest().body(malformed);
    }
    String field = "body";
    String hint = "";
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
          && format.getTargetType().isEnum()) {
        hint = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
            .collect(Collectors.joining(", "));
        return ResponseEntity.badRequest().body(invalidField(field, messages.getMessage(
            "api.problem.badParameter.detail", new Object[] {field, format.getValue(), hint}, locale())));
      }
    }
    return ResponseEntity.badRequest().body(invalidField(field,
        messages.getMessage("api.problem.unreadable.detail", new Object[] {hint}, locale()).strip()));
  }

  // --- issue 12: malformed input ---------------------------------------------------------------

  /** A key sent twice or an empty entry in a list, named with its place; null for other bodies. */
  private ProblemDetail malformedBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidNullException nullEntry && !nullEntry.getPath().isEmpty()) {
      String field = fieldPath(nullEntry);
      return invalidField(field, messages.getMessage("api.problem.nullInList.detail", new Object[] {field}, locale()));
    }
    if (e.getCause() instanceof StreamReadException read
        && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")
        && read.getProcessor() != null) {
      String field = org.unodc.vpi.web.MalformedInputGuard.fieldOf(read.getProcessor().getParsingContext());
      return invalidField(field, messages.getMessage("input.body.duplicate", new Object[] {field}, locale()));
    }
    return null;
  }

  private static String fieldPath(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  /** An upload that is not a complete multipart body (no boundary, cut short). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> brokenUpload(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException) {
      ProblemDetail tooLarge = invalidField("file", messages.getMessage("input.body.tooLarge", new Object[] {6},
          locale()));
      tooLarge.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge);
    }
    LOG.info("Unreadable upload refused: {}", e.getMessage());
    return ResponseEntity.badRequest().body(invalidField("file",
        messages.getMessage("api.problem.brokenUpload.detail", null, locale())));
  }

  /** {@code page=2147483647}: a page beyond any count of rows Spring Data can address. */
  @ExceptionHandler(InvalidDataAccessApiUsageException.class)
  ProblemDetail pageBeyondReach(InvalidDataAccessApiUsageException e) {
    if (String.valueOf(e.getMessage()).contains("offset")) {
      return invalidField("page", messages.getMessage("api.problem.pageTooFar.detail", null, locale()));
    }
    return unexpected(e);
  }

  private ProblemDetail invalidField(String field, String message) {
    return ApiProblem.invalid(messages, locale(), List.of(new ApiProblem.FieldError(field, message)));
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
