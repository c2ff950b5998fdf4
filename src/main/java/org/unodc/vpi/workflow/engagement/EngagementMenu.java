package org.unodc.vpi.workflow.engagement;

import static org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

  /**
   * What a level commits to: the activities, those of them that are work of their own (the others
   * are steps of the VPI), and the working group consulted before (or null).
   */
  public record Commitments(List<String> activities, List<String> trackedWork, String workingGroup) {}

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
    List<String> trackedWork = rows.stream()
        .filter(row -> EngagementMenuDecision.Outputs.COMMITMENT.equals(row.get(EngagementMenuDecision.Outputs.TRACKED_AS)))
        .map(row -> (String) row.get(EngagementMenuDecision.Outputs.ACTIVITY)).toList();
    String workingGroup = rows.stream()
        .map(row -> (String) row.get(EngagementMenuDecision.Outputs.WORKING_GROUP))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new Commitments(activities, trackedWork, workingGroup);
  }

  /** The committed activities that are work of their own (one instance each), in the menu's order. */
  public List<String> trackedWork(DelegateExecution execution) {
    Object value = execution.getVariable(VpiInitiativeProcess.Variables.ENGAGEMENT_COMMITMENTS);
    return value == null || value.toString().isBlank() ? List.of() : Arrays.asList(value.toString().split(","));
  }

  /** An activity's name for people; the id itself for one the menu does not know. */
  public String name(String activity) {
    return NAMES.getOrDefault(activity, activity);
  }
}
