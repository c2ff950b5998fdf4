package org.unodc.vpi.aftercommit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Work that must follow a committed change is an event handled by a {@code @TransactionalEventListener}
 * after the commit. Spring Modulith records each such handling (table event_publication) in the changing
 * transaction and marks it completed once the listener returned; this takes up the rest: whatever a
 * listener failed to do, or a stopped JVM never started, is handed to its listener again, all of it from before this node started once
 * the platform is ready and then, on a schedule, what is older than {@code retry-after} (younger work may
 * still be in hand on this or another node). Listeners must be idempotent: two nodes may do the same work.
 *
 * <p>Its own thread, not {@code @Scheduled}: scheduling the mail can be switched off on its own.
 */
@Component
public class UnfinishedWork implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(UnfinishedWork.class);

  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final Duration retryEvery;
  private final Duration retryAfter;
  private final Duration keepCompleted;
  /** Work published since then is in hand (requests served before the platform was ready, other nodes). */
  private final Instant started = Instant.now();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
    Thread thread = new Thread(work, "unfinished-work");
    thread.setDaemon(true);
    return thread;
  });

  public UnfinishedWork(IncompleteEventPublications incomplete, CompletedEventPublications completed,
      @Value("${vpi.unfinished-work.retry-every:PT1M}") Duration retryEvery,
      @Value("${vpi.unfinished-work.retry-after:PT1M}") Duration retryAfter,
      @Value("${vpi.unfinished-work.keep-completed:P7D}") Duration keepCompleted) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.retryEvery = retryEvery;
    this.retryAfter = retryAfter;
    this.keepCompleted = keepCompleted;
  }

  /** Once the platform is ready (engine built, processes deployed): all unfinished work, then on a schedule. */
  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    timer.execute(() -> guarded(this::retryAll));
    timer.scheduleWithFixedDelay(() -> guarded(() -> retryOlderThan(retryAfter)), retryEvery.toMillis(),
        retryEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Hands every piece of work left unfinished before this node started to its listener again. */
  public void retryAll() {
    incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(started));
  }

  /** Hands the work unfinished for at least this long to its listener again, and forgets old completed work. */
  public void retryOlderThan(Duration age) {
    incomplete.resubmitIncompletePublicationsOlderThan(age);
    completed.deletePublicationsOlderThan(keepCompleted);
  }

  // A failing run (the database away) must not end the schedule: the next run tries again.
  private static void guarded(Runnable run) {
    try {
      run.run();
    } catch (RuntimeException e) {
      LOG.warn("Unfinished work could not be taken up now; next attempt on schedule", e);
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
