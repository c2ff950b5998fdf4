package org.unodc.vpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class H2CommitDurabilityTest {

  @Test
  void shouldWriteEachCommitOfAnH2DatabaseOnDisk() {
    assertThat(H2CommitDurability.durable("jdbc:h2:file:./data/demo;DB_CLOSE_ON_EXIT=FALSE"))
        .isEqualTo("jdbc:h2:file:./data/demo;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    assertThat(H2CommitDurability.durable("jdbc:h2:/var/lib/vpi/vpi")).isEqualTo("jdbc:h2:/var/lib/vpi/vpi;WRITE_DELAY=0");
    assertThat(H2CommitDurability.durable("jdbc:h2:file:./x;write_delay=0")).isEqualTo("jdbc:h2:file:./x;write_delay=0");
  }

  @Test
  void shouldLeaveOtherDatabasesAsTheyAre() {
    assertThat(H2CommitDurability.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
    assertThat(H2CommitDurability.durable("jdbc:postgresql://db/vpi")).isEqualTo("jdbc:postgresql://db/vpi");
  }

  @Test
  void shouldRefuseAUrlThatDelaysCommits() {
    assertThatThrownBy(() -> H2CommitDurability.durable("jdbc:h2:file:./data/vpi;WRITE_DELAY=500"))
        .hasMessageContaining("WRITE_DELAY=500").hasMessageContaining("SPRING_DATASOURCE_URL");
  }
}
