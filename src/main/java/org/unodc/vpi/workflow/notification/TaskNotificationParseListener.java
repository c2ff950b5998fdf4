package org.unodc.vpi.workflow.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * Hooks the notices into every model, so none can forget them: each user task tells its people when
 * it is created ({@code ${taskAvailableListener}}, which also sets the due date), and each step (call
 * activity) of the main VPI process tells the coordinators when it completes
 * ({@code ${stepCompletedListener}}). The listeners are named beans, as in the models, so process tests
 * replace them like any delegate. Reminders and escalations are timeout listeners in the models.
 */
public class TaskNotificationParseListener extends AbstractBpmnParseListener {

  public static final String TASK_AVAILABLE_LISTENER = "${taskAvailableListener}";
  public static final String STEP_COMPLETED_LISTENER = "${stepCompletedListener}";
  private static final String STEP_PREFIX = "callActivity_";

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addTaskListener(
        TaskListener.EVENTNAME_CREATE, new DelegateExpressionTaskListener(expression(TASK_AVAILABLE_LISTENER), List.of()));
  }

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    String key = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
    if (VpiInitiativeProcess.KEY.equals(key) && activity.getId().startsWith(STEP_PREFIX)) {
      activity.addListener(ExecutionListener.EVENTNAME_END,
          new DelegateExpressionExecutionListener(expression(STEP_COMPLETED_LISTENER), List.of()));
    }
  }

  private static Expression expression(String text) {
    // Parsing runs inside the deployment's command.
    return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text);
  }
}
