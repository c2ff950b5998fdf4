package org.unodc.vpi.workflow.script;

import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15;
import static org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionLogic;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Refuses a decision whose expressions are in a language the DMN engine would hand to a script
 * engine (groovy, javascript, python...). Allowed: FEEL, by any of the names the engine knows it by,
 * and JUEL, the two languages it evaluates itself. The check reads each expression's effective
 * language, as the engine resolved it from the expression or the definitions' default; none means
 * the engine's default, FEEL, which the platform keeps.
 */
public class ScriptRefusingDecisionListener implements DmnTransformListener {

  private static final Set<String> FEEL_NAMESPACES = Set.of(FEEL_EXPRESSION_LANGUAGE, FEEL_EXPRESSION_LANGUAGE_DMN12,
      FEEL_EXPRESSION_LANGUAGE_DMN13, FEEL_EXPRESSION_LANGUAGE_DMN14, FEEL_EXPRESSION_LANGUAGE_DMN15);

  static boolean isAllowed(String language) {
    return language == null || FEEL_NAMESPACES.contains(language)
        || FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE.equalsIgnoreCase(language)
        || JUEL_EXPRESSION_LANGUAGE.equalsIgnoreCase(language);
  }

  // Called once the decision's table or literal expression is complete.
  @Override
  public void transformDecision(Decision decision, DmnDecision dmnDecision) {
    List<String> scripts = new ArrayList<>();
    DmnDecisionLogic logic = dmnDecision.getDecisionLogic();
    if (logic instanceof DmnDecisionTableImpl table) {
      for (DmnDecisionTableInputImpl input : table.getInputs()) {
        check("input " + input.getId(), input.getExpression(), scripts);
      }
      for (DmnDecisionTableRuleImpl rule : table.getRules()) {
        rule.getConditions().forEach(condition -> check("rule " + rule.getId(), condition, scripts));
        rule.getConclusions().forEach(conclusion -> check("rule " + rule.getId(), conclusion, scripts));
      }
    } else if (logic instanceof DmnDecisionLiteralExpressionImpl literal) {
      check("literal expression", literal.getExpression(), scripts);
    }
    if (!scripts.isEmpty()) {
      throw new ScriptRefusedException("Scripts are not allowed in decisions deployed to this platform. Decision "
          + dmnDecision.getKey() + ": " + String.join(", ", scripts) + ". Write them in FEEL (the default, "
          + "with no expressionLanguage) or JUEL instead.");
    }
  }

  private static void check(String where, DmnExpressionImpl expression, List<String> scripts) {
    if (expression != null && !isAllowed(expression.getExpressionLanguage())) {
      String entry = where + " in " + expression.getExpressionLanguage();
      if (!scripts.contains(entry)) {
        scripts.add(entry);
      }
    }
  }

  @Override
  public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {}

  @Override
  public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {}

  @Override
  public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {}

  @Override
  public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {}
}
