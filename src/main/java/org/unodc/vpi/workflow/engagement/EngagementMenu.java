package org.unodc.vpi.workflow.engagement;

import static org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.process.EngagementMenuDecision;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/**
 * The menu of options (processes/engagement-menu.dmn) as the VPI process uses it: which activities
 * a collaboration level commits to, and which of them become work of their own. Named
 * {@code engagementMenu} for the models' expressions.
 */
@Component("engagementMenu")
public class EngagementMenu {

  /**
   * Activities that are steps of the VPI process itself, so no separate work is opened for them: the
   * VPI meeting (step 4), the priorities (step 3, agreed by the government), the Alliance (step 6).
   * Joint recommendations are no step of their own: they are tracked as a commitment.
   */
  static final Set<String> STEPS_OF_THE_VPI = Set.of(Activities.GOVERNMENT_STAKEHOLDER_MEETING,
      Activities.NATIONAL_PRIORITIES, Activities.NATIONAL_ALLIANCE);

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry(Activities.GOVERNMENT_STAKEHOLDER_MEETING, "Meeting of government experts and non-governmental stakeholders"),
      Map.entry(Activities.NATIONAL_PRIORITIES, "National priorities identified and agreed"),
      Map.entry(Activities.JOINT_RECOMMENDATIONS, "Joint recommendations drafted and agreed"),
      Map.entry(Activities.NATIONAL_ALLIANCE, "National Civil Society Alliance"),
      Map.entry(Activities.WHATS_ON_INCLUSION, "Consenting stakeholders included in WhatsOn"),
      Map.entry(Activities.SELF_ASSESSMENT_CONSULTATION,
          "Alliance consulted before the self-assessment questionnaire is completed"),
      Map.entry(Activities.WORKING_GROUP_CONSULTATION, "Alliance consulted before the COP working-group sessions"),
      Map.entry(Activities.THEMATIC_TASK_FORCES, "Informal thematic task forces"),
      Map.entry(Activities.REVIEW_INPUT, "Non-governmental input recorded for the review"),
      Map.entry(Activities.ADVISORY_COUNCIL, "Advisory Council meeting at least twice a year"),
      Map.entry(Activities.REVMOD_PARTICIPATION, "Civil society as observers or experts in the review module (REVMOD)"),
      Map.entry(Activities.COP_DELEGATION_MEMBERS, "Non-governmental members of the national delegation to the COP"),
      Map.entry(Activities.NATIONAL_PROJECTS, "National projects and initiatives started from the action plan"));

  /** What a level commits to: the activities, and the working group consulted before (or null). */
  public record Commitments(List<String> activities, String workingGroup) {}

  private final DecisionService decisions;

  // Lazy: the engine's services exist only once the engine is built.
  public EngagementMenu(@Lazy DecisionService decisions) {
    this.decisions = decisions;
  }

  public Commitments commitmentsOf(String collaborationLevel, String thematicFocus) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(EngagementMenuDecision.Inputs.COLLABORATION_LEVEL, collaborationLevel);
    inputs.put(EngagementMenuDecision.Inputs.THEMATIC_FOCUS, thematicFocus);
    List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(EngagementMenuDecision.KEY)
        .decisionDefinitionWithoutTenantId().variables(inputs).evaluate().getResultList();
    List<String> activities = rows.stream()
        .map(row -> (String) row.get(EngagementMenuDecision.Outputs.ACTIVITY)).toList();
    String workingGroup = rows.stream()
        .map(row -> (String) row.get(EngagementMenuDecision.Outputs.WORKING_GROUP))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new Commitments(activities, workingGroup);
  }

  /** The committed activities that are work of their own (one instance each), in the menu's order. */
  public List<String> trackedWork(DelegateExecution execution) {
    return committed(execution).stream().filter(activity -> !STEPS_OF_THE_VPI.contains(activity)).toList();
  }

  /** An activity's name for people; the id itself for one the menu does not know. */
  public String name(String activity) {
    return NAMES.getOrDefault(activity, activity);
  }

  static List<String> committed(VariableScope scope) {
    Object value = scope.getVariable(VpiInitiativeProcess.Variables.ENGAGEMENT_ACTIVITIES);
    return value == null || value.toString().isBlank() ? List.of() : Arrays.asList(value.toString().split(","));
  }
}
