package org.unodc.vpi.aftercommit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the work a {@code @TransactionalEventListener} does after a commit on a few threads of its own, and
 * waits a moment for it, so that the one who made the change usually finds it done when answered.
 *
 * <p>Not in the committing thread: after the commit that thread still holds its database connection until
 * the listeners are done, and work in a new transaction needs a second one; twenty requests at once would
 * hold every connection of the pool and wait for a second forever. Here the committing thread waits at most
 * {@code vpi.unfinished-work.await}, then lets its connection go and the work goes on meanwhile.
 *
 * <p>The listener returns the future: Spring Modulith marks the event publication completed when it
 * succeeds, and leaves it for {@link UnfinishedWork} when it fails or the JVM stops first.
 */
@Component
public class FollowingWork implements DisposableBean {

  private final Duration await;
  private final ExecutorService workers;

  public FollowingWork(@Value("${vpi.unfinished-work.await:PT3S}") Duration await,
      @Value("${vpi.unfinished-work.threads:4}") int threads) {
    this.await = await;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "following-work-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The work, started at once; done when the answer comes unless it takes longer than the wait. */
  public CompletableFuture<Void> run(Runnable work) {
    CompletableFuture<Void> done = CompletableFuture.runAsync(work, workers);
    try {
      done.get(await.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Still running, or failed: the returned future says which, and Modulith records it.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return done;
  }

  @Override
  public void destroy() {
    // Work cut short stays unfinished in event_publication and is done again on the next start.
    workers.shutdownNow();
  }
}
