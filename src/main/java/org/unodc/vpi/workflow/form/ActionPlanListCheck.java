package org.unodc.vpi.workflow.form;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionPlanLines;

/** An action plan the records can read: each line "action; owner; due date". */
@Component
public class ActionPlanListCheck implements FieldCheck {

  @Override
  public String name() {
    return "actionPlanList";
  }

  @Override
  public boolean accepts(Object value) {
    return refusal(value).isEmpty();
  }

  @Override
  public Optional<List<Object>> refusal(Object value) {
    return ActionPlanLines.firstBadLine(value.toString())
        .map(line -> List.of(String.valueOf(line.number()), line.text()));
  }
}
