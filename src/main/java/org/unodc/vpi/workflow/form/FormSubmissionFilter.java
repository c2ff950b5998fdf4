package org.unodc.vpi.workflow.form;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Prepares a task form submission before anything of it is written:
 * <ul>
 *   <li>refuses values that are not plain (objects, JSON, files...): the engine cannot even read
 *       an object of an unknown class back, so it must never be stored;</li>
 *   <li>drops read-only fields whose value is the stored one (an empty field counts as no value). Tasklist submits them along with the
 *       inputs, and writing an unchanged value back would still count as a change; a changed one
 *       is left in, for {@link FormSubmissionCheck} to refuse.</li>
 * </ul>
 */
class FormSubmissionFilter implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final FormDefinition form;
  private final FormSubmissionCheck check;

  FormSubmissionFilter(TaskFormHandler delegate, FormSubmissionCheck check) {
    this.delegate = delegate;
    this.form = check.form();
    this.check = check;
  }

  @Override
  public void submitFormVariables(VariableMap submitted, VariableScope scope) {
    Map<String, String> types = new TreeMap<>();
    submitted.keySet().forEach(name -> types.put(name, FormValueTypes.nameOf(submitted.getValueTyped(name))));
    check.refuseUnless(types);
    VariableMap kept = Variables.createVariables();
    submitted.forEach((name, value) -> {
      boolean readonly = form.field(name).map(f -> !f.isInput()).orElse(false);
      if (!readonly || !sameValue(value, scope.getVariable(name))) {
        kept.putValueTyped(name, submitted.getValueTyped(name));
      }
    });
    delegate.submitFormVariables(kept, scope);
  }

  /** An empty read-only field comes back as "" when nothing was stored: both mean "no value". */
  private static boolean sameValue(Object submitted, Object stored) {
    return Objects.equals(blankToNull(submitted), blankToNull(stored));
  }

  private static Object blankToNull(Object value) {
    return value instanceof String text && text.isEmpty() ? null : value;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }
}
