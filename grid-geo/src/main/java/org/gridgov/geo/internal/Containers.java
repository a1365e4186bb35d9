package org.gridgov.geo.internal;

import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which answers may cover a whole top cell: those whose envelopes contain it. A small envelope
 * (at most {@value #LISTED} top cells inside it) is listed in each cell it contains, a list per
 * cell; a large one goes into an STRtree of envelopes asked cell by cell. So a tiling of many
 * small grids costs a walk of short lists, and a few large polygons cost no list at all.
 */
final class Containers {
  /** Envelopes containing at most this many top cells are listed per cell. */
  private static final int LISTED = 64;
  /** Slack, in cell widths, that keeps the listed cells a superset despite rounding. */
  private static final double SLACK = 1e-6;

  private final TopGrid grid;
  private final int[] start;
  private final int[] answers;
  private final STRtree large = new STRtree();

  Containers(IndexInput in, TopGrid grid) {
    this.grid = grid;
    int top = grid.gx * grid.gy;
    start = new int[top + 1];
    int[][] span = new int[in.answers][];
    for (int a = 0; a < in.answers; a++) {
      Envelope e = in.geometries.get(a).getEnvelopeInternal();
      int ix0 = (int) Math.max(0, Math.ceil((e.getMinX() - grid.ox) / grid.size - SLACK));
      int ix1 = (int) Math.min(grid.gx, Math.floor((e.getMaxX() - grid.ox) / grid.size + SLACK));
      int iy0 = (int) Math.max(0, Math.ceil((e.getMinY() - grid.oy) / grid.size - SLACK));
      int iy1 = (int) Math.min(grid.gy, Math.floor((e.getMaxY() - grid.oy) / grid.size + SLACK));
      if (ix1 <= ix0 || iy1 <= iy0) {
        continue;
      }
      if ((long) (ix1 - ix0) * (iy1 - iy0) > LISTED) {
        large.insert(e, a);
        continue;
      }
      span[a] = new int[] {ix0, ix1, iy0, iy1};
      for (int iy = iy0; iy < iy1; iy++) {
        for (int ix = ix0; ix < ix1; ix++) {
          start[iy * grid.gx + ix + 1]++;
        }
      }
    }
    for (int c = 0; c < top; c++) {
      start[c + 1] += start[c];
    }
    answers = new int[start[top]];
    int[] fill = java.util.Arrays.copyOf(start, top);
    for (int a = 0; a < in.answers; a++) {
      int[] s = span[a];
      for (int iy = s == null ? 0 : s[2]; s != null && iy < s[3]; iy++) {
        for (int ix = s[0]; ix < s[1]; ix++) {
          answers[fill[iy * grid.gx + ix]++] = a;
        }
      }
    }
    large.build();
  }

  /** Every answer whose envelope may contain top cell (ix, iy), each once, in no set order. */
  void forEach(int ix, int iy, IntConsumer each) {
    int c = iy * grid.gx + ix;
    for (int k = start[c]; k < start[c + 1]; k++) {
      each.accept(answers[k]);
    }
    if (large.size() > 0) {
      double x0 = grid.cellX(ix);
      double y0 = grid.cellY(iy);
      large.query(new Envelope(x0, x0 + grid.size, y0, y0 + grid.size), item -> each.accept((Integer) item));
    }
  }
}
