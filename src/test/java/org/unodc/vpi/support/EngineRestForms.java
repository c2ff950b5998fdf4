package org.unodc.vpi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** What the tests that drive VPIs through engine-rest share: a form's body, and a VPI's open task. */
public final class EngineRestForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineRestForms() {}

  /** A form as engine-rest's submit-form wants it: {@code {"variables": {name: {"value": ...}}}}. */
  public static String variables(Map<String, Object> values) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    try {
      return JSON.writeValueAsString(Map.of("variables", typed));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one open task of that key in the VPI or in any sub-process below it. */
  public static Task openTask(RuntimeService runtime, TaskService tasks, String rootInstance, String taskKey) {
    List<String> instances = new ArrayList<>(List.of(rootInstance));
    for (int i = 0; i < instances.size(); i++) {
      runtime.createProcessInstanceQuery().superProcessInstanceId(instances.get(i)).list()
          .forEach(sub -> instances.add(sub.getId()));
    }
    List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .taskDefinitionKey(taskKey).list();
    assertThat(open).as("open %s of %s", taskKey, rootInstance).hasSize(1);
    return open.get(0);
  }
}
