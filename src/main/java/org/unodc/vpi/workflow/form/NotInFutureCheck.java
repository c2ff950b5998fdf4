package org.unodc.vpi.workflow.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.EngineDays;

/**
 * A day on which something was held or done cannot be in the future: a meeting recorded before it
 * took place would move what is scheduled from it (the Advisory Council's next meeting). One day of
 * allowance for the time zones ahead of UTC. Days are read on the engine's clock.
 */
@Component
public class NotInFutureCheck implements FieldCheck {

  @Override
  public String name() {
    return "notInFuture";
  }

  @Override
  public boolean accepts(Object value) {
    try {
      LocalDate day = LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
      return !day.isAfter(EngineDays.today().plusDays(1));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      // The form's date format check reports a malformed date.
      return true;
    }
  }
}
