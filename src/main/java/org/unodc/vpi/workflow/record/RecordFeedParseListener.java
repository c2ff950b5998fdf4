package org.unodc.vpi.workflow.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Hooks the records into the models: each user task whose form writes records gets a complete
 * listener, and each step (call activity) of the main VPI process notes when it started and ended.
 * Added after the form validation listener, so records are written only for accepted forms.
 */
public class RecordFeedParseListener extends AbstractBpmnParseListener {

  private static final String STEP_PREFIX = "callActivity_";

  private final Map<String, List<Consumer<FormTask>>> recordsByForm = new HashMap<>();
  private final InitiativeRegister initiatives;

  public RecordFeedParseListener(List<FormRecords> records, InitiativeRegister initiatives) {
    records.forEach(r -> r.byForm().forEach((form, write) ->
        recordsByForm.computeIfAbsent(form, key -> new ArrayList<>()).add(write)));
    this.initiatives = initiatives;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    List<Consumer<FormTask>> writes = formRef == null ? List.of() : recordsByForm.getOrDefault(formRef, List.of());
    for (Consumer<FormTask> write : writes) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> write.accept(new FormTask(task)));
    }
  }

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    String id = activity.getId();
    if (!VpiInitiativeProcess.KEY.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey()) || !id.startsWith(STEP_PREFIX)) {
      return;
    }
    String step = id.substring(STEP_PREFIX.length());
    activity.addListener(ExecutionListener.EVENTNAME_START,
        (ExecutionListener) execution -> initiatives.stepStarted(initiativeId(execution.getVariable(
            VpiInitiativeProcess.Variables.INITIATIVE_ID)), step));
    activity.addListener(ExecutionListener.EVENTNAME_END,
        (ExecutionListener) execution -> initiatives.stepCompleted(initiativeId(execution.getVariable(
            VpiInitiativeProcess.Variables.INITIATIVE_ID)), step));
  }

  private static long initiativeId(Object value) {
    return ((Number) value).longValue();
  }
}
