package org.gridgov.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the cells of a band of top-cell rows: for each top cell its tagged entry, and below the
 * cells with edges a quadtree refined until a cell holds at most a few edges to test. Entries
 * point into this builder's own arrays ({@link #cells} below the top cells, {@link #leaves});
 * {@link IndexBuilder} moves them into place when the bands are joined.
 */
final class CellBuilder {
  static final int TAG_CONSTANT = 0;
  static final int TAG_INNER = 1;
  static final int TAG_LEAF = 2;
  /** The deepest quadtree level below a top cell (the descent reads this many bits). */
  static final int MAX_DEPTH = 14;
  static final int MAX_LEAF_EDGES = 8;
  /**
   * A cell is not split again after this many levels in a row that removed none of its edges:
   * edges that all pass through one point, or duplicated edges, never thin out, and splitting
   * them down to the full depth would take memory without end (found by fuzzing).
   */
  static final int MAX_STALLED_LEVELS = 6;
  static final double MIN_CELL = 1e-7;

  private final IndexInput in;
  private final TopGrid grid;
  private final Containers containers;
  final IntList cells;
  final LeafWriter leaves;
  int maxDepth;
  /** A safety net: past this many cells, every cell still to build becomes a leaf. */
  private final long budget;
  private double cornerX;
  private double cornerY;

  CellBuilder(IndexInput in, TopGrid grid, Containers containers, long edgeRefs) {
    this.in = in;
    this.grid = grid;
    this.containers = containers;
    this.cells = new IntList((int) Math.min(1 << 20, edgeRefs / 2 + 16));
    this.leaves = new LeafWriter(in, grid, (int) Math.min(1 << 22, edgeRefs * 12 + 64));
    this.budget = 16 * edgeRefs + 4096;
  }

  /** The entry of top cell (ix, iy) whose edges are {@code edges[from..to)}. */
  int topCell(int ix, int iy, int[] edges, int from, int to) {
    double x0 = grid.cellX(ix);
    double y0 = grid.cellY(iy);
    double x1 = x0 + grid.size;
    double y1 = y0 + grid.size;
    cornerX = x0;
    cornerY = y0;
    return cell(x0, y0, x1, y1, 0, 0, 0, 0, topCandidates(ix, iy, edges, from, to, x0, y0, x1, y1));
  }

  /** The entry of edge-free top cell (ix, iy): the smallest answer covering its centre. */
  int edgeFree(int ix, int iy) {
    double cx = grid.cellX(ix) + grid.size / 2;
    double cy = grid.cellY(iy) + grid.size / 2;
    int[] best = {-1};
    containers.forEach(ix, iy, a -> {
      if ((best[0] < 0 || a < best[0]) && in.inside(a, cx, cy)) {
        best[0] = a;
      }
    });
    return constant(in.value(best[0]));
  }

  /** The entry of a cell where every point has {@code value} (-1: uncovered). */
  static int constant(int value) {
    return ((value + 1) << 2) | TAG_CONSTANT;
  }

  private Candidates topCandidates(int ix, int iy, int[] edges, int from, int to, double x0, double y0, double x1,
      double y1) {
    // group edges by answer (they ascend, so answers ascend)
    List<int[]> groups = new ArrayList<>();
    List<Integer> groupAnswers = new ArrayList<>();
    int k = from;
    while (k < to) {
      int a = in.answerOfVertex[edges[k]];
      int j = k;
      while (j < to && in.answerOfVertex[edges[j]] == a) {
        j++;
      }
      groups.add(Arrays.copyOfRange(edges, k, j));
      groupAnswers.add(a);
      k = j;
    }
    // answers without edges here that cover the whole cell
    double cx = (x0 + x1) / 2;
    double cy = (y0 + y1) / 2;
    List<Integer> whole = new ArrayList<>();
    containers.forEach(ix, iy, a -> {
      if (!groupAnswers.contains(a) && in.geometries.get(a).getEnvelopeInternal().covers(x0, y0)
          && in.geometries.get(a).getEnvelopeInternal().covers(x1, y1) && in.inside(a, cx, cy)) {
        whole.add(a);
      }
    });
    int size = groups.size() + whole.size();
    int[] answersOut = new int[size];
    int[][] edgeOut = new int[size][];
    int[] counts = new int[size];
    int gi = 0;
    int wi = 0;
    whole.sort(null);
    for (int i = 0; i < size; i++) {
      boolean takeGroup = wi >= whole.size() || (gi < groups.size() && groupAnswers.get(gi) < whole.get(wi));
      if (takeGroup) {
        answersOut[i] = groupAnswers.get(gi);
        edgeOut[i] = groups.get(gi);
        counts[i] = groups.get(gi).length;
        gi++;
      } else {
        answersOut[i] = whole.get(wi++);
      }
    }
    return new Candidates(answersOut, edgeOut, counts, size);
  }

