package org.gridgov.geo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.CellIndex;

/**
 * The batch lookup behind {@link GridLocator#locateAllIn(CoordinateSystem, double[], double[],
 * Executor, int)}: checks every point first, splits the points into contiguous parts, converts
 * each part to the index's coordinate system when needed and hands it to the index's batch
 * lookup; the calling thread and up to {@code parallelism - 1} of the executor's threads claim the
 * parts one at a time, and the calling thread does every part nobody else started.
 */
final class BatchLocate {
  /** Parts are not made smaller than this: below it a thread costs more than it saves. */
  static final int MIN_PART = 8192;

  private BatchLocate() {}

  static int[] run(CellIndex index, CoordinateSystem indexSystem, CoordinateSystem system, double[] lons,
      double[] lats, Executor executor, int parallelism) {
    if (system == null) {
      throw new MissingValueException("system");
    }
    if (lons == null || lats == null) {
      throw new MissingValueException(lons == null ? "lons" : "lats");
    }
    if (executor == null) {
      throw new MissingValueException("executor");
    }
    if (parallelism < 1) {
      throw new InvalidInputException("parallelism", Integer.toString(parallelism), "must be at least 1");
    }
    if (lons.length != lats.length) {
      throw new InvalidInputException("lats.length", Integer.toString(lats.length),
          "must equal lons.length " + lons.length);
    }
    for (int i = 0; i < lons.length; i++) {
      if (!LonLat.valid(lons[i], lats[i])) {
        LonLat.check("lons[" + i + "]", lons[i], "lats[" + i + "]", lats[i]);
      }
    }
    int n = lons.length;
    int[] out = new int[n];
    double[] xs = system == indexSystem ? lons : new double[n];
    double[] ys = system == indexSystem ? lats : new double[n];
    int parts = (int) Math.max(1, Math.min(parallelism, (long) n / MIN_PART));
    Parts work = new Parts(parts, p -> part(index, indexSystem, system, lons, lats, xs, ys,
        (int) ((long) n * p / parts), (int) ((long) n * (p + 1) / parts), out));
    for (int t = 1; t < parts; t++) {
      try {
        executor.execute(work::claimAndRun);
      } catch (RuntimeException refused) {
        break; // rejected or failing executor: the calling thread claims what is left
      }
    }
    work.claimAndRun();
    work.awaitAll();
    return out;
  }

  /**
   * The parts of one batch, claimed one at a time by whichever thread comes first: the calling
   * thread claims until none is left, so a part that no worker ever starts (a busy, queued or
   * discarding executor; a pool the caller itself runs on) is done by the caller rather than waited
   * for, and the caller waits only for parts a running thread has claimed. The first failure is
   * rethrown once every claimed part has ended, so no thread still writes when the call returns.
   */
  private static final class Parts {
    private final int count;
    private final IntConsumer body;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch ended;
    private final AtomicReference<Throwable> failure =
        new AtomicReference<>();

    Parts(int count, IntConsumer body) {
      this.count = count;
      this.body = body;
      this.ended = new CountDownLatch(count);
    }

    void claimAndRun() {
      for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            body.accept(p);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          ended.countDown();
        }
      }
    }

    /** Waits (uninterruptibly: the parts write the caller's result) for every part, then rethrows the first failure. */
    void awaitAll() {
      boolean interrupted = false;
      while (true) {
        try {
          ended.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable t = failure.get();
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      if (t instanceof Error) {
        throw (Error) t;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
    }
  }

  private static void part(CellIndex index, CoordinateSystem indexSystem, CoordinateSystem system, double[] lons,
      double[] lats, double[] xs, double[] ys, int from, int to, int[] out) {
    if (system != indexSystem) {
      double[] p = new double[2];
      for (int i = from; i < to; i++) {
        CoordinateSystem.convertUnchecked(system, indexSystem, lons[i], lats[i], p, 0);
        xs[i] = p[0];
        ys[i] = p[1];
      }
    }
    index.locateAll(xs, ys, from, to, out);
  }
}
