package org.gridgov.geo.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Writes boundary leaves in the {@link LeafFormat}: chooses the reference point r (in the cell and
 * on none of the candidates' edges: for a compact leaf one of the eight
 * {@link LeafFormat#reference} points), asks JTS whether r is inside each candidate, and lays out
 * the candidates' distinct segments with their vertices relative to r in fixed point.
 */
final class LeafWriter {
  private static final double[][] TRIES = {
      {0.5, 0.5}, {0.3141592653589793, 0.2718281828459045}, {0.6931471805599453, 0.5772156649015329},
      {0.4142135623730950, 0.7320508075688772}, {0.2360679774997897, 0.6180339887498949}};

  private final IndexInput in;
  private final TopGrid grid;
  final IntList out;
  int leaves;
  int exactLeaves;
  long leafEdges;

  LeafWriter(IndexInput in, TopGrid grid, int capacity) {
    this.in = in;
    this.grid = grid;
    this.out = new IntList(capacity);
  }

  /**
   * Writes the leaf of cell [x0, x1] × [y0, y1], the {@code kx}-th across and {@code ky}-th up at
   * {@code depth} below the top cell whose corner is (cornerX, cornerY), holding the first
   * {@code keep} candidates; returns its offset.
   */
  int write(double x0, double y0, double x1, double y1, double cornerX, double cornerY, int kx, int ky, int depth,
      Candidates cand, int keep) {
    Segments segments = Segments.of(in, cand, keep);
    int choice = -1;
    double rx = 0;
    double ry = 0;
    for (int c = 0; c < LeafFormat.CHOICES && choice < 0; c++) {
      rx = LeafFormat.reference(cornerX, grid.width(depth), kx, c, false);
      ry = LeafFormat.reference(cornerY, grid.width(depth), ky, c, true);
      if (rx > x0 && rx < x1 && ry > y0 && ry < y1 && clear(rx, ry, cand, keep)) {
        choice = c;
      }
    }
    int at = out.n;
    if (at > (Integer.MAX_VALUE >>> 2)) {
      throw new IllegalStateException("index too large");
    }
    if (choice >= 0 && keep <= LeafFormat.MAX_CANDIDATES && !segments.repeated
        && segments.size < 2 * LeafFormat.MAX_BLOCKS && compact(x0, y0, x1, y1, rx, ry, choice, cand, keep, segments)) {
      leafEdges += segments.size;
      leaves++;
      return at;
    }
    out.n = at;
    double[] r = choice >= 0 ? new double[] {rx, ry} : exactReference(x0, y0, x1, y1, cand, keep);
    exact(r[0], r[1], cand, keep, insideAt(r[0], r[1], cand, keep));
    leafEdges += segments.size;
    leaves++;
    return at;
  }

  /** Whether r (on none of their edges) is inside each candidate; a whole-cell candidate is. */
  private boolean[] insideAt(double rx, double ry, Candidates cand, int keep) {
    boolean[] inside = new boolean[keep];
    for (int i = 0; i < keep; i++) {
      inside[i] = cand.edges[i] == null || in.inside(cand.answers[i], rx, ry);
    }
    return inside;
  }

  /** Writes the compact form; false (having written part of it) when the offsets cannot be scaled. */
  private boolean compact(double x0, double y0, double x1, double y1, double rx, double ry, int choice,
      Candidates cand, int keep, Segments segments) {
    // the vertices in polylines (runs of segments whose first vertices follow each other in one
    // ring), each edge's byte, then padding to whole blocks of four edges
    int[] vertex = new int[2 * segments.size + 4];
    int[] edge = new int[2 * segments.size + 4];
    int[] starts = new int[segments.size];
    int nv = 0;
    int ne = 0;
    int polylines = 0;
    for (int s = 0; s < segments.size; s++) {
      int e = segments.first[s];
      if (s == 0 || e != segments.first[s - 1] + 1) {
        if (s > 0) {
          edge[ne++] = LeafFormat.BREAK;
        }
        starts[polylines++] = e;
        vertex[nv++] = e;
      }
      boolean left = Orient.index(in.x(e), in.y(e), in.x(e + 1), in.y(e + 1), rx, ry) > 0;
      edge[ne++] = segments.mask[s] | (left ? 0x80 : 0);
      vertex[nv++] = e + 1;
    }
    while (ne % 4 != 0) {
      edge[ne++] = 0;
      vertex[nv] = vertex[nv - 1];
      nv++;
    }
    // the unit h: the smallest power of two that puts every offset within UNITS
    double vmax = 0;
    for (int k = 0; k < nv; k++) {
      vmax = Math.max(vmax, Math.max(Math.abs(in.x(vertex[k]) - rx), Math.abs(in.y(vertex[k]) - ry)));
    }
    int exponent = Math.getExponent(vmax / LeafFormat.UNITS) + 1;
    if (Math.abs(exponent) > LeafFormat.MAX_EXPONENT) {
      return false;
    }
    double scale = Math.scalb(1.0, -exponent);
    int parity = 0;
    boolean[] inside = insideAt(rx, ry, cand, keep);
    for (int i = 0; i < keep; i++) {
      parity |= inside[i] ? 1 << i : 0;
    }
    int at = out.n;
    int header = LeafFormat.compactHeader(ne / 4, keep, parity, choice, exponent);
    out.add(header);
    out.add(-1);
    for (int i = 0; i < keep; i++) {
      out.add(in.value(cand.answers[i]));
    }
    out.add(-1);
    out.add(fixed(vertex[0], rx, ry, scale));
    for (int k = 0; k < ne; k += 4) {
      out.add(edge[k] | edge[k + 1] << 8 | edge[k + 2] << 16 | edge[k + 3] << 24);
      for (int j = 1; j <= 4; j++) {
        out.add(fixed(vertex[k + j], rx, ry, scale));
      }
    }
    for (int p = 0; p < polylines; p++) {
      out.add(starts[p]);
    }
    out.a[at + 1] = subCells(at, header, rx, ry, x0, y0, x1, y1, segments);
    return true;
  }

  /**
   * The two-bit values of the 4 × 4 sub-cells (cut by halving twice, as the quadtree would) of
   * the compact leaf just written at {@code at}: where no edge touches the sub-cell grown by the
   * margin, every point of it has the answer of its centre (the leaf's own evaluation, fast path
   * or exact; the centre lies on no edge); else {@link LeafFormat#TEST_EDGES}.
   */
  private int subCells(int at, int header, double rx, double ry, double x0, double y0, double x1, double y1,
      Segments segments) {
    double[] xs = quarters(x0, x1);
    double[] ys = quarters(y0, y1);
    boolean[] touched = new boolean[16];
    for (int s = 0; s < segments.size; s++) {
      int e = segments.first[s];
      double ax = in.x(e);
      double ay = in.y(e);
      double bx = in.x(e + 1);
      double by = in.y(e + 1);
      for (int j = 0; j < 4; j++) {
        for (int i = 0; i < 4; i++) {
          touched[4 * j + i] |= TopGrid.touches(ax, ay, bx, by, xs[i], ys[j], xs[i + 1], ys[j + 1]);
        }
      }
    }
    ExactLeaves exact = new ExactLeaves(out.a, in.xy);
    double scale = LeafFormat.scale(header);
    int keep = (header >>> LeafFormat.CANDIDATES_SHIFT) & 7;
    int word = 0;
    for (int k = 0; k < 16; k++) {
      int value = LeafFormat.TEST_EDGES;
      if (!touched[k]) {
        double cx = (xs[k & 3] + xs[(k & 3) + 1]) / 2;
        double cy = (ys[k >> 2] + ys[(k >> 2) + 1]) / 2;
        int got = Leaves.fast(out.a, at, header, (cx - rx) * scale, (cy - ry) * scale);
        got = got != Leaves.UNSURE ? got : exact.compactLeaf(at, header, rx, ry, cx, cy);
        int index = keep;
        for (int c = 0; c < keep && got >= 0 && index == keep; c++) {
          index = out.a[at + 2 + c] == got ? c : keep;
        }
        value = Math.min(index, LeafFormat.TEST_EDGES);
      }
      word |= value << (2 * k);
    }
    return word;
  }

  private static double[] quarters(double a, double b) {
    double m = (a + b) / 2;
    return new double[] {a, (a + m) / 2, m, (m + b) / 2, b};
  }

  /** Vertex v relative to r, in units of 1 / scale, rounded: x low, y high. */
  private int fixed(int v, double rx, double ry, double scale) {
    int x = (int) Math.rint((in.x(v) - rx) * scale);
    int y = (int) Math.rint((in.y(v) - ry) * scale);
    if (Math.abs(x) > LeafFormat.UNITS || Math.abs(y) > LeafFormat.UNITS) {
      throw new IllegalStateException("offset out of range: " + x + ", " + y);
    }
    return (x & 0xFFFF) | (y << 16);
  }

  private void exact(double rx, double ry, Candidates cand, int keep, boolean[] inside) {
    // Two candidates whose edges in the cell are the same segments and whose parities at r
    // differ split the cell between them: every point not covered by the first is covered by
    // the second, so the second needs no test (it is written as covering the whole cell).
    boolean lastIsRest = keep == 2 && cand.edges[0] != null && cand.edges[1] != null && inside[0] != inside[1]
        && sameSegments(cand.edges[0], cand.counts[0], cand.edges[1], cand.counts[1]);
    out.add(keep | LeafFormat.EXACT);
    addDouble(rx);
    addDouble(ry);
    exactLeaves++;
    for (int i = 0; i < keep; i++) {
      int[] es = cand.edges[i];
      if (es == null || (lastIsRest && i == 1)) {
        out.add(LeafFormat.candidateWord(in.value(cand.answers[i]), 0, true));
        continue;
      }
      int runs = 0;
      for (int k = 0; k < cand.counts[i]; k++) {
        runs += k == 0 || es[k] != es[k - 1] + 1 ? 1 : 0;
      }
      out.add(LeafFormat.candidateWord(in.value(cand.answers[i]), runs, inside[i]));
      if (runs >= LeafFormat.MANY_RUNS) {
        out.add(runs);
      }
      int k = 0;
      while (k < cand.counts[i]) {
        int j = k;
        while (j + 1 < cand.counts[i] && es[j + 1] == es[j] + 1) {
          j++;
        }
        out.add(es[k]);
        out.add(j - k + 1);
        k = j + 1;
      }
    }
  }

  private void addDouble(double d) {
    long bits = Double.doubleToRawLongBits(d);
    out.add((int) (bits >>> 32));
    out.add((int) bits);
  }

  /** A point of the cell on none of the candidates' edges. */
  private double[] exactReference(double x0, double y0, double x1, double y1, Candidates cand, int keep) {
    for (int t = 0; ; t++) {
      double rx = x0 + (x1 - x0) * fraction(t, 0);
      double ry = y0 + (y1 - y0) * fraction(t, 1);
      if (clear(rx, ry, cand, keep)) {
        return new double[] {rx, ry};
      }
    }
  }

  private static double fraction(int t, int axis) {
    if (t < TRIES.length) {
      return TRIES[t][axis];
    }
    return (t * (axis == 0 ? 0.6180339887498949 : 0.7548776662466927)) % 1.0;
  }

  private boolean clear(double rx, double ry, Candidates cand, int keep) {
    for (int i = 0; i < keep; i++) {
      int[] es = cand.edges[i];
      for (int k = 0; es != null && k < cand.counts[i]; k++) {
        int e = es[k];
        if (Orient.onSegment(in.x(e), in.y(e), in.x(e + 1), in.y(e + 1), rx, ry)) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when two edge lists hold the same undirected segments (as coordinates). */
  boolean sameSegments(int[] a, int na, int[] b, int nb) {
    if (na != nb) {
      return false;
    }
    long[][] ka = new long[na][];
    long[][] kb = new long[nb][];
    for (int i = 0; i < na; i++) {
      ka[i] = segmentKey(a[i]);
      kb[i] = segmentKey(b[i]);
    }
    Comparator<long[]> order = Arrays::compare;
    Arrays.sort(ka, order);
    Arrays.sort(kb, order);
    for (int i = 0; i < na; i++) {
      if (!Arrays.equals(ka[i], kb[i])) {
        return false;
      }
    }
    return true;
  }

  private long[] segmentKey(int e) {
    long ax = Double.doubleToLongBits(in.x(e));
    long ay = Double.doubleToLongBits(in.y(e));
    long bx = Double.doubleToLongBits(in.x(e + 1));
    long by = Double.doubleToLongBits(in.y(e + 1));
    boolean swap = Long.compare(ax, bx) > 0 || (ax == bx && Long.compare(ay, by) > 0);
    return swap ? new long[] {bx, by, ax, ay} : new long[] {ax, ay, bx, by};
  }
}
