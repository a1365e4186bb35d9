package org.gridgov.geo.internal;

/**
 * Evaluates boundary leaves (see {@link LeafFormat}): the first candidate, in answer order, whose
 * closed polygon covers a point of the leaf's cell, or -1.
 *
 * <p>Every candidate's parity at p is its parity at the reference point r, flipped by each of its
 * edges that the segment r–p crosses; p on an edge of a candidate means it covers p. In a compact
 * leaf each segment is tested once and flips the parity bits of all the candidates that share it
 * (a bitmask), so the answer is the lowest bit set: one flat loop over the edges, and no branch
 * that depends on the point except the rare "cannot tell".
 *
 * <p><b>Two paths, one answer.</b> The fast path ({@link #fast}) reads the vertices in fixed
 * point relative to r, each within half a unit of its true offset, and computes each sign with an
 * error bound that covers that rounding, the rounding of {@code (p - r) / h} and of the
 * arithmetic: a sign it gives is the true sign. When a bound is not cleared — p within about
 * 10<sup>-4</sup> of a cell's size from an edge, or the line r–p passing as close to a vertex — the
 * leaf is evaluated again by the exact path on the index's double vertices with {@link Orient},
 * the predicates the index always used ({@link ExactLeaves}). The fast path decides only where
 * the exact one gives the same signs, so the two give the same answer.
 */
final class Leaves {
  /** The fast path's "cannot tell". */
  static final int UNSURE = -2;
  /**
   * q × v, v in fixed point within 0.5 of the true offset: at most 0.5 (|qx| + |qy|), plus the
   * double rounding (below 10<sup>-11</sup> of that).
   */
  private static final double SIDE = 0.50001;
  /** a × b in fixed point (exact in int) against the true offsets: 0.5 × 4 × 32767 + 0.5. */
  private static final double CROSS = 65600;
  /** Absolute slack covering underflow in the products. */
  private static final double TINY = 1e-290;

  final int[] records;
  private final double[] widths;
  private final ExactLeaves exact;

  Leaves(int[] records, double[] xy, double[] widths) {
    this.records = records;
    this.widths = widths;
    this.exact = new ExactLeaves(records, xy);
  }

  /**
   * The leaf at {@code at} for point (px, py): its cell is the {@code kx}-th across and
   * {@code ky}-th up at {@code depth} below the top cell whose corner is (cornerX, cornerY), and
   * {@code sub} the point's sub-cell (x + 4 y) in it.
   */
  int eval(int at, double px, double py, double cornerX, double cornerY, int kx, int ky, int depth, int sub) {
    int known = known(at, sub);
    return known != EDGES ? known : edges(at, px, py, cornerX, cornerY, kx, ky, depth);
  }

  /** {@link #known}'s "the edges decide". */
  static final int EDGES = Integer.MIN_VALUE;

  /** The value of sub-cell {@code sub} of the leaf at {@code at} when no edge touches it, else {@link #EDGES}. */
  int known(int at, int sub) {
    final int[] lv = records;
    int head = lv[at];
    int value = (lv[at + 1] >>> (2 * sub)) & 3;
    return head < 0 || value == LeafFormat.TEST_EDGES ? EDGES : lv[at + 2 + value];
  }

  /** The leaf at {@code at} for point (px, py), tested against its edges (see {@link #eval}). */
  int edges(int at, double px, double py, double cornerX, double cornerY, int kx, int ky, int depth) {
    final int[] lv = records;
    int head = lv[at];
    if (head < 0) {
      return exact.exactLeaf(at, px, py);
    }
    int choice = (head >>> LeafFormat.CHOICE_SHIFT) & 7;
    double w = widths[depth];
    double rx = LeafFormat.reference(cornerX, w, kx, choice, false);
    double ry = LeafFormat.reference(cornerY, w, ky, choice, true);
    double scale = LeafFormat.scale(head);
    int got = fast(lv, at, head, (px - rx) * scale, (py - ry) * scale);
    return got != UNSURE ? got : exact.compactLeaf(at, head, rx, ry, px, py);
  }

  /** As {@link #eval} by the exact path only, sub-cells unused (for tests of the fast path). */
  int evalExact(int at, double px, double py, double cornerX, double cornerY, int kx, int ky, int depth) {
    int head = records[at];
    if (head < 0) {
      return exact.exactLeaf(at, px, py);
    }
    int choice = (head >>> LeafFormat.CHOICE_SHIFT) & 7;
    double w = widths[depth];
    double rx = LeafFormat.reference(cornerX, w, kx, choice, false);
    double ry = LeafFormat.reference(cornerY, w, ky, choice, true);
    return exact.compactLeaf(at, head, rx, ry, px, py);
  }

  /**
   * The fast path on a compact leaf, with q = (p - r) / h; {@link #UNSURE} when a sign is too
   * close to call. Edge a → b flips its candidates when a and b lie on opposite sides of the line
   * r–p (sides: the signs of da = q × a and db = q × b) and the crossing lies strictly between r
   * and p: the crossing is at t·q with t = (a × b) / (db - da), so when the sign of a × b (r's
   * side of the edge, stored exactly) is db's and |a × b| &lt; |da| + |db|. The tests are
   * combined as bits.
   */
  static int fast(int[] lv, int at, int head, double qx, double qy) {
    int n = (head >>> LeafFormat.CANDIDATES_SHIFT) & 7;
    int blocks = head & LeafFormat.MAX_BLOCKS;
    int mask = ((head >>> LeafFormat.PARITY_SHIFT) & 0x7F) | (1 << n);
    double side = SIDE * (Math.abs(qx) + Math.abs(qy)) + TINY;
    double cross = 1.001 * (CROSS + 2 * side);
    int o = at + n + 3;
    int v = lv[o++];
    int ax = (short) v;
    int ay = v >> 16;
    double da = qx * ay - qy * ax;
    if (!(Math.abs(da) > side)) {
      return UNSURE;
    }
    for (int k = 0; k < blocks; k++) {
      int edges = lv[o++];
      for (int j = 0; j < 4; j++) {
        v = lv[o++];
        int bx = (short) v;
        int by = v >> 16;
        double db = qx * by - qy * bx;
        if (!(Math.abs(db) > side)) {
          return UNSURE;
        }
        int edge = edges >>> (j << 3);
        long sb = Double.doubleToRawLongBits(db);
        // a and b on opposite sides, r's side of the edge is b's side, and the edge is real
        int test = (int) ((Double.doubleToRawLongBits(da) ^ sb) >>> 63) & ((edge >>> 7) ^ (int) (sb >>> 63))
            & ((edge & 0x7F) + 0x7F) >>> 7;
        double gap = Math.abs(da) + Math.abs(db) - Math.abs((double) (ax * by - ay * bx));
        if ((test & (Math.abs(gap) > cross ? 0 : 1)) != 0) {
          return UNSURE;
        }
        mask ^= edge & 0x7F & -(test & (int) (~Double.doubleToRawLongBits(gap) >>> 63));
        ax = bx;
        ay = by;
        da = db;
      }
    }
    return lv[at + 2 + Integer.numberOfTrailingZeros(mask)];
  }
}
