package org.unodc.vpi.workflow.form;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unodc.vpi.stakeholder.StakeholderLines;

/** A stakeholder list the register can read: each line "name; type; contact e-mail". */
@Component
public class StakeholderListCheck implements FieldCheck {

  @Override
  public String name() {
    return "stakeholderList";
  }

  @Override
  public boolean accepts(Object value) {
    return refusal(value).isEmpty();
  }

  @Override
  public Optional<List<Object>> refusal(Object value) {
    return StakeholderLines.firstBadLine(value.toString())
        .map(line -> List.of(String.valueOf(line.number()), line.text()));
  }
}
