package org.unodc.vpi.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** Shared steps of the process tests: complete the waiting task after checking who it is for. */
final class ProcessTestSupport {

  private ProcessTestSupport() {}

  /** The process-test engine, with coverage; configured in {@code process-test.camunda.cfg.xml}. */
  static ProcessEngineCoverageExtension engine() {
    return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").build();
  }

  /** Completes the task waiting at {@code taskId}, asserting it is offered to exactly {@code group}. */
  static void completeAs(ProcessInstance instance, String taskId, String group, Map<String, Object> variables) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskId);
    Task task = task(taskId, instance);
    assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId)
        .as("candidate groups of %s", taskId)
        .containsExactly(group);
    complete(task, variables);
  }

  static void completeAs(ProcessInstance instance, String taskId, String group) {
    completeAs(instance, taskId, group, Map.of());
  }
}
