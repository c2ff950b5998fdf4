package org.unodc.vpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineListLimitTest {

  @Test
  void lowersEveryMaxResultsAboveTheCapAndLeavesTheRest() {
    assertThat(EngineListLimit.Limit.capped("firstResult=0&maxResults=100000000&sortBy=created"))
        .isEqualTo("firstResult=0&maxResults=200&sortBy=created");
    assertThat(EngineListLimit.Limit.capped("maxResults=201")).isEqualTo("maxResults=200");
    assertThat(EngineListLimit.Limit.capped("maxResults=99999999999999999999")).isEqualTo("maxResults=200");
    assertThat(EngineListLimit.Limit.capped("maxResults=200&maxResults=5000")).isEqualTo("maxResults=200&maxResults=200");
  }

  @Test
  void leavesSmallCountsAndWhatIsNoCountToTheEngine() {
    assertThat(EngineListLimit.Limit.capped("maxResults=200")).isEqualTo("maxResults=200");
    assertThat(EngineListLimit.Limit.capped("maxResults=15&firstResult=3000")).isEqualTo("maxResults=15&firstResult=3000");
    assertThat(EngineListLimit.Limit.capped("maxResults=abc")).isEqualTo("maxResults=abc");
    assertThat(EngineListLimit.Limit.capped("maxResults=-1")).isEqualTo("maxResults=-1");
    assertThat(EngineListLimit.Limit.capped("xmaxResults=100000")).isEqualTo("xmaxResults=100000");
  }
}
