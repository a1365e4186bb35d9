package org.gridgov.geo.internal;

/**
 * The uniform grid of square top cells over the polygons' extent, about one cell per edge, and
 * the rasterisation of every ring edge into the top cells it may touch.
 */
final class TopGrid {
  /** Cells are grown by this much (degrees) when collecting edges: far above rounding error. */
  static final double MARGIN = 1e-9;

  final double ox;
  final double oy;
  final double size;
  final int gx;
  final int gy;
  /** The width of a cell at each depth below a top cell. */
  private final double[] widths = new double[CellBuilder.MAX_DEPTH + 1];

  TopGrid(double ox, double oy, double size, int gx, int gy) {
    this.ox = ox;
    this.oy = oy;
    this.size = size;
    this.gx = gx;
    this.gy = gy;
    for (int d = 0; d < widths.length; d++) {
      widths[d] = size / (1 << d);
    }
  }

  /** The width (and height) of a cell at {@code depth} below a top cell. */
  double width(int depth) {
    return widths[depth];
  }

  /** The widths at every depth, 0 to {@link CellBuilder#MAX_DEPTH}. */
  double[] widths() {
    return widths.clone();
  }

  /** About one top cell per edge over the extent, at most about 4096 across. */
  static TopGrid over(IndexInput in) {
    double w = Math.max(in.maxX - in.minX, 1e-6);
    double h = Math.max(in.maxY - in.minY, 1e-6);
    long target = Math.max(16, Math.min(1L << 22, in.edges));
    double size = Math.sqrt(w * h / target);
    size = Math.max(size, Math.max(w, h) / 4096.0);
    // above twice the margin, so that every point of the query box lies in a top cell
    size = Math.max(size, 4 * MARGIN);
    double ox = in.minX - size / 2;
    double oy = in.minY - size / 2;
    int gx = (int) Math.ceil((in.maxX - ox) / size + 0.5);
    int gy = (int) Math.ceil((in.maxY - oy) / size + 0.5);
    return new TopGrid(ox, oy, size, gx, gy);
  }

  /** The west side of column {@code ix}: the same expression at build and query time. */
  double cellX(int ix) {
    return ox + ix * size;
  }

  /** The south side of row {@code iy}. */
  double cellY(int iy) {
    return oy + iy * size;
  }

  /**
   * The edges of every top cell, grouped by cell in ascending edge order (so, within a cell,
   * grouped by answer in ascending order): {@code start[c]} to {@code start[c + 1]} in the
   * returned array. Two passes, count then fill.
   */
  int[] rasterise(IndexInput in, int[] start) {
    emit(in, start, null);
    for (int c = 0; c < gx * gy; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = java.util.Arrays.copyOf(start, gx * gy);
    int[] edges = new int[start[gx * gy]];
    emit(in, fill, edges);
    return edges;
  }

  /** Emits (cell, edge) pairs: counts into {@code at[cell + 1]} when {@code out} is null, else fills. */
  private void emit(IndexInput in, int[] at, int[] out) {
    for (int r = 0; r < in.rings; r++) {
      for (int i = in.ringStart[r]; i < in.ringEnd[r] - 1; i++) {
        double ax = in.x(i);
        double ay = in.y(i);
        double bx = in.x(i + 1);
        double by = in.y(i + 1);
        int ix0 = clamp((int) Math.floor((Math.min(ax, bx) - MARGIN - ox) / size), gx);
        int ix1 = clamp((int) Math.floor((Math.max(ax, bx) + MARGIN - ox) / size), gx);
        int iy0 = clamp((int) Math.floor((Math.min(ay, by) - MARGIN - oy) / size), gy);
        int iy1 = clamp((int) Math.floor((Math.max(ay, by) + MARGIN - oy) / size), gy);
        for (int iy = iy0; iy <= iy1; iy++) {
          for (int ix = ix0; ix <= ix1; ix++) {
            double x0 = cellX(ix);
            double y0 = cellY(iy);
            if ((ix0 == ix1 && iy0 == iy1) || touches(ax, ay, bx, by, x0, y0, x0 + size, y0 + size)) {
              int c = iy * gx + ix;
              if (out == null) {
                at[c + 1]++;
              } else {
                out[at[c]++] = i;
              }
            }
          }
        }
      }
    }
  }

  private static int clamp(int i, int n) {
    return i < 0 ? 0 : i >= n ? n - 1 : i;
  }

  /**
   * Conservatively, whether segment a–b touches the rectangle grown by {@link #MARGIN}: false
   * only when it certainly does not.
   */
  static boolean touches(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
    x0 -= MARGIN;
    y0 -= MARGIN;
    x1 += MARGIN;
    y1 += MARGIN;
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
      return false;
    }
    double dx = bx - ax;
    double dy = by - ay;
    double s0 = dx * (y0 - ay) - dy * (x0 - ax);
    double s1 = dx * (y0 - ay) - dy * (x1 - ax);
    double s2 = dx * (y1 - ay) - dy * (x0 - ax);
    double s3 = dx * (y1 - ay) - dy * (x1 - ax);
    return !((s0 > 0 && s1 > 0 && s2 > 0 && s3 > 0) || (s0 < 0 && s1 < 0 && s2 < 0 && s3 < 0));
  }
}
