package org.gridgov.geo.internal;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The exact point-in-polygon index behind {@code GridLocator}: a uniform grid of top cells over
 * the data's extent, each refined as a quadtree until a cell holds at most a few polygon edges
 * (built by {@link IndexBuilder}).
 *
 * <p>Every cell is one {@code int} in {@link #cells}, tagged in its two low bits:
 * <ul>
 *   <li>{@code 0}: no edge touches the cell; the value is the answer + 1 (0 = uncovered), so the
 *       lookup is one array read;</li>
 *   <li>{@code 1}: an inner cell; the value is the index of its four children (lower-left,
 *       lower-right, upper-left, upper-right);</li>
 *   <li>{@code 2}: a boundary leaf; the value is the offset of its record in the leaves
 *       ({@link LeafFormat}, evaluated by {@link Leaves}).</li>
 * </ul>
 * A leaf record lists its candidate answers in ascending order (answers are numbered in code
 * order, so the first that covers the point is the one with the smallest code). For each it
 * keeps whether a reference point {@code r} of the cell lies inside (computed exactly when
 * building, by JTS's ray-crossing locator) and the runs of its ring edges that touch the cell.
 * A candidate with no runs covers the whole cell — or, as the second of two candidates with the
 * same edges in the cell and opposite parities at r, every point of the cell the first does not
 * cover.
 *
 * <p><b>Exactness.</b> For a query point p in the leaf, a candidate covers p when p lies on one
 * of its edges (tested with the exact orientation predicate) or when the even-odd parity of its
 * rings at p is odd. The parity at p is the parity at r, flipped once for each edge that the
 * segment r–p crosses. A crossing is decided with orientations only: vertices exactly on the
 * line r–p are treated as lying on its right (a symbolic perturbation applied consistently to
 * every vertex, so shared vertices are counted once), and the crossing point must lie strictly
 * between r and p. r is chosen on no edge; edges are collected for the cell grown by a margin
 * far larger than the rounding in the cell computation, so the segment r–p meets only listed
 * edges. Every sign is either certain from a filtered float computation ({@link Leaves}) or
 * {@link Orient#index}, which gives JTS's signs; the result is therefore JTS {@code covers}
 * (boundary included, parity inside) on every double point.
 *
 * <p><b>Descent.</b> The point's position in top-cell units is computed once; its fraction in
 * the top cell, scaled by 2<sup>16</sup> (exactly), gives at each level the quadrant as two bits,
 * without branches, and below the leaf the leaf's 4 × 4 sub-cell.
 */
public final class CellIndex {
  /** Bits of a point's position in its top cell: one per quadtree level and two for sub-cells. */
  static final int BITS = CellBuilder.MAX_DEPTH + 2;
  static final double SCALE = 1 << BITS;
  static final int LAST = (1 << BITS) - 1;

  final double ox;
  final double oy;
  final double size;
  final double inv;
  final double minX;
  final double minY;
  final double maxX;
  final double maxY;
  final int gx;
  final int gy;
  final int[] cells;
  final Leaves leaves;
  private final Stats stats;

  /** Figures about an index. */
  public record Stats(int answers, long vertices, int topCellsX, int topCellsY, int cells, int leaves,
      int exactLeaves, long leafEdges, int maxDepth, long bytes, long buildNanos) {}

  CellIndex(IndexInput in, TopGrid grid, int[] cells, Leaves leaves, Stats stats) {
    this(grid, in.minX - TopGrid.MARGIN, in.minY - TopGrid.MARGIN, in.maxX + TopGrid.MARGIN,
        in.maxY + TopGrid.MARGIN, cells, leaves, stats);
  }

  private CellIndex(TopGrid grid, double minX, double minY, double maxX, double maxY, int[] cells, Leaves leaves,
      Stats stats) {
    this.ox = grid.ox;
    this.oy = grid.oy;
    this.size = grid.size;
    this.inv = 1.0 / grid.size;
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
    this.gx = grid.gx;
    this.gy = grid.gy;
    this.cells = cells;
    this.leaves = leaves;
    this.stats = stats;
  }

  /** An index that covers nothing (no polygon, or no edge). */
  static CellIndex empty(IndexInput in, long buildNanos) {
    TopGrid grid = new TopGrid(0, 0, 1, 1, 1);
    Stats stats = new Stats(in.answers, in.vertices(), 1, 1, 1, 0, 0, 0, 0, 4 + 8L * in.xy.length, buildNanos);
    return new CellIndex(grid, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NEGATIVE_INFINITY, new int[] {CellBuilder.constant(-1)}, new Leaves(new int[0], in.xy, grid.widths()), stats);
  }

  /**
   * Builds the index of {@code geometries} (Polygons or MultiPolygons, in the order whose smallest
   * index wins ties), a lookup giving {@code values[i]} for {@code geometries.get(i)}. Bands of
   * the index are built on the common {@link java.util.concurrent.ForkJoinPool}.
   *
   * @param values one per geometry, each from 0 to 2<sup>25</sup> - 1
   */
  public static CellIndex build(List<Geometry> geometries, int[] values) {
    return IndexBuilder.build(geometries, values);
  }

  /** As {@link #build(List, int[])} with the geometries' indexes as values. */
  public static CellIndex build(List<Geometry> geometries) {
    return build(geometries, java.util.stream.IntStream.range(0, geometries.size()).toArray());
  }

  /** Figures about this index. */
  public Stats stats() {
    return stats;
  }

  /**
   * The value of the first geometry (in the given order) whose closed polygon covers (x, y), or
   * -1. Any double is accepted: NaN and points outside the data's extent give -1.
   */
  public int locate(double x, double y) {
    return locate(x, y, false);
  }

  /**
   * The values for points {@code (xs[i], ys[i])}, {@code from <= i < to}, into {@code out[i]}:
   * each what {@link #locate(double, double)} gives, the work ordered so that independent
   * lookups overlap their memory accesses ({@link BatchLookup}).
   */
  public void locateAll(double[] xs, double[] ys, int from, int to, int[] out) {
    new BatchLookup(this).run(xs, ys, from, to, out);
  }

  /** As {@link #locate(double, double)}, every leaf evaluated by the exact path (for tests). */
  int locateExact(double x, double y) {
    return locate(x, y, true);
  }

  private int locate(double x, double y, boolean exactOnly) {
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
      return -1;
    }
    double fx = (x - ox) * inv;
    double fy = (y - oy) * inv;
    int ix = Math.min((int) fx, gx - 1);
    int iy = Math.min((int) fy, gy - 1);
    int e = cells[iy * gx + ix];
    if ((e & 3) == CellBuilder.TAG_CONSTANT) {
      return (e >>> 2) - 1;
    }
    int qx = Math.min((int) ((fx - ix) * SCALE), LAST);
    int qy = Math.min((int) ((fy - iy) * SCALE), LAST);
    int shift = BITS;
    while ((e & 3) == CellBuilder.TAG_INNER) {
      shift--;
      e = cells[(e >>> 2) + (((qx >>> shift) & 1) | (((qy >>> shift) & 1) << 1))];
    }
    if ((e & 3) == CellBuilder.TAG_CONSTANT) {
      return (e >>> 2) - 1;
    }
    double cornerX = ox + ix * size;
    double cornerY = oy + iy * size;
    int depth = BITS - shift;
    int kx = qx >>> shift;
    int ky = qy >>> shift;
    if (exactOnly) {
      return leaves.evalExact(e >>> 2, x, y, cornerX, cornerY, kx, ky, depth);
    }
    int sub = ((qx >>> (shift - 2)) & 3) | (((qy >>> (shift - 2)) & 3) << 2);
    return leaves.eval(e >>> 2, x, y, cornerX, cornerY, kx, ky, depth, sub);
  }
}
