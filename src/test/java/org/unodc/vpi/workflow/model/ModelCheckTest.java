package org.unodc.vpi.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.form.FormDefinition;
import org.unodc.vpi.workflow.form.FormField;
import org.unodc.vpi.workflow.notification.TaskNotificationParseListener;
import org.unodc.vpi.workflow.notification.TaskTimers;

/**
 * Checks the models in {@code processes/} and the forms in {@code forms/} against each other and
 * against the code, so a typo shows up here and not in front of a user: every formRef resolves,
 * every form field is a known variable, every gateway has a default, every process has a history
 * time to live, every delegate expression names a bean, every user task reminds and escalates, every
 * id follows the naming rules.
 */
class ModelCheckTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION_IDENTIFIER = Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9]*)\\b");
  private static final Pattern ID_RULE = Pattern.compile(
      "^(startEvent|endEvent|userTask|serviceTask|callActivity|gateway|parallelGateway|timerEvent|messageEvent|subProcess|flow)_[a-z][A-Za-z0-9_]*$");

  private static final Map<String, BpmnModelInstance> models = new TreeMap<>();
  private static final Map<String, JsonNode> forms = new TreeMap<>();

  @BeforeAll
  static void readModelsAndForms() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        models.put(file.getFileName().toString().replace(".bpmn", ""), Bpmn.readModelFromFile(file.toFile()));
      }
    }
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        forms.put(file.getFileName().toString().replace(".form", ""), JSON.readTree(file.toFile()));
      }
    }
    assertThat(models).as("process models").hasSizeGreaterThanOrEqualTo(10);
    assertThat(forms).as("forms").isNotEmpty();
  }

  @Test
  void everyProcessIsNamedAfterItsFileAndKeepsHistoryForAGivenTime() {
    models.forEach((file, model) -> {
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).extracting(Process::getId).as(file).containsExactly(file);
      assertThat(processes).allSatisfy(p -> {
        assertThat(p.isExecutable()).as("%s is executable", file).isTrue();
        assertThat(p.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", file).isNotBlank();
      });
    });
  }

  @Test
  void everyUserTaskGoesToOneRoleAndHasAFormThatExists() {
    forEach(UserTask.class, (file, task) -> {
      assertThat(task.getCamundaAssignee()).as("%s assignee", task.getId()).isNull();
      assertThat(task.getCamundaCandidateUsers()).as("%s candidate users", task.getId()).isNull();
      assertThat(Roles.ALL).as("candidate group of %s", task.getId()).contains(task.getCamundaCandidateGroups());
      assertFormExists(task.getId(), task.getCamundaFormRef());
      assertThat(task.getCamundaFormRefBinding()).as("%s formRefBinding", task.getId()).isEqualTo("latest");
      assertThat(task.getName()).as("%s name", task.getId()).isNotBlank();
    });
    forEach(StartEvent.class, (file, start) -> {
      if (start.getCamundaFormRef() != null) {
        assertFormExists(start.getId(), start.getCamundaFormRef());
      }
    });
  }

  @Test
  void everyFormIsUsedByATaskAndEveryInputHasALabelAndHelpText() {
    Set<String> used = formRefsByProcess().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(forms.keySet());
    forms.forEach((id, json) -> {
      assertThat(json.path("id").asText()).as("id inside %s.form", id).isEqualTo(id);
      for (JsonNode component : json.path("components")) {
        if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)) {
          String label = component.path("label").asText(component.path("dateLabel").asText(""));
          assertThat(label).as("label of %s in %s", component.get("key"), id).isNotBlank();
          assertThat(component.path("description").asText("")).as("help text of %s in %s", component.get("key"), id)
              .isNotBlank();
        }
      }
    });
  }

  @Test
  void everyFormFieldIsAVariableTheProcessDeclares() {
    Map<String, Set<String>> declared = new TreeMap<>();
    models.keySet().forEach(key -> declared.put(key, declaredVariables(key)));
    Set<String> allDeclared = declared.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    formRefsByProcess().forEach((processKey, formIds) -> {
      for (String formId : formIds) {
        for (FormField field : FormDefinition.parse(forms.get(formId)).fields()) {
          if (field.isInput()) {
            assertThat(declared.get(processKey)).as("input %s of form %s is a variable of %s", field.key(), formId,
                processKey).contains(field.key());
          } else {
            assertThat(allDeclared).as("read-only %s of form %s is written by some process", field.key(), formId)
                .contains(field.key());
          }
          field.hideCondition().ifPresent(c -> assertThat(FormDefinition.parse(forms.get(formId)).field(c.key()))
              .as("field %s that hides %s in %s", c.key(), field.key(), formId).isPresent());
        }
      }
    });
  }

  @Test
  void everyDivergingGatewayHasNamedConditionsAndADefaultFlow() {
    forEach(ExclusiveGateway.class, (file, gateway) -> {
      if (gateway.getOutgoing().size() < 2) {
        return;
      }
      SequenceFlow defaultFlow = gateway.getDefault();
      assertThat(defaultFlow).as("default flow of %s in %s", gateway.getId(), file).isNotNull();
      for (SequenceFlow flow : gateway.getOutgoing()) {
        assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank();
        if (!flow.equals(defaultFlow)) {
          String condition = flow.getConditionExpression().getTextContent();
          Set<String> variables = declaredVariables(file);
          assertThat(identifiers(condition)).as("variables read by %s", flow.getId()).isNotEmpty()
              .allSatisfy(v -> assertThat(variables).as("%s in %s", v, file).contains(v));
        }
      }
    });
  }

  @Test
  void everyDelegateExpressionNamesADelegateBean() {
    forEach(ServiceTask.class, (file, task) -> {
      String expression = task.getCamundaDelegateExpression();
      assertThat(expression).as("%s delegate expression", task.getId()).matches("\\$\\{[a-z][A-Za-z0-9]*}");
      String bean = expression.substring(2, expression.length() - 1);
      String className = "org.unodc.vpi.workflow.delegate." + Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
      try {
        assertThat(Class.forName(className).isAnnotationPresent(Component.class)).as("%s is a @Component", className)
            .isTrue();
      } catch (ClassNotFoundException e) {
        throw new AssertionError(task.getId() + " names bean " + bean + " but there is no class " + className);
      }
    });
  }

  @Test
  void everyUserTaskRemindsBeforeItsDueDateAndEscalatesAtIt() {
    forEach(UserTask.class, (file, task) -> {
      List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
              .filter(listener -> "timeout".equals(listener.getCamundaEvent())).toList();
      assertThat(timeouts).as("timeout listeners of %s in %s", task.getId(), file)
          .extracting(listener -> listener.getAttributeValue("id"), CamundaTaskListener::getCamundaDelegateExpression,
              ModelCheckTest::timeDate)
          .containsExactlyInAnyOrder(
              tuple(TaskTimers.REMINDER, "${taskReminderListener}", "${taskDeadlines.reminderAt(execution)}"),
              tuple(TaskTimers.OVERDUE, "${taskOverdueListener}", "${taskDeadlines.overdueAt(execution)}"));
    });
  }

  @Test
  void everyListenerAndTimerExpressionNamesANotificationBean() {
    Set<String> beans = new HashSet<>();
    models.values().forEach(model -> model.getModelElementsByType(CamundaTaskListener.class).forEach(listener -> {
      if (listener.getCamundaDelegateExpression() != null) {
        beans.add(listener.getCamundaDelegateExpression());
      }
      if (!listener.getTimeouts().isEmpty()) {
        beans.add(timeDate(listener));
      }
    }));
    beans.add(TaskNotificationParseListener.TASK_AVAILABLE_LISTENER);
    beans.add(TaskNotificationParseListener.STEP_COMPLETED_LISTENER);
    assertThat(beans).isNotEmpty().allSatisfy(expression -> {
      Matcher bean = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)(\\.[a-zA-Z]+\\(execution\\))?}$").matcher(expression);
      assertThat(bean.matches()).as("%s names a bean (and a method of it taking the execution)", expression).isTrue();
      String className = "org.unodc.vpi.workflow.notification." + Character.toUpperCase(bean.group(1).charAt(0))
          + bean.group(1).substring(1);
      try {
        Class<?> type = Class.forName(className);
        assertThat(type.isAnnotationPresent(Component.class)).as("%s is a @Component", className).isTrue();
        if (bean.group(2) != null) {
          String method = bean.group(2).substring(1, bean.group(2).indexOf('('));
          assertThat(type.getMethod(method, org.camunda.bpm.engine.delegate.DelegateExecution.class).getReturnType())
              .as("%s returns a date", expression).isEqualTo(java.util.Date.class);
        }
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        throw new AssertionError(expression + " names no bean or method of " + className, e);
      }
    });
  }

  @Test
  void everyCallActivityCallsAProcessOfThisRepository() {
    forEach(CallActivity.class, (file, call) ->
        assertThat(models).as("%s calls %s", call.getId(), call.getCalledElement()).containsKey(call.getCalledElement()));
  }

  @Test
  void everyCallActivityHandsBackExactlyTheVariablesItsStepWrites() {
    forEach(CallActivity.class, (file, call) -> {
      List<CamundaOut> outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
      assertThat(outs).as("outputs of %s", call.getId())
          .allSatisfy(out -> assertThat(out.getCamundaSource()).isEqualTo(out.getCamundaTarget()))
          .extracting(CamundaOut::getCamundaSource)
          .containsExactlyInAnyOrderElementsOf(handedBack(call.getCalledElement()));
      assertThat(outs).as("%s copies back only named variables, never all", call.getId())
          .noneMatch(out -> "all".equals(out.getCamundaVariables()));
    });
  }

  @Test
  void everyElementIdFollowsTheNamingRulesAndIsInItsProcessConstants() {
    models.forEach((file, model) -> {
      Set<String> constants = constants(processClass(file), "Elements");
      for (BaseElement element : model.getModelElementsByType(FlowNode.class)) {
        assertThat(element.getId()).matches(ID_RULE);
        assertThat(constants).as("constant for %s in %s", element.getId(), processClass(file).getSimpleName())
            .contains(element.getId());
      }
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(f.getId()).matches(ID_RULE));
      Set<String> ids = model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
          .collect(Collectors.toSet());
      assertThat(ids).as("element constants of %s that exist in the model", file).containsAll(constants);
    });
  }

  private static String timeDate(CamundaTaskListener listener) {
    return listener.getTimeouts().stream().map(TimerEventDefinition::getTimeDate)
        .map(date -> date == null ? null : date.getTextContent().strip()).findFirst().orElse(null);
  }

  private static void assertFormExists(String elementId, String formRef) {
    assertThat(formRef).as("formRef of %s", elementId).isNotBlank();
    assertThat(forms).as("forms/%s.form for %s", formRef, elementId).containsKey(formRef);
  }

  private static Map<String, Set<String>> formRefsByProcess() {
    Map<String, Set<String>> refs = new TreeMap<>();
    models.forEach((file, model) -> {
      Set<String> ids = new HashSet<>();
      model.getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(r -> r != null).forEach(ids::add);
      refs.put(file, ids);
    });
    return refs;
  }

  private static Set<String> identifiers(String expression) {
    Set<String> names = new HashSet<>();
    String withoutStrings = expression.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "");
    Matcher m = EXPRESSION_IDENTIFIER.matcher(withoutStrings);
    while (m.find()) {
      if (!List.of("execution", "task", "true", "false", "null", "and", "or", "not", "eq", "ne", "empty")
          .contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static Set<String> declaredVariables(String processKey) {
    return constants(processClass(processKey), "Variables");
  }

  /** What a step gives back to its caller: its variables but those it keeps to itself (contact details). */
  private static Set<String> handedBack(String processKey) {
    Set<String> variables = new HashSet<>(declaredVariables(processKey));
    variables.removeAll(constants(processClass(processKey), "KeptInStep"));
    return variables;
  }

  private static Class<?> processClass(String processKey) {
    String simpleName = Arrays.stream(processKey.split("-"))
        .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).collect(Collectors.joining()) + "Process";
    try {
      return Class.forName("org.unodc.vpi.workflow.process." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("processes/" + processKey + ".bpmn has no constants class " + simpleName);
    }
  }

  private static Set<String> constants(Class<?> processClass, String nested) {
    Set<String> values = new HashSet<>();
    for (Class<?> inner : processClass.getDeclaredClasses()) {
      if (inner.getSimpleName().equals(nested)) {
        for (Field field : inner.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
            try {
              values.add((String) field.get(null));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return values;
  }

  private static <T extends BaseElement> void forEach(Class<T> type, java.util.function.BiConsumer<String, T> check) {
    models.forEach((file, model) -> model.getModelElementsByType(type).forEach(e -> check.accept(file, e)));
  }
}
