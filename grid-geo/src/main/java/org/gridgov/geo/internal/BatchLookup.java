package org.gridgov.geo.internal;

/**
 * Many lookups of one {@link CellIndex}, each giving what {@code locate} gives, ordered for the
 * memory system in two ways:
 * <ul>
 *   <li><b>By band.</b> A large batch is first bucketed (one counting pass) by bands of top-cell
 *       rows, each band's part of the index small enough for the second-level cache; the bands
 *       are then taken one after the other, so that the index is read about once per batch
 *       rather than once per point.</li>
 *   <li><b>In groups.</b> Points are taken in groups, and each group goes through the lookup's
 *       steps together — every point's top cell, then every descent, then every leaf's sub-cell
 *       word, then the edge tests of the points that still need them. The loads of one step are
 *       independent of each other, so the processor overlaps their cache misses; the points that
 *       leave a step early are dropped from the next by branch-free compaction.</li>
 * </ul>
 * One instance per thread: it holds the group's state.
 */
final class BatchLookup {
  /** Points per group: enough misses in flight, small enough to stay in the first-level cache. */
  private static final int GROUP = 64;
  /** Batches at least this large are bucketed by band first. */
  static final int BANDED = 1 << 16;
  /** Bytes of index per band: about half a second-level cache. */
  private static final long BAND_BYTES = 256 << 10;

  private final CellIndex index;
  private final int[] cells;
  private final Leaves leaves;
  private final int[] point = new int[GROUP];
  private final int[] entry = new int[GROUP];
  private final int[] qx = new int[GROUP];
  private final int[] qy = new int[GROUP];
  private final int[] ix = new int[GROUP];
  private final int[] iy = new int[GROUP];
  private final int[] shift = new int[GROUP];

  BatchLookup(CellIndex index) {
    this.index = index;
    this.cells = index.cells;
    this.leaves = index.leaves;
  }

  void run(double[] xs, double[] ys, int from, int to, int[] out) {
    int bands = (int) Math.min(index.gy, index.stats().bytes() / BAND_BYTES);
    if (to - from < BANDED || bands < 2) {
      for (int base = from; base < to; base += GROUP) {
        group(xs, ys, null, base, Math.min(to, base + GROUP), out);
      }
      return;
    }
    // bucket the points by band of rows (points outside the index: band 0, they end in step 1)
    int rows = (index.gy + bands - 1) / bands;
    int[] start = new int[bands + 1];
    for (int i = from; i < to; i++) {
      start[band(ys[i], rows, bands) + 1]++;
    }
    for (int b = 0; b < bands; b++) {
      start[b + 1] += start[b];
    }
    // the points themselves, copied in band order: every later read is sequential
    int size = to - from;
    int[] order = new int[size];
    double[] bx = new double[size];
    double[] by = new double[size];
    for (int i = from; i < to; i++) {
      int at = start[band(ys[i], rows, bands)]++;
      order[at] = i;
      bx[at] = xs[i];
      by[at] = ys[i];
    }
    for (int base = 0; base < size; base += GROUP) {
      group(bx, by, order, base, Math.min(size, base + GROUP), out);
    }
  }

  private int band(double y, int rows, int bands) {
    int b = (int) ((y - index.oy) * index.inv) / rows;
    return b < 0 ? 0 : Math.min(b, bands - 1);
  }

  /**
   * Points {@code (xs[j], ys[j])}, {@code from <= j < to}, whose answers go to
   * {@code out[order[j]]} (or {@code out[j]} without an order).
   */
  private void group(double[] xs, double[] ys, int[] order, int from, int to, int[] out) {
    final CellIndex c = index;
    final int none = CellBuilder.constant(-1);
    // 1. top cells: every load independent; a constant cell is the answer
    int n = 0;
    for (int j = from; j < to; j++) {
      int i = order == null ? j : order[j];
      double x = xs[j];
      double y = ys[j];
      boolean inside = x >= c.minX && x <= c.maxX && y >= c.minY && y <= c.maxY;
      double fx = (x - c.ox) * c.inv;
      double fy = (y - c.oy) * c.inv;
      int cx = Math.min((int) fx, c.gx - 1);
      int cy = Math.min((int) fy, c.gy - 1);
      int e = cells[inside ? cy * c.gx + cx : 0];
      e = inside ? e : none;
      out[i] = (e >>> 2) - 1;
      point[n] = j;
      entry[n] = e;
      ix[n] = cx;
      iy[n] = cy;
      qx[n] = Math.min((int) ((fx - cx) * CellIndex.SCALE), CellIndex.LAST);
      qy[n] = Math.min((int) ((fy - cy) * CellIndex.SCALE), CellIndex.LAST);
      n += (e & 3) == CellBuilder.TAG_CONSTANT ? 0 : 1;
    }
    // 2. descents below the top cells; a constant cell is the answer
    int m = 0;
    for (int k = 0; k < n; k++) {
      int e = entry[k];
      int s = CellIndex.BITS;
      int x = qx[k];
      int y = qy[k];
      while ((e & 3) == CellBuilder.TAG_INNER) {
        s--;
        e = cells[(e >>> 2) + (((x >>> s) & 1) | (((y >>> s) & 1) << 1))];
      }
      out[order == null ? point[k] : order[point[k]]] = (e >>> 2) - 1;
      point[m] = point[k];
      entry[m] = e;
      qx[m] = x;
      qy[m] = y;
      ix[m] = ix[k];
      iy[m] = iy[k];
      shift[m] = s;
      m += (e & 3) == CellBuilder.TAG_CONSTANT ? 0 : 1;
    }
    // 3. the leaves' sub-cells
    n = 0;
    for (int k = 0; k < m; k++) {
      int s = shift[k];
      int sub = ((qx[k] >>> (s - 2)) & 3) | (((qy[k] >>> (s - 2)) & 3) << 2);
      int known = leaves.known(entry[k] >>> 2, sub);
      out[order == null ? point[k] : order[point[k]]] = known;
      point[n] = point[k];
      entry[n] = entry[k];
      qx[n] = qx[k];
      qy[n] = qy[k];
      ix[n] = ix[k];
      iy[n] = iy[k];
      shift[n] = s;
      n += known == Leaves.EDGES ? 1 : 0;
    }
    // 4. the edges
    for (int k = 0; k < n; k++) {
      int j = point[k];
      int s = shift[k];
      out[order == null ? j : order[j]] = leaves.edges(entry[k] >>> 2, xs[j], ys[j], c.ox + ix[k] * c.size, c.oy + iy[k] * c.size, qx[k] >>> s,
          qy[k] >>> s, CellIndex.BITS - s);
    }
  }
}
