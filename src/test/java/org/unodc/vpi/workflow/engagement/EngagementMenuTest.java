package org.unodc.vpi.workflow.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;
import org.unodc.vpi.workflow.process.VpiInitiativeProcess;

/** Which commitments become work of their own: every activity of the menu but the VPI's own steps. */
class EngagementMenuTest {

  private final EngagementMenu menu = new EngagementMenu(mock(DecisionService.class));

  @Test
  void shouldOpenWorkForEachCommitmentTheVpiKeptAndNoneWithout() {
    DelegateExecution vpi = mock(DelegateExecution.class);
    when(vpi.getVariable(VpiInitiativeProcess.Variables.ENGAGEMENT_COMMITMENTS))
        .thenReturn(Activities.WHATS_ON_INCLUSION + "," + Activities.ADVISORY_COUNCIL);
    assertThat(menu.trackedWork(vpi)).containsExactly(Activities.WHATS_ON_INCLUSION, Activities.ADVISORY_COUNCIL);

    DelegateExecution declined = mock(DelegateExecution.class);
    assertThat(menu.trackedWork(declined)).isEmpty();
  }

  @Test
  void shouldNameEveryActivityOfTheMenuForPeople() {
    for (String activity : concat()) {
      assertThat(menu.name(activity)).as(activity).isNotEqualTo(activity).isNotBlank();
    }
  }

  private static java.util.List<String> concat() {
    java.util.List<String> all = new java.util.ArrayList<>(Activities.LEVEL_A);
    all.addAll(Activities.LEVEL_B);
    all.addAll(Activities.LEVEL_C);
    return all;
  }
}
