package org.unodc.vpi.aftercommit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class FollowingWorkTest {

  @Test
  void shouldLetWhatFollowsTheWorkRunOnAWorkerNotOnTheCommittingThread() throws Exception {
    FollowingWork work = new FollowingWork(new JdbcDataSource(), Duration.ofSeconds(5), 1);
    try {
      // As Modulith chains its completion mark (a new transaction) right after the listener returned.
      CompletableFuture<String> mark = work.run(() -> {}).thenApply(done -> Thread.currentThread().getName());

      assertThat(mark.get(5, TimeUnit.SECONDS)).startsWith("following-work-");
    } finally {
      work.destroy();
    }
  }

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
