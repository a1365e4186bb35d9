package org.gridgov.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Locator;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.internal.CellIndex;
import org.locationtech.jts.geom.Geometry;

/**
 * Finds the basic grid of a point (网格定位), exactly: for one layer of a {@link GridTree}, the
 * basic grid whose closed boundary covers the point; on a shared edge or vertex the one with the
 * smallest code; "uncovered" (empty, or -1) where none does. The answer is the one a brute-force
 * JTS {@code covers} over all grids gives, on every point including points exactly on edges and
 * vertices (see {@code docs/geo.md} for the index and the argument).
 *
 * <p>The locator remembers the {@link CoordinateSystem} of its boundaries. {@link #locate} and
 * {@link #locateAll} take WGS-84 (the {@link Locator} contract) and convert the query point;
 * {@link #locateIn} takes points already in another system. Polygons are never converted at
 * query time.
 *
 * <p>Immutable once built and safe for any number of concurrent readers.
 */
public final class GridLocator implements Locator {
  private final GridTree tree;
  private final String layer;
  private final CoordinateSystem system;
  private final CellIndex index;
  private final int[] parentOf;
  private final List<GridCode> withoutBoundary;
  private final List<GridCode> notIndexed;
  private final IndexStats stats;

  private GridLocator(GridTree tree, String layer, CoordinateSystem system, CellIndex index,
      List<GridCode> withoutBoundary, List<GridCode> notIndexed) {
    this.tree = tree;
    this.layer = layer;
    this.system = system;
    this.index = index;
    this.withoutBoundary = withoutBoundary;
    this.notIndexed = notIndexed;
    this.parentOf = new int[tree.size()];
    List<GridNode> nodes = tree.nodes();
    for (int i = 0; i < parentOf.length; i++) {
      parentOf[i] = nodes.get(i).parent().map(GridNode::ordinal).orElse(-1);
    }
    CellIndex.Stats s = index.stats();
    this.stats = new IndexStats(s.answers(), s.answers() + notIndexed.size(), s.vertices(), s.topCellsX(),
        s.topCellsY(), s.cells(), s.leaves(),
        s.leafEdges(), s.maxDepth(), s.bytes() + 4L * parentOf.length,
        s.buildNanos() / 1_000_000);
  }

