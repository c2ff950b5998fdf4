package org.unodc.vpi.aftercommit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class FollowingWorkTest {

  @Test
  void shouldAnswerWorkHandedInWhileStoppingWithAFailedFutureInsteadOfThrowing() {
    FollowingWork work = new FollowingWork(new JdbcDataSource(), Duration.ofSeconds(1), 1);
    work.destroy();
    AtomicBoolean ran = new AtomicBoolean();

    CompletableFuture<Void> done = work.run(() -> ran.set(true));

    assertThat(done).isCompletedExceptionally();
    assertThat(ran).as("not done: left unfinished for the next start").isFalse();
  }
}
