package org.unodc.vpi.aftercommit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the work a {@code @TransactionalEventListener} does after a commit on a few threads of its own, and
 * lets the committing thread wait a moment for it, so that the one who made the change usually finds it
 * done when answered.
 *
 * <p>Not in the committing thread: after the commit that thread still holds its database connection until
 * the listeners are done, and work in a new transaction needs a second one; twenty requests at once held
 * every connection of the pool, each waiting for a second. For the same reason the committing thread stops
 * waiting as soon as another thread waits for a connection (the pool would answer it 503 after its
 * connection timeout): the work goes on meanwhile and the answer goes out.
 *
 * <p>The listener returns the future: Spring Modulith marks the event publication completed when it
 * succeeds, and leaves it for {@link UnfinishedWork} when it fails or the JVM stops first.
 */
@Component
public class FollowingWork implements DisposableBean {

  private static final long SLICE_MILLIS = 20;
  /**
   * Modulith marks the publication completed in a new transaction, on the thread that completes the returned
   * future, or on the committing thread (a second connection while it holds one) if the future is done when
   * the listener returns. So the returned future completes on a worker, this long after the work: by then
   * Modulith has chained its mark onto it.
   */
  private static final long HAND_OVER_MILLIS = 100;

  private final Duration await;
  private final HikariDataSource pool;
  private final ExecutorService workers;
  private final Executor handOver;

  public FollowingWork(DataSource dataSource, @Value("${vpi.unfinished-work.await:PT5S}") Duration await,
      @Value("${vpi.unfinished-work.threads:4}") int threads) {
    this.await = await;
    this.pool = hikari(dataSource);
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "following-work-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.handOver = CompletableFuture.delayedExecutor(HAND_OVER_MILLIS, TimeUnit.MILLISECONDS, workers);
  }

  /** The work, started at once; usually done when this returns (see the class comment). */
  public CompletableFuture<Void> run(Runnable work) {
    CompletableFuture<Void> done;
    try {
      done = CompletableFuture.runAsync(work, workers);
    } catch (RejectedExecutionException stopping) {
      // Shutting down: nothing may escape into the afterCommit of a committed change; the work stays unfinished.
      return CompletableFuture.failedFuture(stopping);
    }
    long deadline = System.nanoTime() + await.toNanos();
    try {
      while (System.nanoTime() < deadline && !someoneWaitsForAConnection()) {
        try {
          done.get(SLICE_MILLIS, TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException stillRunning) {
          // Look at the pool again.
        }
      }
    } catch (ExecutionException failed) {
      // The returned future says so, and Modulith leaves the publication unfinished.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Stopping meanwhile, the hand-over never runs: the publication stays unfinished, as it should.
    return done.thenApplyAsync(nothing -> nothing, handOver);
  }

  private boolean someoneWaitsForAConnection() {
    // Null until the pool has started (and for another kind of pool): nothing to look at.
    var bean = pool == null ? null : pool.getHikariPoolMXBean();
    return bean != null && bean.getThreadsAwaitingConnection() > 0;
  }

  private static HikariDataSource hikari(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  @Override
  public void destroy() {
    // Work cut short stays unfinished in event_publication and is done again on the next start.
    workers.shutdownNow();
  }
}