  /** A locator for the basic grids of the tree's base layer. */
  public static GridLocator build(GridTree tree, Boundaries boundaries) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return build(tree, tree.scheme().baseLayer(), boundaries);
  }

  /**
   * A locator for the basic grids of {@code layer}. Boundaries of grids at other levels or
   * layers are not indexed and are listed by {@link #boundariesNotIndexed()}; basic grids of the
   * layer without a boundary are listed by {@link #gridsWithoutBoundary()} and never found.
   * {@link #stats()} says how many boundaries were given and how many indexed.
   *
   * @throws NotFoundException when a boundary's code is not in the tree
   * @throws InvalidInputException when the layer is not one of the scheme's
   */
  public static GridLocator build(GridTree tree, String layer, Boundaries boundaries) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (layer == null) {
      throw new MissingValueException("layer");
    }
    if (boundaries == null) {
      throw new MissingValueException("boundaries");
    }
    if (tree.scheme().layer(layer).isEmpty()) {
      throw new InvalidInputException("layer", layer, "must be a layer of scheme " + tree.scheme().id());
    }
    boundaries.requireCodesIn(tree, "boundaries");
    List<Grid> basics = new ArrayList<>(tree.basicGrids(layer));
    basics.sort((a, b) -> a.code().compareTo(b.code()));
    List<Geometry> geometries = new ArrayList<>();
    List<Integer> ordinals = new ArrayList<>();
    List<GridCode> missing = new ArrayList<>();
    for (Grid g : basics) {
      Optional<GridBoundary> b = boundaries.find(g.code());
      if (b.isPresent()) {
        geometries.add(b.get().geometry());
        ordinals.add(tree.node(g.code()).ordinal());
      } else {
        missing.add(g.code());
      }
    }
    Set<GridCode> basicCodes = new HashSet<>();
    basics.forEach(g -> basicCodes.add(g.code()));
    List<GridCode> notIndexed = new ArrayList<>();
    for (GridBoundary b : boundaries.all()) {
      if (!basicCodes.contains(b.code())) {
        notIndexed.add(b.code());
      }
    }
    CellIndex index = CellIndex.build(geometries, ordinals.stream().mapToInt(Integer::intValue).toArray());
    return new GridLocator(tree, layer, boundaries.coordinateSystem(), index,
        Collections.unmodifiableList(missing), Collections.unmodifiableList(notIndexed));
  }

  /** The tree whose grids this locator finds. */
  public GridTree tree() {
    return tree;
  }

  /** The layer located. */
  public String layer() {
    return layer;
  }

  /** The coordinate system of the boundaries. */
  public CoordinateSystem coordinateSystem() {
    return system;
  }

  /** Basic grids of the layer that have no boundary, in code order: they are never found. */
  public List<GridCode> gridsWithoutBoundary() {
    return withoutBoundary;
  }

  /**
   * Boundaries given to {@link #build} that are not indexed, in code order: grids of other levels
   * than the basic one, or of other layers. They are never found.
   */
  public List<GridCode> boundariesNotIndexed() {
    return notIndexed;
  }

  /** Figures about the index: boundaries given and grids indexed, sizes, memory, build time. */
  public IndexStats stats() {
    return stats;
  }

  /**
   * The basic grid covering a WGS-84 point, or empty when uncovered.
   *
   * @throws InvalidInputException when a coordinate is not finite or out of range
   */
  @Override
  public Optional<GridNode> locate(double longitude, double latitude) {
    int ordinal = locateOrdinal(longitude, latitude);
    return ordinal < 0 ? Optional.empty() : Optional.of(tree.nodes().get(ordinal));
  }

  /** The basic grid covering a point given in {@code system}, or empty. */
  public Optional<GridNode> locateIn(CoordinateSystem system, double longitude, double latitude) {
    int ordinal = locateOrdinalIn(system, longitude, latitude);
    return ordinal < 0 ? Optional.empty() : Optional.of(tree.nodes().get(ordinal));
  }

  /**
   * The basic grid covering a point given in {@code datum} (the {@link org.gridgov.core.Locator}
   * SPI's way of passing a device's GCJ-02 or BD-09 fix on): converted as {@link CoordinateSystem#of}
   * says, then located.
   */
  @Override
  public Optional<GridNode> locate(org.gridgov.core.Datum datum, double longitude, double latitude) {
    return locateIn(CoordinateSystem.of(datum), longitude, latitude);
  }

  /** The basic grid covering a WGS-84 point and its ancestor chain, or empty when uncovered. */
  public Optional<LocatedPoint> locateWithAncestors(double longitude, double latitude) {
    return locationOf(locateOrdinal(longitude, latitude));
  }

  /** As {@link #locateWithAncestors(double, double)} for a point given in {@code system}. */
  public Optional<LocatedPoint> locateWithAncestorsIn(CoordinateSystem system, double longitude, double latitude) {
    return locationOf(locateOrdinalIn(system, longitude, latitude));
  }

  /** The {@link GridNode#ordinal()} of the basic grid covering a WGS-84 point, or -1. */
  public int locateOrdinal(double longitude, double latitude) {
    return locateOrdinalIn(CoordinateSystem.WGS84, longitude, latitude);
  }

  /** The ordinal of the basic grid covering a point given in {@code system}, or -1. */
  public int locateOrdinalIn(CoordinateSystem system, double longitude, double latitude) {
    if (system == null) {
      throw new MissingValueException("system");
    }
    LonLat.check("longitude", longitude, "latitude", latitude);
    if (system == this.system) {
      return index.locate(longitude, latitude);
    }
    double[] p = new double[2];
    CoordinateSystem.convertUnchecked(system, this.system, longitude, latitude, p, 0);
    return index.locate(p[0], p[1]);
  }

  /**
   * The ordinals of the basic grids covering WGS-84 points {@code (lons[i], lats[i])}, -1 where
   * uncovered: element i is what {@link #locateOrdinal locateOrdinal(lons[i], lats[i])} gives.
   * On the calling thread; see {@link #locateAllIn(CoordinateSystem, double[], double[], Executor,
   * int)} for how the work is ordered.
   *
   * @throws InvalidInputException naming the first bad index when the arrays differ in length or
   *     a coordinate is not finite or out of range (nothing is located then)
   */
  public int[] locateAll(double[] lons, double[] lats) {
    return locateAllIn(CoordinateSystem.WGS84, lons, lats);
  }

  /** As {@link #locateAll} for points given in {@code system}, on the calling thread. */
  public int[] locateAllIn(CoordinateSystem system, double[] lons, double[] lats) {
    return BatchLocate.run(index, this.system, system, lons, lats, Runnable::run, 1);
  }

  /**
   * The batch lookup (批量定位): the ordinals of the basic grids covering points
   * {@code (lons[i], lats[i])} given in {@code system}, -1 where uncovered — element i is exactly
   * what {@link #locateOrdinalIn locateOrdinalIn(system, lons[i], lats[i])} gives, only sooner.
   * The work is ordered for the memory system: a large batch is bucketed by bands of the index
   * small enough for a core's cache, and within a band points go through the lookup's steps in
   * groups so that their memory accesses overlap.
   *
   * <p><b>Threads.</b> GridLocator starts no thread. The points are split into at most
   * {@code parallelism} contiguous parts of at least {@value BatchLocate#MIN_PART} points; the
   * calling thread and up to {@code parallelism - 1} tasks given to {@code executor} — for instance
   * {@link java.util.concurrent.ForkJoinPool#commonPool()}, or the caller's own pool — claim them
   * one at a time. The calling thread claims until none is left and then waits only for parts
   * another thread is running, so a task the executor rejects, queues behind busy threads or drops
   * never stalls the call (calling from a task of the same pool is safe). A failure in any part is
   * rethrown once every running part has ended. With {@code parallelism} 1 (or a direct executor)
   * everything runs on the calling thread.
   *
   * @throws InvalidInputException as {@link #locateAll}, or when {@code parallelism} is below 1
   */
  public int[] locateAllIn(CoordinateSystem system, double[] lons, double[] lats, Executor executor,
      int parallelism) {
    return BatchLocate.run(index, this.system, system, lons, lats, executor, parallelism);
  }

  /** The node of an ordinal returned by the {@code locate…Ordinal} methods. */
  public GridNode node(int ordinal) {
    if (ordinal < 0 || ordinal >= tree.size()) {
      throw new InvalidInputException("ordinal", Integer.toString(ordinal),
          "must be between 0 and " + (tree.size() - 1));
    }
    return tree.nodes().get(ordinal);
  }

  /** The ordinals of the ancestors of the grid with {@code ordinal}, parent first. */
  public int[] ancestorOrdinals(int ordinal) {
    node(ordinal);
    int[] chain = new int[tree.scheme().depth()];
    int n = 0;
    for (int p = parentOf[ordinal]; p >= 0; p = parentOf[p]) {
      chain[n++] = p;
    }
    return Arrays.copyOf(chain, n);
  }

  private Optional<LocatedPoint> locationOf(int ordinal) {
    if (ordinal < 0) {
      return Optional.empty();
    }
    List<GridNode> nodes = tree.nodes();
    List<GridNode> chain = new ArrayList<>();
    for (int p = parentOf[ordinal]; p >= 0; p = parentOf[p]) {
      chain.add(nodes.get(p));
    }
    return Optional.of(new LocatedPoint(nodes.get(ordinal), chain));
  }

  @Override
  public String toString() {
    return "GridLocator[" + tree.scheme().id() + "/" + layer + ", " + stats.grids() + " grids indexed of "
        + stats.boundaries() + " boundaries, " + system + "]";
  }
}