  /** Builds the cell and returns its tagged entry. */
  private int cell(double x0, double y0, double x1, double y1, int kx, int ky, int depth, int stalled,
      Candidates cand) {
    maxDepth = Math.max(maxDepth, depth);
    // the first whole-cell candidate hides every larger one
    int keep = cand.kept();
    if (keep == 0) {
      return constant(-1);
    }
    long total = cand.edgeCount(keep);
    if (cand.edges[0] == null || total == 0) {
      return constant(in.value(cand.answers[0]));
    }
    // the work of a leaf: its distinct segments (a border shared by two grids is tested once);
    // counted only when it may be small enough, sharing at most halving the edges in a tiling
    long work = total <= MAX_LEAF_EDGES || total > 2 * MAX_LEAF_EDGES ? total : Segments.of(in, cand, keep).size;
    if (work <= MAX_LEAF_EDGES || depth >= MAX_DEPTH || stalled >= MAX_STALLED_LEVELS || (x1 - x0) < MIN_CELL
        || (y1 - y0) < MIN_CELL || cells.n > budget) {
      return (leaves.write(x0, y0, x1, y1, cornerX, cornerY, kx, ky, depth, cand, keep) << 2) | TAG_LEAF;
    }
    int base = cells.reserve(4);
    double xm = (x0 + x1) / 2;
    double ym = (y0 + y1) / 2;
    for (int q = 0; q < 4; q++) {
      double cx0 = (q & 1) == 0 ? x0 : xm;
      double cx1 = (q & 1) == 0 ? xm : x1;
      double cy0 = (q & 2) == 0 ? y0 : ym;
      double cy1 = (q & 2) == 0 ? ym : y1;
      Candidates child = filter(cand, keep, cx0, cy0, cx1, cy1);
      long childTotal = child.edgeCount(child.size);
      int entry = cell(cx0, cy0, cx1, cy1, 2 * kx + (q & 1), 2 * ky + (q >> 1), depth + 1,
          childTotal >= total ? stalled + 1 : 0, child);
      cells.a[base + q] = entry;
    }
    return (base << 2) | TAG_INNER;
  }

  private Candidates filter(Candidates cand, int keep, double x0, double y0, double x1, double y1) {
    int[] answersOut = new int[keep];
    int[][] edgeOut = new int[keep][];
    int[] counts = new int[keep];
    int n = 0;
    for (int i = 0; i < keep; i++) {
      int[] es = cand.edges[i];
      if (es == null) {
        answersOut[n] = cand.answers[i];
        n++;
        continue;
      }
      int[] kept = new int[cand.counts[i]];
      int m = 0;
      for (int k = 0; k < cand.counts[i]; k++) {
        int e = es[k];
        if (TopGrid.touches(in.x(e), in.y(e), in.x(e + 1), in.y(e + 1), x0, y0, x1, y1)) {
          kept[m++] = e;
        }
      }
      if (m > 0) {
        answersOut[n] = cand.answers[i];
        edgeOut[n] = kept;
        counts[n] = m;
        n++;
      } else {
        if (in.inside(cand.answers[i], (x0 + x1) / 2, (y0 + y1) / 2)) {
          answersOut[n] = cand.answers[i];
          n++;
        }
      }
    }
    return new Candidates(answersOut, edgeOut, counts, n);
  }
}
