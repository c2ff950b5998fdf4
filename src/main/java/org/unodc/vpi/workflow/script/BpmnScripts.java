package org.unodc.vpi.workflow.script;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Finds every script in a BPMN document by walking its XML, so no place is missed: script tasks,
 * {@code camunda:script} in listeners, input/output parameters and connectors (inline or loaded
 * from a resource), and conditions with a {@code language} (which the engine runs as scripts).
 */
final class BpmnScripts {

  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
  private static final String DELEGATE = "a service task with a Java delegate (camunda:delegateExpression)";
  private static final String LISTENER = "a Java delegate (camunda:delegateExpression) or an expression "
      + "(camunda:expression)";
  private static final String EXPRESSION = "an expression such as ${...}";
  private static final String CONDITION = "an expression condition such as ${...} with no language attribute";

  private enum Context { LISTENER, PARAMETER, OTHER }

  private BpmnScripts() {}

  static List<ScriptUse> find(Element definitions) {
    List<ScriptUse> uses = new ArrayList<>();
    visit(definitions, definitions, Context.OTHER, uses);
    return uses;
  }

  /** {@code owner}: the nearest ancestor a modeller can select, whose id the message names. */
  private static void visit(Element element, Element owner, Context context, List<ScriptUse> uses) {
    ScriptUse use = check(element, owner, context);
    if (use != null) {
      uses.add(use);
    }
    Element childOwner = isOwner(element) ? element : owner;
    for (Element child : element.elements()) {
      visit(child, childOwner, contextOf(element, context), uses);
    }
  }

  private static ScriptUse check(Element element, Element owner, Context context) {
    String tag = element.getTagName();
    if (isBpmn(element) && "scriptTask".equals(tag)) {
      return new ScriptUse(element, "is a script task" + from(element.attributeNS(CAMUNDA, "resource")), DELEGATE);
    }
    if (isCamunda(element) && "script".equals(tag)) {
      String from = from(element.attribute("resource"));
      return switch (context) {
        case LISTENER -> new ScriptUse(owner, "has a script listener" + from, LISTENER);
        case PARAMETER -> new ScriptUse(owner, "has a script input/output parameter" + from, EXPRESSION);
        case OTHER -> new ScriptUse(owner, "has a script" + from, EXPRESSION);
      };
    }
    if (isBpmn(element) && ("conditionExpression".equals(tag) || "condition".equals(tag))) {
      String language = element.attribute(BpmnParse.PROPERTYNAME_LANGUAGE);
      String resource = element.attributeNS(CAMUNDA, "resource");
      if (language != null || resource != null) {
        String in = language == null ? "" : " in " + language;
        return new ScriptUse(owner, "has a script condition" + in + from(resource), CONDITION);
      }
    }
    return null;
  }

  private static Context contextOf(Element element, Context inherited) {
    if (isCamunda(element) && ("executionListener".equals(element.getTagName())
        || "taskListener".equals(element.getTagName()))) {
      return Context.LISTENER;
    }
    if (isCamunda(element) && "inputOutput".equals(element.getTagName())) {
      return Context.PARAMETER;
    }
    return inherited;
  }

  // Event definitions have ids too, but a modeller selects the event.
  private static boolean isOwner(Element element) {
    return element.attribute("id") != null && !element.getTagName().endsWith("EventDefinition");
  }

  private static String from(String resource) {
    return resource == null ? "" : " loaded from " + resource;
  }

  private static boolean isBpmn(Element element) {
    return BpmnParser.BPMN20_NS.equals(element.getUri());
  }

  private static boolean isCamunda(Element element) {
    return CAMUNDA.getNamespaceUri().equals(element.getUri()) || CAMUNDA.getAlternativeUri().equals(element.getUri());
  }
}
