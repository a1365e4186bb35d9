package org.gridgov.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.CellIndex;

/**
 * The batch lookup behind {@link GridLocator#locateAllIn(CoordinateSystem, double[], double[],
 * Executor, int)}: checks every point first, splits the points into contiguous parts, converts
 * each part to the index's coordinate system when needed and hands it to the index's batch
 * lookup; the calling thread takes the first part, the executor the others.
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
    List<CompletableFuture<Void>> others = new ArrayList<>();
    for (int p = 1; p < parts; p++) {
      int from = (int) ((long) n * p / parts);
      int to = (int) ((long) n * (p + 1) / parts);
      Runnable part = () -> part(index, indexSystem, system, lons, lats, xs, ys, from, to, out);
      try {
        others.add(CompletableFuture.runAsync(part, executor));
      } catch (RejectedExecutionException e) {
        part.run();
      }
    }
    part(index, indexSystem, system, lons, lats, xs, ys, 0, (int) ((long) n / parts), out);
    for (CompletableFuture<Void> f : others) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }
    return out;
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
