package org.unodc.vpi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs calls on threads of their own, released at the same moment by a barrier, so they really collide. */
public final class Together {

  private Together() {}

  /** The answers of {@code parties} calls of {@code call} (given 0, 1, ...), in that order. */
  public static <T> List<T> run(int parties, IntFunction<T> call) {
    ExecutorService threads = Executors.newFixedThreadPool(parties);
    try {
      CyclicBarrier start = new CyclicBarrier(parties);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < parties; i++) {
        int index = i;
        futures.add(threads.submit(() -> {
          start.await();
          return call.apply(index);
        }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } catch (Exception e) {
      throw new AssertionError("a colliding call failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
