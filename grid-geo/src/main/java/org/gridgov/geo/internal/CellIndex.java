package org.gridgov.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The exact point-in-polygon index behind {@code GridLocator}: a uniform grid of top cells over
 * the data's extent, each refined as a quadtree until a cell holds at most a few polygon edges.
 *
 * <p>Every cell is one {@code int} in {@link #cells}, tagged in its two low bits:
 * <ul>
 *   <li>{@code 0}: no edge touches the cell; the value is the answer + 1 (0 = uncovered), so the
 *       lookup is one array read;</li>
 *   <li>{@code 1}: an inner cell; the value is the index of its four children (lower-left,
 *       lower-right, upper-left, upper-right);</li>
 *   <li>{@code 2}: a boundary leaf; the value is the offset of its record in {@link #leaves}.</li>
 * </ul>
 * A leaf record lists its candidate answers in ascending order (answers are numbered in code
 * order, so the first that covers the point is the one with the smallest code). For each it
 * keeps whether a reference point {@code r} of the cell lies inside (computed exactly when
 * building, by JTS's ray-crossing locator) and the runs of its ring edges that touch the cell
 * (their vertices copied into the record). A candidate with no runs covers the whole cell — or,
 * as the second of two candidates with the same edges in the cell and opposite parities at r,
 * every point of the cell the first does not cover.
 *
 * <p><b>Exactness.</b> For a query point p in the leaf, a candidate covers p when p lies on one
 * of its edges (tested with the exact orientation predicate) or when the even-odd parity of its
 * rings at p is odd. The parity at p is the parity at r, flipped once for each edge that the
 * segment r–p crosses. A crossing is decided with orientations only: vertices exactly on the
 * line r–p are treated as lying on its right (a symbolic perturbation applied consistently to
 * every vertex, so shared vertices are counted once), and the crossing point must lie strictly
 * between r and p. r is chosen on no edge; edges are collected for the cell grown by a margin
 * far larger than the rounding in the cell computation, so the segment r–p meets only listed
 * edges. Every predicate is {@link Orient#index}, which gives JTS's signs; the result is
 * therefore JTS {@code covers} (boundary included, parity inside) on every double point.
 */
public final class CellIndex {
  /** Cells are grown by this much (degrees) when collecting edges: far above rounding error. */
  static final double MARGIN = 1e-9;
  private static final int TAG_CONSTANT = 0;
  private static final int TAG_INNER = 1;
  private static final int TAG_LEAF = 2;

  private final double ox;
  private final double oy;
  private final double invW;
  private final double invH;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;
  private final int gx;
  private final int gy;
  private final int[] cells;
  private final double[] leaves;
  private final Stats stats;

  /** Figures about an index. */
  public record Stats(int answers, long vertices, int topCellsX, int topCellsY, int cells, int leaves,
      long leafEdges, int maxDepth, long bytes, long buildNanos) {}

  private CellIndex(Builder b, long buildNanos) {
    this.ox = b.ox;
    this.oy = b.oy;
    this.invW = 1.0 / b.cellW;
    this.invH = 1.0 / b.cellH;
    this.minX = b.minX;
    this.minY = b.minY;
    this.maxX = b.maxX;
    this.maxY = b.maxY;
    this.gx = b.gx;
    this.gy = b.gy;
    this.cells = b.cells.toArray();
    this.leaves = b.leafData.toArray();
    long bytes = 4L * cells.length + 8L * leaves.length;
    this.stats = new Stats(b.answers, b.xs.length, gx, gy, cells.length, b.refCount, b.leafEdges, b.maxDepthSeen,
        bytes, buildNanos);
  }

  /**
   * Builds the index of {@code geometries}, answer {@code i} being {@code geometries.get(i)}
   * (Polygons or MultiPolygons, in the order whose smallest index wins ties).
   */
  public static CellIndex build(List<Geometry> geometries) {
    long t0 = System.nanoTime();
    Builder b = new Builder(geometries);
    b.build();
    return new CellIndex(b, System.nanoTime() - t0);
  }

  /** Figures about this index. */
  public Stats stats() {
    return stats;
  }

  /**
   * The smallest answer whose closed polygon covers (x, y), or -1. Any double is accepted: NaN
   * and points outside the data's extent give -1.
   */
  public int locate(double x, double y) {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
      return -1;
    }
    double fx = (x - ox) * invW;
    double fy = (y - oy) * invH;
    int ix = (int) fx;
    int iy = (int) fy;
    if (ix >= gx) {
      ix = gx - 1;
    }
    if (iy >= gy) {
      iy = gy - 1;
    }
    int e = cells[iy * gx + ix];
    if ((e & 3) == TAG_CONSTANT) {
      return (e >>> 2) - 1;
    }
    double sx = fx - ix;
    double sy = fy - iy;
    while ((e & 3) == TAG_INNER) {
      sx += sx;
      sy += sy;
      int q = 0;
      if (sx >= 1.0) {
        sx -= 1.0;
        q = 1;
      }
      if (sy >= 1.0) {
        sy -= 1.0;
        q |= 2;
      }
      e = cells[(e >>> 2) + q];
    }
    if ((e & 3) == TAG_CONSTANT) {
      return (e >>> 2) - 1;
    }
    return evalLeaf(e >>> 2, x, y);
  }

  private int evalLeaf(int at, double px, double py) {
    final double[] lv = leaves;
    int n = (int) lv[at];
    double rx = lv[at + 1];
    double ry = lv[at + 2];
    int o = at + 3;
    for (int c = 0; c < n; c++) {
      int answer = (int) lv[o];
      int meta = (int) lv[o + 1];
      int runs = meta >>> 1;
      o += 2;
      if (runs == 0) {
        return answer;
      }
      boolean parity = (meta & 1) != 0;
      for (int k = 0; k < runs; k++) {
        int m = (int) lv[o];
        double ax = lv[o + 1];
        double ay = lv[o + 2];
        int oa = Orient.index(rx, ry, px, py, ax, ay);
        int last = o + 2 * m;
        for (int i = o + 3; i < last; i += 2) {
          double bx = lv[i];
          double by = lv[i + 1];
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
        o = last + 1;
      }
      if (parity) {
        return answer;
      }
    }
    return -1;
  }

  // =====================================================================================
  // building

  /** A growable int array. */
  static final class IntList {
    int[] a = new int[1024];
    int n;

    int add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n] = v;
      return n++;
    }

    int reserve(int k) {
      while (n + k > a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      int at = n;
      n += k;
      return at;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable double array. */
  static final class DoubleList {
    double[] a = new double[4096];
    int n;

    int add(double v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n] = v;
      return n++;
    }

    double[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** The candidates of a cell: answers ascending, each with its edges (null = covers the cell). */
  static final class Cand {
    final int[] answers;
    final int[][] edges;
    final int[] counts;
    final int size;

    Cand(int[] answers, int[][] edges, int[] counts, int size) {
      this.answers = answers;
      this.edges = edges;
      this.counts = counts;
      this.size = size;
    }
  }

  static final class Builder {
    static final int MAX_LEAF_EDGES = 8;
    static final int MAX_DEPTH = 14;
    /**
     * A cell is not split again after this many levels in a row that removed none of its edges:
     * edges that all pass through one point, or duplicated edges, never thin out, and splitting
     * them down to the full depth would take memory without end (found by fuzzing).
     */
    static final int MAX_STALLED_LEVELS = 6;
    static final double MIN_CELL = 1e-7;

    final int answers;
    final List<Geometry> geometries;
    final PointOnGeometryLocator[] locators;
    final STRtree answerTree = new STRtree();
    double[] xs;
    double[] ys;
    int[] answerOfVertex;
    int[] ringStart;
    int[] ringEnd;
    int rings;
    double ox;
    double oy;
    double cellW;
    double cellH;
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    int gx;
    int gy;
    final IntList cells = new IntList();
    final DoubleList leafData = new DoubleList();
    int refCount;
    long leafEdges;
    int maxDepthSeen;
    /** A safety net: past this many cells, every cell still to build becomes a leaf. */
    long cellBudget;

    Builder(List<Geometry> geometries) {
      this.geometries = geometries;
      this.answers = geometries.size();
      this.locators = new PointOnGeometryLocator[answers];
      long nv = 0;
      int nr = 0;
      for (Geometry g : geometries) {
        nv += g.getNumPoints();
        for (int p = 0; p < g.getNumGeometries(); p++) {
          nr += 1 + ((Polygon) g.getGeometryN(p)).getNumInteriorRing();
        }
      }
      if (nv > Integer.MAX_VALUE / 4) {
        throw new IllegalArgumentException("too many vertices for one index: " + nv);
      }
      xs = new double[(int) nv];
      ys = new double[(int) nv];
      answerOfVertex = new int[(int) nv];
      ringStart = new int[nr];
      ringEnd = new int[nr];
      int v = 0;
      for (int a = 0; a < answers; a++) {
        Geometry g = geometries.get(a);
        locators[a] = new IndexedPointInAreaLocator(g);
        answerTree.insert(g.getEnvelopeInternal(), a);
        for (int p = 0; p < g.getNumGeometries(); p++) {
          Polygon poly = (Polygon) g.getGeometryN(p);
          for (int r = -1; r < poly.getNumInteriorRing(); r++) {
            LinearRing ring = r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r);
            ringStart[rings] = v;
            for (Coordinate c : ring.getCoordinates()) {
              xs[v] = c.x;
              ys[v] = c.y;
              answerOfVertex[v] = a;
              minX = Math.min(minX, c.x);
              minY = Math.min(minY, c.y);
              maxX = Math.max(maxX, c.x);
              maxY = Math.max(maxY, c.y);
              v++;
            }
            ringEnd[rings++] = v;
          }
        }
      }
      answerTree.build();
    }

    void build() {
      long edgeCount = 0;
      for (int r = 0; r < rings; r++) {
        edgeCount += Math.max(0, ringEnd[r] - ringStart[r] - 1);
      }
      if (answers == 0 || edgeCount == 0) {
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        gx = gy = 1;
        cellW = cellH = 1;
        cells.add(constant(-1));
        return;
      }
      double w = Math.max(maxX - minX, 1e-6);
      double h = Math.max(maxY - minY, 1e-6);
      // about one top cell per edge: most lookups end in the top cell or one or two levels below
      long target = Math.max(16, Math.min(1L << 22, edgeCount));
      double size = Math.sqrt(w * h / target);
      size = Math.max(size, Math.max(w, h) / 4096.0);
      cellW = size;
      cellH = size;
      ox = minX - size / 2;
      oy = minY - size / 2;
      gx = (int) Math.ceil((maxX - ox) / size + 0.5);
      gy = (int) Math.ceil((maxY - oy) / size + 0.5);
      // the query box: nothing outside the vertices' extent is covered
      minX -= MARGIN;
      minY -= MARGIN;
      maxX += MARGIN;
      maxY += MARGIN;
      int top = gx * gy;
      cellBudget = top + 16L * edgeCount + 4096;
      cells.reserve(top);
      // edges per top cell, in two passes (count, fill); within a cell edges ascend, so they
      // come grouped by answer in ascending order
      int[] start = new int[top + 1];
      rasterise(start, null);
      for (int c = 0; c < top; c++) {
        start[c + 1] += start[c];
      }
      int[] fill = Arrays.copyOf(start, top);
      int[] edges = new int[start[top]];
      rasterise(fill, edges);
      for (int iy = 0; iy < gy; iy++) {
        int run = Integer.MIN_VALUE;
        for (int ix = 0; ix < gx; ix++) {
          int c = iy * gx + ix;
          double x0 = ox + ix * size;
          double y0 = oy + iy * size;
          double x1 = x0 + size;
          double y1 = y0 + size;
          if (start[c] == start[c + 1]) {
            if (run == Integer.MIN_VALUE) {
              run = answerAt((x0 + x1) / 2, (y0 + y1) / 2);
            }
            cells.a[c] = constant(run);
          } else {
            run = Integer.MIN_VALUE;
            Cand cand = topCandidates(edges, start[c], start[c + 1], x0, y0, x1, y1);
            int entry = cell(x0, y0, x1, y1, 0, 0, cand); // may grow cells.a: read the array after
            cells.a[c] = entry;
          }
        }
      }
    }

    /** Emits (cell, edge) pairs: counts into {@code at[cell + 1]} when {@code out} is null, else fills. */
    private void rasterise(int[] at, int[] out) {
      for (int r = 0; r < rings; r++) {
        for (int i = ringStart[r]; i < ringEnd[r] - 1; i++) {
          double ax = xs[i];
          double ay = ys[i];
          double bx = xs[i + 1];
          double by = ys[i + 1];
          int ix0 = clamp((int) Math.floor((Math.min(ax, bx) - MARGIN - ox) / cellW), gx);
          int ix1 = clamp((int) Math.floor((Math.max(ax, bx) + MARGIN - ox) / cellW), gx);
          int iy0 = clamp((int) Math.floor((Math.min(ay, by) - MARGIN - oy) / cellH), gy);
          int iy1 = clamp((int) Math.floor((Math.max(ay, by) + MARGIN - oy) / cellH), gy);
          for (int iy = iy0; iy <= iy1; iy++) {
            for (int ix = ix0; ix <= ix1; ix++) {
              double x0 = ox + ix * cellW;
              double y0 = oy + iy * cellH;
              if ((ix0 == ix1 && iy0 == iy1) || touches(ax, ay, bx, by, x0, y0, x0 + cellW, y0 + cellH)) {
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

    /** The smallest answer covering a point that lies on no edge, or -1. */
    private int answerAt(double x, double y) {
      Coordinate p = new Coordinate(x, y);
      @SuppressWarnings("unchecked")
      List<Object> hits = answerTree.query(new Envelope(p));
      int best = -1;
      for (Object o : hits) {
        int a = (Integer) o;
        if ((best < 0 || a < best) && locators[a].locate(p) != Location.EXTERIOR) {
          best = a;
        }
      }
      return best;
    }

    private Cand topCandidates(int[] edges, int from, int to, double x0, double y0, double x1, double y1) {
      // group edges by answer (they ascend, so answers ascend)
      List<int[]> groups = new ArrayList<>();
      List<Integer> groupAnswers = new ArrayList<>();
      int k = from;
      while (k < to) {
        int a = answerOfVertex[edges[k]];
        int j = k;
        while (j < to && answerOfVertex[edges[j]] == a) {
          j++;
        }
        groups.add(Arrays.copyOfRange(edges, k, j));
        groupAnswers.add(a);
        k = j;
      }
      // answers without edges here that cover the whole cell
      Coordinate centre = new Coordinate((x0 + x1) / 2, (y0 + y1) / 2);
      @SuppressWarnings("unchecked")
      List<Object> hits = answerTree.query(new Envelope(x0, x1, y0, y1));
      List<Integer> whole = new ArrayList<>();
      for (Object o : hits) {
        int a = (Integer) o;
        if (!groupAnswers.contains(a)
            && geometries.get(a).getEnvelopeInternal().covers(x0, y0) && geometries.get(a).getEnvelopeInternal()
                .covers(x1, y1) && locators[a].locate(centre) == Location.INTERIOR) {
          whole.add(a);
        }
      }
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
      return new Cand(answersOut, edgeOut, counts, size);
    }

    /** Builds the cell and returns its tagged entry. */
    private int cell(double x0, double y0, double x1, double y1, int depth, int stalled, Cand cand) {
      maxDepthSeen = Math.max(maxDepthSeen, depth);
      // the first whole-cell candidate hides every larger one
      int keep = cand.size;
      for (int i = 0; i < cand.size; i++) {
        if (cand.edges[i] == null) {
          keep = i + 1;
          break;
        }
      }
      if (keep == 0) {
        return constant(-1);
      }
      if (cand.edges[0] == null) {
        return constant(cand.answers[0]);
      }
      long total = 0;
      int withEdges = 0;
      for (int i = 0; i < keep; i++) {
        if (cand.edges[i] != null) {
          total += cand.counts[i];
          withEdges++;
        }
      }
      if (withEdges == 0) {
        return constant(cand.answers[0]);
      }
      // the work of a leaf: its edges, but a border shared by two grids is tested once
      long work = keep == 2 && withEdges == 2 && cand.counts[0] == cand.counts[1]
          && sameSegments(cand.edges[0], cand.counts[0], cand.edges[1], cand.counts[1]) ? cand.counts[0] : total;
      if (work <= MAX_LEAF_EDGES || depth >= MAX_DEPTH || stalled >= MAX_STALLED_LEVELS || (x1 - x0) < MIN_CELL
          || (y1 - y0) < MIN_CELL || cells.n > cellBudget) {
        return leaf(x0, y0, x1, y1, cand, keep);
      }
      int base = cells.reserve(4);
      double xm = (x0 + x1) / 2;
      double ym = (y0 + y1) / 2;
      for (int q = 0; q < 4; q++) {
        double cx0 = (q & 1) == 0 ? x0 : xm;
        double cx1 = (q & 1) == 0 ? xm : x1;
        double cy0 = (q & 2) == 0 ? y0 : ym;
        double cy1 = (q & 2) == 0 ? ym : y1;
        Cand child = filter(cand, keep, cx0, cy0, cx1, cy1);
        long childTotal = 0;
        for (int i = 0; i < child.size; i++) {
          childTotal += child.edges[i] == null ? 0 : child.counts[i];
        }
        int entry = cell(cx0, cy0, cx1, cy1, depth + 1, childTotal >= total ? stalled + 1 : 0, child);
        cells.a[base + q] = entry;
      }
      return (base << 2) | TAG_INNER;
    }

    private Cand filter(Cand cand, int keep, double x0, double y0, double x1, double y1) {
      int[] answersOut = new int[keep];
      int[][] edgeOut = new int[keep][];
      int[] counts = new int[keep];
      int n = 0;
      Coordinate centre = null;
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
          if (touches(xs[e], ys[e], xs[e + 1], ys[e + 1], x0, y0, x1, y1)) {
            kept[m++] = e;
          }
        }
        if (m > 0) {
          answersOut[n] = cand.answers[i];
          edgeOut[n] = kept;
          counts[n] = m;
          n++;
        } else {
          if (centre == null) {
            centre = new Coordinate((x0 + x1) / 2, (y0 + y1) / 2);
          }
          if (locators[cand.answers[i]].locate(centre) == Location.INTERIOR) {
            answersOut[n] = cand.answers[i];
            n++;
          }
        }
      }
      return new Cand(answersOut, edgeOut, counts, n);
    }

    private int leaf(double x0, double y0, double x1, double y1, Cand cand, int keep) {
      double[] r = reference(x0, y0, x1, y1, cand, keep);
      refCount++;
      Coordinate rc = new Coordinate(r[0], r[1]);
      boolean[] inside = new boolean[keep];
      for (int i = 0; i < keep; i++) {
        if (cand.edges[i] == null) {
          inside[i] = true;
          continue;
        }
        int where = locators[cand.answers[i]].locate(rc);
        if (where == Location.BOUNDARY) {
          throw new IllegalStateException("reference point on a boundary: " + rc);
        }
        inside[i] = where == Location.INTERIOR;
      }
      // Two candidates whose edges in the cell are the same segments and whose parities at r
      // differ split the cell between them: every point not covered by the first is covered by
      // the second, so the second needs no test (it is written as covering the whole cell).
      boolean lastIsRest = keep == 2 && cand.edges[0] != null && cand.edges[1] != null && inside[0] != inside[1]
          && sameSegments(cand.edges[0], cand.counts[0], cand.edges[1], cand.counts[1]);
      int at = leafData.add(keep);
      leafData.add(r[0]);
      leafData.add(r[1]);
      for (int i = 0; i < keep; i++) {
        leafData.add(cand.answers[i]);
        int[] es = cand.edges[i];
        if (es == null || (lastIsRest && i == 1)) {
          leafData.add(1);
          continue;
        }
        int metaAt = leafData.add(0);
        int runs = 0;
        int k = 0;
        while (k < cand.counts[i]) {
          int s = es[k];
          int j = k;
          while (j + 1 < cand.counts[i] && es[j + 1] == es[j] + 1) {
            j++;
          }
          int last = es[j] + 1;
          leafData.add(last - s + 1);
          for (int v = s; v <= last; v++) {
            leafData.add(xs[v]);
            leafData.add(ys[v]);
          }
          runs++;
          k = j + 1;
        }
        leafEdges += cand.counts[i];
        leafData.a[metaAt] = (runs << 1) | (inside[i] ? 1 : 0);
      }
      if (at > (Integer.MAX_VALUE >>> 2)) {
        throw new IllegalStateException("index too large");
      }
      return (at << 2) | TAG_LEAF;
    }

    /** True when two edge lists hold the same undirected segments (as coordinates). */
    private boolean sameSegments(int[] a, int na, int[] b, int nb) {
      if (na != nb) {
        return false;
      }
      long[][] ka = new long[na][];
      long[][] kb = new long[nb][];
      for (int i = 0; i < na; i++) {
        ka[i] = segmentKey(a[i]);
        kb[i] = segmentKey(b[i]);
      }
      java.util.Comparator<long[]> order = (p, q) -> Arrays.compare(p, q);
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
      long ax = Double.doubleToLongBits(xs[e]);
      long ay = Double.doubleToLongBits(ys[e]);
      long bx = Double.doubleToLongBits(xs[e + 1]);
      long by = Double.doubleToLongBits(ys[e + 1]);
      boolean swap = Long.compare(ax, bx) > 0 || (ax == bx && Long.compare(ay, by) > 0);
      return swap ? new long[] {bx, by, ax, ay} : new long[] {ax, ay, bx, by};
    }

    private static final double[][] TRIES = {
        {0.5, 0.5}, {0.3141592653589793, 0.2718281828459045}, {0.6931471805599453, 0.5772156649015329},
        {0.4142135623730950, 0.7320508075688772}, {0.2360679774997897, 0.6180339887498949}};

    /** A point of the cell on none of the candidates' edges. */
    private double[] reference(double x0, double y0, double x1, double y1, Cand cand, int keep) {
      for (int t = 0; ; t++) {
        double fx = t < TRIES.length ? TRIES[t][0] : ((t * 0.6180339887498949) % 1.0);
        double fy = t < TRIES.length ? TRIES[t][1] : ((t * 0.7548776662466927) % 1.0);
        double rx = x0 + (x1 - x0) * fx;
        double ry = y0 + (y1 - y0) * fy;
        boolean clear = true;
        for (int i = 0; i < keep && clear; i++) {
          int[] es = cand.edges[i];
          for (int k = 0; es != null && k < cand.counts[i] && clear; k++) {
            int e = es[k];
            clear = !Orient.onSegment(xs[e], ys[e], xs[e + 1], ys[e + 1], rx, ry);
          }
        }
        if (clear) {
          return new double[] {rx, ry};
        }
      }
    }

    private static int constant(int answer) {
      return ((answer + 1) << 2) | TAG_CONSTANT;
    }
  }
}
