package org.unodc.vpi.record;

import java.util.List;

/**
 * A record the service refuses for a reason the request's shape cannot show, such as a name that
 * is already registered. Each problem names the field, a message key and its arguments.
 */
public class InvalidRecordException extends RuntimeException {

  /** One refused field; {@code messageKey} is looked up in the message bundles. */
  public record Problem(String field, String messageKey, Object... arguments) {}

  private final List<Problem> problems;

  public InvalidRecordException(List<Problem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
    this.problems = List.copyOf(problems);
  }

  public InvalidRecordException(String field, String messageKey, Object... arguments) {
    this(List.of(new Problem(field, messageKey, arguments)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
