package org.unodc.vpi.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unodc.vpi.workflow.process.EngagementMenuDecision;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

/** The menu of options as the table in {@code processes/} gives it, for every level and focus. */
class EngagementMenuDecisionTest {

  private static final List<String> FOCUSES = List.of("criminalization", "traffickingInPersons",
      "smugglingOfMigrants", "firearms", "internationalCooperation", "prevention", "other");
  /** Foci with a COP working group of their own; the others are consulted before every session. */
  private static final Map<String, String> WORKING_GROUP_OF = Map.of("traffickingInPersons", "traffickingInPersons",
      "smugglingOfMigrants", "smugglingOfMigrants", "firearms", "firearms",
      "internationalCooperation", "internationalCooperation");

  /** What the VPI's own steps carry out: the planning meetings and VPI meeting, the priorities, the Alliance. */
  private static final List<String> VPI_STEPS = List.of(Activities.GOVERNMENT_STAKEHOLDER_MEETING,
      Activities.NATIONAL_PRIORITIES, Activities.NATIONAL_ALLIANCE);

  private static DmnEngine engine;
  private static DmnDecision menu;

  @BeforeAll
  static void parseTheTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("processes/engagement-menu.dmn"))) {
      menu = engine.parseDecision(EngagementMenuDecision.KEY, table);
    }
  }

  static Stream<Arguments> everyLevelAndFocus() {
    return Stream.of("A", "B", "C").flatMap(level -> FOCUSES.stream().map(focus -> Arguments.of(level, focus)));
  }

  @ParameterizedTest(name = "level {0}, focus {1}")
  @MethodSource("everyLevelAndFocus")
  void shouldCommitToTheActivitiesOfTheLevelAndEveryLevelBelow(String level, String focus) {
    List<String> expected = new ArrayList<>(Activities.LEVEL_A);
    if (!level.equals("A")) {
      expected.addAll(Activities.LEVEL_B);
    }
    if (level.equals("C")) {
      expected.addAll(Activities.LEVEL_C);
    }

    List<Map<String, Object>> rows = evaluate(level, focus);

    assertThat(rows.stream().map(r -> (String) r.get(EngagementMenuDecision.Outputs.ACTIVITY)).toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(rows).as("tracked as a step of the VPI or as a commitment of its own").allSatisfy(row ->
        assertThat(row.get(EngagementMenuDecision.Outputs.TRACKED_AS)).isEqualTo(
            VPI_STEPS.contains(row.get(EngagementMenuDecision.Outputs.ACTIVITY))
                ? EngagementMenuDecision.Outputs.VPI_STEP : EngagementMenuDecision.Outputs.COMMITMENT));
    for (Map<String, Object> row : rows) {
      Object workingGroup = row.get(EngagementMenuDecision.Outputs.WORKING_GROUP);
      if (Activities.WORKING_GROUP_CONSULTATION.equals(row.get(EngagementMenuDecision.Outputs.ACTIVITY))) {
        assertThat(workingGroup).isEqualTo(WORKING_GROUP_OF.getOrDefault(focus,
            EngagementMenuDecision.Outputs.ANY_WORKING_GROUP));
      } else {
        assertThat(workingGroup).as("working group of " + row).isNull();
      }
    }
  }

  @Test
  void shouldCommitToNothingForALevelThatIsNotOnTheMenu() {
    assertThat(evaluate("D", "firearms")).isEmpty();
    assertThat(evaluate(null, "firearms")).isEmpty();
  }

  @Test
  void shouldConsultBeforeEveryWorkingGroupWhenNoFocusWasChosen() {
    assertThat(evaluate("B", null).stream().filter(r -> Activities.WORKING_GROUP_CONSULTATION.equals(
        r.get(EngagementMenuDecision.Outputs.ACTIVITY))).map(r -> r.get(EngagementMenuDecision.Outputs.WORKING_GROUP)))
        .containsExactly(EngagementMenuDecision.Outputs.ANY_WORKING_GROUP);
  }

  private static List<Map<String, Object>> evaluate(String level, String focus) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(EngagementMenuDecision.Inputs.COLLABORATION_LEVEL, level);
    variables.put(EngagementMenuDecision.Inputs.THEMATIC_FOCUS, focus);
    return engine.evaluateDecisionTable(menu, variables).getResultList();
  }
}
