package org.unodc.vpi.workflow.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.vpi.support.StandalonePlatformEngine;

/**
 * Deploys models with each kind of script to an engine set up by the platform's own plugin and
 * expects each to be refused, naming the element; the shipped models still deploy.
 */
class ScriptLimitTest {

  private static ProcessEngine engine;
  private static RepositoryService repository;

  @BeforeAll
  static void buildEngineWithThePlatformPlugin() {
    engine = StandalonePlatformEngine.build("script-limit", true);
    repository = engine.getRepositoryService();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void shouldDeployTheShippedModels() throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("shipped");
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
    }
    for (Path model : models) {
      deployment.addInputStream(model.getFileName().toString(), Files.newInputStream(model));
    }
    String id = deployment.deploy().getId();

    assertThat(models).isNotEmpty();
    assertThat(repository.createProcessDefinitionQuery().deploymentId(id).count()
        + repository.createDecisionDefinitionQuery().deploymentId(id).count())
        .as("definitions deployed from processes/").isEqualTo(models.size());
  }

  static Stream<Arguments> scriptedProcesses() {
    return Stream.of(
        Arguments.of("serviceTask_calculate", "is a script task", """
            <bpmn:scriptTask id="serviceTask_calculate" scriptFormat="groovy">
              <bpmn:script>execution.setVariable('total', 1)</bpmn:script>
            </bpmn:scriptTask>"""),
        Arguments.of("serviceTask_external", "is a script task loaded from deployment://calculate.groovy", """
            <bpmn:scriptTask id="serviceTask_external" scriptFormat="groovy"
                camunda:resource="deployment://calculate.groovy" />"""),
        Arguments.of("serviceTask_notify", "has a script listener", """
            <bpmn:serviceTask id="serviceTask_notify" camunda:expression="${true}">
              <bpmn:extensionElements>
                <camunda:executionListener event="start">
                  <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>
                </camunda:executionListener>
              </bpmn:extensionElements>
            </bpmn:serviceTask>"""),
        Arguments.of("userTask_review", "has a script listener", """
            <bpmn:userTask id="userTask_review">
              <bpmn:extensionElements>
                <camunda:taskListener event="create">
                  <camunda:script scriptFormat="groovy">task.setAssignee('demo')</camunda:script>
                </camunda:taskListener>
              </bpmn:extensionElements>
            </bpmn:userTask>"""),
        Arguments.of("userTask_input", "has a script input/output parameter", """
            <bpmn:userTask id="userTask_input">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="total">
                    <camunda:script scriptFormat="groovy">1 + 1</camunda:script>
                  </camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>"""),
        Arguments.of("userTask_output", "has a script input/output parameter", """
            <bpmn:userTask id="userTask_output">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:outputParameter name="totals">
                    <camunda:list><camunda:script scriptFormat="groovy">2</camunda:script></camunda:list>
                  </camunda:outputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>"""),
        Arguments.of("flow_started", "has a script listener loaded from classpath://notify.groovy", """
            <bpmn:sequenceFlow id="flow_started" sourceRef="startEvent_started" targetRef="endEvent_done">
              <bpmn:extensionElements>
                <camunda:executionListener event="take">
                  <camunda:script scriptFormat="groovy" resource="classpath://notify.groovy" />
                </camunda:executionListener>
              </bpmn:extensionElements>
            </bpmn:sequenceFlow>"""),
        Arguments.of("scripted", "has a script listener", """
            <bpmn:extensionElements>
              <camunda:executionListener event="start">
                <camunda:script scriptFormat="groovy">println 'started'</camunda:script>
              </camunda:executionListener>
            </bpmn:extensionElements>"""),
        Arguments.of("flow_large", "has a script condition in groovy", """
            <bpmn:exclusiveGateway id="gateway_size" default="flow_small" />
            <bpmn:sequenceFlow id="flow_large" sourceRef="gateway_size" targetRef="endEvent_done">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">total &gt; 10</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="flow_small" sourceRef="gateway_size" targetRef="endEvent_done" />"""),
        Arguments.of("flow_external", "has a script condition in groovy loaded from deployment://check.groovy", """
            <bpmn:exclusiveGateway id="gateway_size" default="flow_small" />
            <bpmn:sequenceFlow id="flow_external" sourceRef="gateway_size" targetRef="endEvent_done">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy"
                  camunda:resource="deployment://check.groovy" />
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="flow_small" sourceRef="gateway_size" targetRef="endEvent_done" />"""),
        Arguments.of("conditionalEvent_ready", "has a script condition in javascript", """
            <bpmn:intermediateCatchEvent id="conditionalEvent_ready">
              <bpmn:conditionalEventDefinition id="conditionalEventDefinition_ready">
                <bpmn:condition xsi:type="bpmn:tFormalExpression" language="javascript">ready</bpmn:condition>
              </bpmn:conditionalEventDefinition>
            </bpmn:intermediateCatchEvent>"""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("scriptedProcesses")
  void shouldRefuseAProcessWithAScriptNamingItsElement(String elementId, String what, String elements) {
    ParseException refused = deployRefused("scripted.bpmn", process(elements));

    assertThat(refused.getMessage())
        .contains(ScriptRefusingParseListener.REFUSED)
        .contains(elementId + " " + what + ": use ");
    // (sic: Camunda's spelling)
    ResourceReport report = refused.getResorceReports().get(0);
    assertThat(report.getErrors()).anySatisfy(error -> assertThat(error.getMainElementId()).isEqualTo(elementId));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("scripted").count()).isZero();
  }

  @Test
  void shouldNameEveryScriptOfAModel() {
    ParseException refused = deployRefused("scripted.bpmn", process("""
        <bpmn:scriptTask id="serviceTask_first" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
        <bpmn:scriptTask id="serviceTask_second" scriptFormat="groovy"><bpmn:script>2</bpmn:script></bpmn:scriptTask>"""));

    assertThat(refused.getMessage()).contains("serviceTask_first is a script task: use a service task with a Java "
        + "delegate (camunda:delegateExpression) instead.").contains("serviceTask_second is a script task");
  }

  static Stream<Arguments> scriptedDecisions() {
    return Stream.of(
        Arguments.of("input input_amount in groovy", table(null, "groovy", null, null)),
        Arguments.of("rule rule_large in javascript", table(null, null, "javascript", null)),
        Arguments.of("rule rule_large in python", table(null, null, null, "python")),
        // The definitions' default language applies to every expression without one.
        Arguments.of("input input_amount in groovy, rule rule_large in groovy", table("groovy", null, null, null)),
        Arguments.of("literal expression in groovy", literal("groovy")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scriptedDecisions")
  void shouldRefuseADecisionWithAScriptNamingIt(String where, String dmn) {
    long deployments = repository.createDeploymentQuery().count();

    Throwable refused = catchThrowable(() -> repository.createDeployment().addString("scripted.dmn", dmn).deploy());

    // EngineErrorTranslator hands it back unwrapped, so engine-rest answers 400 and not a bare 500.
    assertThat(refused).isInstanceOf(ScriptRefusedException.class);
    assertThat(rootCause(refused).getMessage()).contains("Decision decision_size: " + where + ". Write them in FEEL");
    assertThat(repository.createDeploymentQuery().count()).as("deployments").isEqualTo(deployments);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"feel", "FEEL", "juel", "https://www.omg.org/spec/DMN/20191111/FEEL/"})
  void shouldDeployDecisionsInFeelOrJuel(String language) {
    repository.createDeployment().addString("feel.dmn", table(null, null, null, null)).deploy();
    repository.createDeployment().addString("named.dmn", table(language, language, language, language)).deploy();
    repository.createDeployment().addString("literal.dmn", literal(language)).deploy();

    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("decision_size").count()).isPositive();
  }

  private static ParseException deployRefused(String name, String model) {
    Throwable refused = catchThrowable(() -> repository.createDeployment().addString(name, model).deploy());
    assertThat(refused).as("deployment of %s", name).isInstanceOf(ParseException.class);
    return (ParseException) refused;
  }

  private static Throwable rootCause(Throwable e) {
    return e.getCause() == null ? e : rootCause(e.getCause());
  }

  private static String process(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="definitions_scripted" targetNamespace="http://unodc.org/vpi/test">
          <bpmn:process id="scripted" isExecutable="true" camunda:historyTimeToLive="P1D">
            %s
            <bpmn:startEvent id="startEvent_started" />
            <bpmn:endEvent id="endEvent_done" />
          </bpmn:process>
        </bpmn:definitions>""".formatted(elements);
  }

  private static String table(String defaultLanguage, String inputLanguage, String conditionLanguage,
      String conclusionLanguage) {
    return decision(defaultLanguage, """
        <decisionTable id="decisionTable_size">
          <input id="input_amount" label="Amount">
            <inputExpression id="inputExpression_amount" typeRef="integer"%s><text>amount</text></inputExpression>
          </input>
          <output id="output_size" name="size" typeRef="string" />
          <rule id="rule_large">
            <inputEntry id="inputEntry_large"%s><text>&gt; 10</text></inputEntry>
            <outputEntry id="outputEntry_large"%s><text>"large"</text></outputEntry>
          </rule>
        </decisionTable>""".formatted(language(inputLanguage), language(conditionLanguage),
        language(conclusionLanguage)));
  }

  private static String literal(String language) {
    return decision(null, """
        <variable id="variable_size" name="size" typeRef="string" />
        <literalExpression id="literalExpression_size"%s><text>"large"</text></literalExpression>"""
        .formatted(language(language)));
  }

  private static String decision(String defaultLanguage, String logic) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="definitions_size" name="Size"
            namespace="http://unodc.org/vpi/test"%s>
          <decision id="decision_size" name="Size" camunda:historyTimeToLive="P1D">
            %s
          </decision>
        </definitions>""".formatted(language(defaultLanguage), logic);
  }

  private static String language(String language) {
    return language == null ? "" : " expressionLanguage=\"" + language + "\"";
  }

  /** Form checks are not what this test is about: one that accepts anything for each name the forms use. */
}
