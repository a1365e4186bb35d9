package org.gridgov.geo.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds a {@link CellIndex}: flattens the polygons ({@link IndexInput}), lays the top grid and
 * rasterises the edges into it ({@link TopGrid}), builds bands of top-cell rows in parallel on
 * the common {@link java.util.concurrent.ForkJoinPool} ({@link CellBuilder}, which starts no
 * thread of its own), then joins the bands' arrays in row order.
 */
final class IndexBuilder {
  /** Bands per available processor, so that uneven bands still share the work. */
  private static final int BANDS_PER_CPU = 8;

  private IndexBuilder() {}

  static CellIndex build(List<Geometry> geometries, int[] values) {
    long t0 = System.nanoTime();
    IndexInput in = new IndexInput(geometries, values);
    if (in.answers == 0 || in.edges == 0) {
      return CellIndex.empty(in, System.nanoTime() - t0);
    }
    TopGrid grid = TopGrid.over(in);
    int top = grid.gx * grid.gy;
    int[] start = new int[top + 1];
    int[] edges = grid.rasterise(in, start);
    int[] rowFrom = bands(grid, start);
    int bands = rowFrom.length - 1;
    int[] topCells = new int[top];
    CellBuilder[] built = new CellBuilder[bands];
    Containers containers = new Containers(in, grid);
    IntStream.range(0, bands).parallel().forEach(b -> built[b] = band(in, grid, containers, start, edges, rowFrom[b],
        rowFrom[b + 1], topCells));
    // join: the bands' cells follow the top cells, their leaves follow each other, in band order
    long cellCount = top;
    long leafCount = 0;
    long[] cellBase = new long[bands];
    long[] leafBase = new long[bands];
    for (int b = 0; b < bands; b++) {
      cellBase[b] = cellCount;
      leafBase[b] = leafCount;
      cellCount += built[b].cells.n;
      leafCount += built[b].leaves.out.n;
    }
    if (cellCount > (Integer.MAX_VALUE >>> 2) || leafCount > (Integer.MAX_VALUE >>> 2)) {
      throw new IllegalStateException("index too large: " + cellCount + " cells, " + leafCount + " leaf words");
    }
    int[] cells = java.util.Arrays.copyOf(topCells, (int) cellCount);
    int[] leaves = new int[(int) leafCount];
    IntStream.range(0, bands).parallel().forEach(b -> {
      CellBuilder cb = built[b];
      int cb0 = (int) cellBase[b];
      int lb0 = (int) leafBase[b];
      for (int c = rowFrom[b] * grid.gx; c < rowFrom[b + 1] * grid.gx; c++) {
        cells[c] = relocate(cells[c], cb0, lb0);
      }
      for (int i = 0; i < cb.cells.n; i++) {
        cells[cb0 + i] = relocate(cb.cells.a[i], cb0, lb0);
      }
      System.arraycopy(cb.leaves.out.a, 0, leaves, lb0, cb.leaves.out.n);
    });
    int leafRecords = 0;
    int exactLeaves = 0;
    long leafEdges = 0;
    int maxDepth = 0;
    for (CellBuilder cb : built) {
      leafRecords += cb.leaves.leaves;
      exactLeaves += cb.leaves.exactLeaves;
      leafEdges += cb.leaves.leafEdges;
      maxDepth = Math.max(maxDepth, cb.maxDepth);
    }
    CellIndex.Stats stats = new CellIndex.Stats(in.answers, in.vertices(), grid.gx, grid.gy, cells.length,
        leafRecords, exactLeaves, leafEdges, maxDepth, 4L * cells.length + 4L * leaves.length + 8L * in.xy.length,
        System.nanoTime() - t0);
    return new CellIndex(in, grid, cells, new Leaves(leaves, in.xy, grid.widths()), stats);
  }

  private static int relocate(int e, int cellBase, int leafBase) {
    switch (e & 3) {
      case CellBuilder.TAG_INNER:
        return (((e >>> 2) + cellBase) << 2) | CellBuilder.TAG_INNER;
      case CellBuilder.TAG_LEAF:
        return (((e >>> 2) + leafBase) << 2) | CellBuilder.TAG_LEAF;
      default:
        return e;
    }
  }

  /** Row ranges of about equal numbers of edge references: {@code rowFrom[b]} to {@code rowFrom[b + 1]}. */
  private static int[] bands(TopGrid grid, int[] start) {
    int wanted = Math.max(1, Math.min(grid.gy, BANDS_PER_CPU * Runtime.getRuntime().availableProcessors()));
    long total = (long) start[grid.gx * grid.gy] + grid.gx * (long) grid.gy / 8;
    int[] from = new int[wanted + 1];
    int b = 1;
    for (int iy = 0; iy < grid.gy && b < wanted; iy++) {
      long done = (long) start[(iy + 1) * grid.gx] + (iy + 1) * (long) grid.gx / 8;
      if (done * wanted >= total * b) {
        from[b++] = iy + 1;
      }
    }
    while (b <= wanted) {
      from[b++] = grid.gy;
    }
    return from;
  }

  /** Builds rows [iy0, iy1): top entries into {@code topCells}, the rest into the returned builder. */
  private static CellBuilder band(IndexInput in, TopGrid grid, Containers containers, int[] start, int[] edges,
      int iy0, int iy1, int[] topCells) {
    CellBuilder cb = new CellBuilder(in, grid, containers, start[iy1 * grid.gx] - start[iy0 * grid.gx]);
    for (int iy = iy0; iy < iy1; iy++) {
      int run = Integer.MIN_VALUE;
      for (int ix = 0; ix < grid.gx; ix++) {
        int c = iy * grid.gx + ix;
        if (start[c] == start[c + 1]) {
          if (run == Integer.MIN_VALUE) {
            run = cb.edgeFree(ix, iy);
          }
          topCells[c] = run;
        } else {
          run = Integer.MIN_VALUE;
          topCells[c] = cb.topCell(ix, iy, edges, start[c], start[c + 1]);
        }
      }
    }
    return cb;
  }
}
