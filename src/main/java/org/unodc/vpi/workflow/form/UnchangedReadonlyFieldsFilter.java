package org.unodc.vpi.workflow.form;

import java.util.Objects;
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
 * Tasklist submits a form's read-only fields along with its inputs. Writing an unchanged value
 * back would still count as a change, so this drops read-only fields whose value is the stored
 * one before the form is submitted; a changed one is left in, for {@link FormSubmissionCheck} to refuse.
 */
class UnchangedReadonlyFieldsFilter implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final FormDefinition form;

  UnchangedReadonlyFieldsFilter(TaskFormHandler delegate, FormDefinition form) {
    this.delegate = delegate;
    this.form = form;
  }

  @Override
  public void submitFormVariables(VariableMap submitted, VariableScope scope) {
    VariableMap kept = Variables.createVariables();
    submitted.forEach((name, value) -> {
      boolean readonly = form.field(name).map(f -> !f.isInput()).orElse(false);
      if (!readonly || !Objects.equals(value, scope.getVariable(name))) {
        kept.putValueTyped(name, submitted.getValueTyped(name));
      }
    });
    delegate.submitFormVariables(kept, scope);
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
