package org.unodc.vpi.workflow.form;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form field's {@code conditional.hide} expression. form-js evaluates FEEL in the browser; the
 * server understands only {@code =key = "value"} and {@code =key != "value"}, and the model check
 * refuses any other shape, so browser and server always agree on which fields count.
 */
public record HideCondition(String key, boolean negated, String value) {

  private static final Pattern SHAPE =
      Pattern.compile("^=\\s*([A-Za-z][A-Za-z0-9]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

  /** Parses a hide expression, or fails with a message naming the unsupported shape. */
  public static HideCondition parse(String expression) {
    Matcher m = SHAPE.matcher(Objects.requireNonNull(expression));
    if (!m.matches()) {
      throw new IllegalArgumentException("Unsupported hide condition '" + expression
          + "': use =key = \"value\" or =key != \"value\"");
    }
    return new HideCondition(m.group(1), "!=".equals(m.group(2)), m.group(3));
  }

  /** Whether the field is hidden, given the values the form holds. */
  public boolean hides(Function<String, Object> values) {
    Object current = values.apply(key);
    boolean equal = current != null && value.equals(current.toString());
    return negated != equal;
  }

  /** Convenience for tests and callers holding a plain map. */
  public boolean hides(Map<String, ?> values) {
    return hides(values::get);
  }
}
