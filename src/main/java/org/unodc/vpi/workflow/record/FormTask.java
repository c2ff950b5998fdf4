package org.unodc.vpi.workflow.record;

import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.COUNTRY;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed reads of a completed form task's variables, and who completed it. */
public final class FormTask {

  private final DelegateTask task;

  FormTask(DelegateTask task) {
    this.task = task;
  }

  public String country() {
    return text(COUNTRY);
  }

  public long initiativeId() {
    return ((Number) task.getVariable(INITIATIVE_ID)).longValue();
  }

  public String text(String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  public Integer number(String name) {
    Object value = task.getVariable(name);
    return value instanceof Number number ? number.intValue() : null;
  }

  /** Form dates arrive as ISO text (2026-10-15), possibly with a time part. */
  public LocalDate date(String name) {
    String value = text(name);
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  /** The user who completed the task: the signed-in user, else the assignee, else the engine. */
  public String actor() {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "process-engine";
  }
}
