package org.unodc.vpi.workflow.form;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.MessageSource;

/**
 * Attaches a {@link FormSubmissionCheck} to every user task and start event that has a
 * {@code camunda:formRef}, so no model can forget it and the rules stay in the form file; user
 * tasks also get a {@link FormSubmissionFilter} on their form submission.
 */
public class FormValidationParseListener extends AbstractBpmnParseListener {

  private final FormCatalog forms;
  private final FormSubmissionValidator validator;
  private final MessageSource messages;

  public FormValidationParseListener(FormCatalog forms, FormSubmissionValidator validator, MessageSource messages) {
    this.forms = forms;
    this.validator = validator;
    this.messages = messages;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    checkFor(element).ifPresent(check -> {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
      task.setTaskFormHandler(new FormSubmissionFilter(task.getTaskFormHandler(), check));
    });
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    checkFor(element).ifPresent(check -> activity.addListener(ExecutionListener.EVENTNAME_START, check));
  }

  private Optional<FormSubmissionCheck> checkFor(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formRef == null || formRef.isBlank()) {
      return Optional.empty();
    }
    FormDefinition form = forms.find(formRef).orElseThrow(() -> new IllegalStateException(
        "Element " + element.attribute("id") + " refers to form '" + formRef + "', which is not in forms/"));
    // camunda:initiator names a variable the engine sets at start, along with the start form's fields.
    String initiator = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "initiator");
    Set<String> settableByEngine = initiator == null ? Set.of() : Set.of(initiator);
    return Optional.of(new FormSubmissionCheck(form, settableByEngine, validator, messages));
  }
}
