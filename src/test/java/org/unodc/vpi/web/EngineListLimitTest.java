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
  void readsNamesAndValuesPercentDecodedAsJerseyDoes() {
    assertThat(EngineListLimit.Limit.capped("maxResults=%31%30%30%30%30%30%30%30%30")).isEqualTo("maxResults=200");
    assertThat(EngineListLimit.Limit.capped("max%52esults=100000000&firstResult=0"))
        .isEqualTo("maxResults=200&firstResult=0");
    assertThat(EngineListLimit.Limit.capped("%6d%61%78%52%65%73%75%6c%74%73=%35%30%30")).isEqualTo("maxResults=200");
    assertThat(EngineListLimit.Limit.capped("max%52esults=%31%35")).isEqualTo("max%52esults=%31%35");
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
