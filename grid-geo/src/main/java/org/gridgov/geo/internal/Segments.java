package org.gridgov.geo.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct segments of a cell's candidates: each ring edge once, however many candidates'
 * rings hold it (the same two vertex positions, either way round), with the bitmask of those
 * candidates. In emission order: candidates ascending, each one's edges ascending, so that
 * consecutive ring edges stay together as polylines.
 */
final class Segments {
  /** Per segment: its first vertex (in the first candidate that holds it) and its candidates. */
  final int[] first;
  final int[] mask;
  final int size;
  /** Some candidate holds one segment twice (its toggles cancel): only the exact form fits. */
  final boolean repeated;

  private Segments(int[] first, int[] mask, int size, boolean repeated) {
    this.first = first;
    this.mask = mask;
    this.size = size;
    this.repeated = repeated;
  }

  /** The distinct segments of the first {@code keep} candidates (at most 31 of them in masks). */
  static Segments of(IndexInput in, Candidates cand, int keep) {
    int total = (int) cand.edgeCount(keep);
    int[] first = new int[total];
    int[] mask = new int[total];
    int n = 0;
    boolean repeated = false;
    Map<Key, Integer> seen = total > 32 ? new HashMap<>() : null;
    for (int i = 0; i < keep; i++) {
      int[] es = cand.edges[i];
      int bit = i < 31 ? 1 << i : 0;
      for (int k = 0; es != null && k < cand.counts[i]; k++) {
        int e = es[k];
        int at = -1;
        if (seen != null) {
          Integer s = seen.putIfAbsent(new Key(in, e), n);
          at = s == null ? -1 : s;
        } else {
          for (int s = 0; s < n && at < 0; s++) {
            if (same(in, first[s], e)) {
              at = s;
            }
          }
        }
        if (at < 0) {
          first[n] = e;
          mask[n] = bit;
          n++;
        } else {
          repeated |= (mask[at] & bit) != 0 || bit == 0;
          mask[at] |= bit;
        }
      }
    }
    return new Segments(first, mask, n, repeated);
  }

  /** Whether edges e and f join the same two positions. */
  private static boolean same(IndexInput in, int e, int f) {
    double ax = in.x(e);
    double ay = in.y(e);
    double bx = in.x(e + 1);
    double by = in.y(e + 1);
    double cx = in.x(f);
    double cy = in.y(f);
    double dx = in.x(f + 1);
    double dy = in.y(f + 1);
    return (eq(ax, cx) && eq(ay, cy) && eq(bx, dx) && eq(by, dy))
        || (eq(ax, dx) && eq(ay, dy) && eq(bx, cx) && eq(by, cy));
  }

  private static boolean eq(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  /** An undirected segment's positions, for hashing. */
  private static final class Key {
    private final long[] bits;

    Key(IndexInput in, int e) {
      long ax = Double.doubleToLongBits(in.x(e));
      long ay = Double.doubleToLongBits(in.y(e));
      long bx = Double.doubleToLongBits(in.x(e + 1));
      long by = Double.doubleToLongBits(in.y(e + 1));
      boolean swap = Long.compare(ax, bx) > 0 || (ax == bx && Long.compare(ay, by) > 0);
      bits = swap ? new long[] {bx, by, ax, ay} : new long[] {ax, ay, bx, by};
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && Arrays.equals(bits, ((Key) o).bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }
}
