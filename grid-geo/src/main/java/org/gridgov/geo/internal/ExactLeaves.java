package org.gridgov.geo.internal;

/**
 * The exact evaluation of boundary leaves: the index's double vertices and {@link Orient}, which
 * gives JTS's signs. For a compact leaf it is the slow half of {@link Leaves}; a leaf in exact
 * form (see {@link LeafFormat}) has no other.
 *
 * <p>Per edge a–b of a candidate, with the symbolic perturbation that counts a vertex exactly on
 * the line r–p as lying on its right: if a and b lie on opposite sides of the line r–p, p on the
 * edge means the candidate covers p, and otherwise the edge flips the candidate's parity when r
 * and p lie on opposite sides of the line a–b; if a or b lies on the line, the candidate covers p
 * when p is on the edge. A candidate covers p when p is on one of its edges or its parity is odd.
 */
final class ExactLeaves {
  private final int[] records;
  private final double[] xy;

  ExactLeaves(int[] records, double[] xy) {
    this.records = records;
    this.xy = xy;
  }

  /** A compact leaf, r given. */
  int compactLeaf(int at, int head, double rx, double ry, double px, double py) {
    final int[] lv = records;
    final double[] c = xy;
    int n = (head >>> LeafFormat.CANDIDATES_SHIFT) & 7;
    int blocks = head & LeafFormat.MAX_BLOCKS;
    int parity = (head >>> LeafFormat.PARITY_SHIFT) & 0x7F;
    int onEdge = 0;
    int o = at + n + 4;
    int so = o + LeafFormat.BLOCK * blocks;
    int g = 2 * lv[so++];
    double ax = c[g];
    double ay = c[g + 1];
    int oa = Orient.index(rx, ry, px, py, ax, ay);
    walk:
    for (int k = 0; k < blocks; k++, o += LeafFormat.BLOCK) {
      for (int j = 0; j < 4; j++) {
        int edge = (lv[o] >>> (8 * j)) & 0xFF;
        if (edge == 0) {
          break walk;
        }
        int m = edge & 0x7F;
        g = m == 0 ? 2 * lv[so++] : g + 2;
        double bx = c[g];
        double by = c[g + 1];
        int ob = Orient.index(rx, ry, px, py, bx, by);
        if (m != 0) {
          if ((oa > 0) != (ob > 0)) {
            int op = Orient.index(ax, ay, bx, by, px, py);
            if (op == 0) {
              onEdge |= m;
            } else if (Orient.index(ax, ay, bx, by, rx, ry) != op) {
              parity ^= m;
            }
          } else if ((oa == 0 || ob == 0) && Orient.onSegment(ax, ay, bx, by, px, py)) {
            onEdge |= m;
          }
        }
        ax = bx;
        ay = by;
        oa = ob;
      }
    }
    int covered = parity | onEdge | (1 << n);
    return lv[at + 2 + Integer.numberOfTrailingZeros(covered)];
  }

  /** A leaf in exact form: its candidates one by one, in answer order. */
  int exactLeaf(int at, double px, double py) {
    final int[] lv = records;
    final double[] c = xy;
    double rx = Double.longBitsToDouble(((long) lv[at + 1] << 32) | (lv[at + 2] & 0xFFFFFFFFL));
    double ry = Double.longBitsToDouble(((long) lv[at + 3] << 32) | (lv[at + 4] & 0xFFFFFFFFL));
    int n = lv[at] & ~LeafFormat.EXACT;
    int o = at + 5;
    for (int k = 0; k < n; k++) {
      int w = lv[o++];
      int answer = w >>> LeafFormat.ANSWER_SHIFT;
      int runs = (w >>> 1) & LeafFormat.MANY_RUNS;
      if (runs == 0) {
        return answer;
      }
      if (runs == LeafFormat.MANY_RUNS) {
        runs = lv[o++];
      }
      boolean parity = (w & 1) != 0;
      for (int r = 0; r < runs; r++) {
        int g = 2 * lv[o];
        int edges = lv[o + 1];
        o += 2;
        double ax = c[g];
        double ay = c[g + 1];
        int oa = Orient.index(rx, ry, px, py, ax, ay);
        for (int i = g + 2, last = g + 2 * edges; i <= last; i += 2) {
          double bx = c[i];
          double by = c[i + 1];
          int ob = Orient.index(rx, ry, px, py, bx, by);
          if ((oa > 0) != (ob > 0)) {
            int op = Orient.index(ax, ay, bx, by, px, py);
            if (op == 0) {
              return answer;
            }
            if (Orient.index(ax, ay, bx, by, rx, ry) != op) {
              parity = !parity;
            }
          } else if ((oa == 0 || ob == 0) && Orient.onSegment(ax, ay, bx, by, px, py)) {
            return answer;
          }
          ax = bx;
          ay = by;
          oa = ob;
        }
      }
      if (parity) {
        return answer;
      }
    }
    return -1;
  }
}
