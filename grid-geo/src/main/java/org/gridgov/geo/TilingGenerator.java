package org.gridgov.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridLevel;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.Geometries;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates grids for tests, benchmarks and demonstrations (网格生成器): splits a real boundary
 * into a given number of grids per level — Voronoi cells of seeded random points, clipped to the
 * parent — level after level down a {@link GridScheme}, for example 2 / 57 / 219 grids under a
 * district, or 33,000 basic grids in a city.
 *
 * <p>The result is always a perfect tiling with hierarchical codes: all Voronoi edges of all
 * levels and the root boundary are noded together once per level (JTS OverlayNG) and polygonized
 * into faces; every face inside the root goes, level by level, to the nearest seed among its
 * parent's seeds; every grid's geometry is the union of its faces (JTS CoverageUnion). So
 * neighbours share identical edges, children cover their parent exactly and no point lies in two
 * grids of a level except on a shared edge. The root's geometry is the given boundary with the
 * noding's extra vertices on its edges.
 *
 * <p>Counts are spread over the parents in proportion to their area (largest remainders), at
 * least one each. Codes append the level's segment, numbered from 1, zero-padded to the level's
 * width; names are the level's name and the number. The same inputs and seed give the same
 * tiling.
 */
public final class TilingGenerator {
  private static final GeometryFactory FACTORY = Geometries.FACTORY;

  private TilingGenerator() {}

  /** A generated tiling: the tree of every level and the boundaries of every grid in it. */
  public record Tiling(GridTree tree, Boundaries boundaries) {
    /** The boundaries of the basic grids only. */
    public Boundaries basicBoundaries() {
      return boundaries.atLevel(tree.scheme().basicLevel());
    }
  }

  /**
   * Splits {@code rootBoundary} (the boundary of {@code root}, a level-1 grid of
   * {@code scheme}) into {@code gridsPerLevel.get(i)} grids at level {@code i + 2}.
   *
   * @param system the coordinate system of {@code rootBoundary}
   * @throws InvalidInputException when the counts do not match the scheme's levels, a level has
   *     fewer grids than the one above, or a parent would get more children than its code
   *     segment can number
   */
  public static Tiling generate(GridScheme scheme, Grid root, Geometry rootBoundary, CoordinateSystem system,
      List<Integer> gridsPerLevel, long seed) {
    if (scheme == null || root == null || rootBoundary == null || system == null || gridsPerLevel == null) {
      throw new MissingValueException(scheme == null ? "scheme" : root == null ? "root"
          : rootBoundary == null ? "rootBoundary" : system == null ? "system" : "gridsPerLevel");
    }
    if (root.level() != 1) {
      throw new InvalidInputException("root.level", Integer.toString(root.level()), "the root is a level-1 grid");
    }
    if (!(rootBoundary instanceof Polygon || rootBoundary instanceof MultiPolygon) || rootBoundary.isEmpty()) {
      throw new InvalidInputException("rootBoundary", rootBoundary.getGeometryType(),
          "must be a non-empty Polygon or MultiPolygon");
    }
    GridBoundary.of(root, rootBoundary); // every vertex a finite longitude and latitude
    TopologyValidationError invalid = new IsValidOp(rootBoundary).getValidationError();
    if (invalid != null || !(rootBoundary.getArea() > 0)) {
      throw new InvalidInputException("rootBoundary", invalid == null ? "area 0" : String.valueOf(invalid.getCoordinate()),
          "must be a valid polygon with an area" + (invalid == null ? "" : ": " + invalid.getMessage()));
    }
    if (gridsPerLevel.size() != scheme.depth() - 1) {
      throw new InvalidInputException("gridsPerLevel", gridsPerLevel.toString(),
          "gives the number of grids of each level below the root: " + (scheme.depth() - 1) + " numbers for scheme "
              + scheme.id());
    }
    int previous = 1;
    for (int i = 0; i < gridsPerLevel.size(); i++) {
      Integer n = gridsPerLevel.get(i);
      if (n == null || n < previous) {
        throw new InvalidInputException("gridsPerLevel[" + i + "]", String.valueOf(n),
            "each level has at least as many grids as the level above (" + previous + ")");
      }
      previous = n;
    }
    return new Run(scheme, root, rootBoundary, system, gridsPerLevel, seed).run();
  }

  /** One generation. */
  private static final class Run {
    final GridScheme scheme;
    final Grid root;
    final Geometry rootBoundary;
    final CoordinateSystem system;
    final List<Integer> counts;
    final SplittableRandom random;
    final List<LineString> lines = new ArrayList<>();
    /** Per level (index 0 = root level): the grids, their seeds and their parent index. */
    final List<List<Grid>> grids = new ArrayList<>();
    final List<List<Coordinate>> seeds = new ArrayList<>();
    final List<int[]> parentOf = new ArrayList<>();
    /** Per level: each grid's children indexes (filled as levels are made). */
    final List<List<List<Integer>>> childrenOf = new ArrayList<>();
    List<List<Geometry>> geometries = new ArrayList<>();

    Run(GridScheme scheme, Grid root, Geometry rootBoundary, CoordinateSystem system, List<Integer> counts,
        long seed) {
      this.scheme = scheme;
      this.root = root;
      this.rootBoundary = rootBoundary;
      this.system = system;
      this.counts = counts;
      this.random = new SplittableRandom(seed);
    }

    Tiling run() {
      grids.add(List.of(root));
      seeds.add(List.of(new Coordinate()));
      parentOf.add(new int[] {-1});
      geometries.add(List.of(rootBoundary));
      for (Geometry g : linesOf(rootBoundary)) {
        lines.add((LineString) g);
      }
      for (int level = 2; level <= scheme.depth(); level++) {
        addLevel(level, counts.get(level - 2));
      }
      List<GridBoundary> out = new ArrayList<>();
      GridTree.Builder tree = GridTree.builder(scheme);
      for (int l = 0; l < grids.size(); l++) {
        for (int i = 0; i < grids.get(l).size(); i++) {
          tree.add(grids.get(l).get(i));
          out.add(GridBoundary.of(grids.get(l).get(i), geometries.get(l).get(i)));
        }
      }
      return new Tiling(tree.build(), Boundaries.of(system, out));
    }

    private void addLevel(int level, int total) {
      int up = level - 2;
      List<Grid> parents = grids.get(up);
      List<Geometry> parentGeoms = geometries.get(up);
      int[] share = allocate(parentGeoms, total);
      GridLevel def = scheme.level(level);
      int limit = (int) Math.min(Integer.MAX_VALUE, Math.pow(10, def.codeWidth()) - 1);
      List<Grid> made = new ArrayList<>();
      List<Coordinate> madeSeeds = new ArrayList<>();
      List<Integer> madeParents = new ArrayList<>();
      List<List<Integer>> children = new ArrayList<>();
      for (int p = 0; p < parents.size(); p++) {
        if (share[p] > limit) {
          throw new InvalidInputException("gridsPerLevel[" + (level - 2) + "]", Integer.toString(total),
              "grid " + parents.get(p).code() + " would get " + share[p] + " children but a " + def.codeWidth()
                  + "-digit segment numbers at most " + limit);
        }
        Geometry pg = parentGeoms.get(p);
        List<Coordinate> sites = sample(pg, share[p]);
        List<Integer> mine = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
          int number = k + 1;
          String code = parents.get(p).code().value() + pad(number, def.codeWidth());
          Grid.Builder g = Grid.builder().code(GridCode.parse(code)).name(def.name() + " " + number).level(level);
          if (!def.kinds().isEmpty()) {
            g.kind(def.kinds().get(random.nextInt(def.kinds().size())));
          }
          mine.add(made.size());
          made.add(g.build());
          madeSeeds.add(sites.get(k));
          madeParents.add(p);
        }
        children.add(mine);
        if (sites.size() > 1) {
          VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
          voronoi.setSites(sites);
          Envelope clip = new Envelope(pg.getEnvelopeInternal());
          clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()) * 0.05 + 1e-6);
          voronoi.setClipEnvelope(clip);
          for (Geometry g : linesOf(voronoi.getDiagram(FACTORY))) {
            lines.add((LineString) g);
          }
        }
      }
      grids.add(made);
      seeds.add(madeSeeds);
      parentOf.add(madeParents.stream().mapToInt(Integer::intValue).toArray());
      childrenOf.add(children);
      rebuildGeometries();
    }

    /** Nodes all lines, polygonizes, assigns faces to grids of every level and unions them. */
    private void rebuildGeometries() {
      Geometry noded = OverlayNGRobust.union(FACTORY.buildGeometry(lines));
      Polygonizer polygonizer = new Polygonizer();
      polygonizer.add(noded);
      @SuppressWarnings("unchecked")
      List<Polygon> faces = new ArrayList<>((Collection<Polygon>) polygonizer.getPolygons());
      // the polygonizer's order depends on hashing; sort the faces so that the seed alone decides
      for (Polygon face : faces) {
        face.normalize();
      }
      faces.sort((a, b) -> a.compareTo(b));
      IndexedPointInAreaLocator inRoot = new IndexedPointInAreaLocator(rootBoundary);
      int levels = grids.size();
      List<List<List<Geometry>>> facesOf = new ArrayList<>();
      for (int l = 0; l < levels; l++) {
        List<List<Geometry>> perGrid = new ArrayList<>();
        for (int i = 0; i < grids.get(l).size(); i++) {
          perGrid.add(new ArrayList<>());
        }
        facesOf.add(perGrid);
      }
      for (Polygon face : faces) {
        Coordinate inside = interiorPoint(face);
        if (inRoot.locate(inside) != Location.INTERIOR) {
          continue;
        }
        int at = 0;
        facesOf.get(0).get(0).add(face);
        for (int l = 1; l < levels; l++) {
          List<Integer> candidates = childrenOf.get(l - 1).get(at);
          int best = candidates.get(0);
          double bestD = Double.POSITIVE_INFINITY;
          for (int c : candidates) {
            Coordinate s = seeds.get(l).get(c);
            double d = (s.x - inside.x) * (s.x - inside.x) + (s.y - inside.y) * (s.y - inside.y);
            if (d < bestD) {
              bestD = d;
              best = c;
            }
          }
          at = best;
          facesOf.get(l).get(at).add(face);
        }
      }
      List<List<Geometry>> rebuilt = new ArrayList<>();
      for (int l = 0; l < levels; l++) {
        List<Geometry> level = new ArrayList<>();
        for (int i = 0; i < grids.get(l).size(); i++) {
          List<Geometry> fs = facesOf.get(l).get(i);
          if (fs.isEmpty()) {
            throw new IllegalStateException("grid " + grids.get(l).get(i).code() + " received no face");
          }
          Geometry union = fs.size() == 1 ? fs.get(0).copy() : CoverageUnion.union(fs.toArray(new Geometry[0]));
          Geometry canonical = polygonal(union);
          canonical.normalize();
          level.add(canonical);
        }
        rebuilt.add(level);
      }
      geometries = rebuilt;
    }

    private static Coordinate interiorPoint(Polygon face) {
      Coordinate c = InteriorPointArea.getInteriorPoint(face);
      return c != null ? c : MaximumInscribedCircle.getCenter(face, 0).getCoordinate();
    }

    private static Geometry polygonal(Geometry g) {
      if (g instanceof Polygon || g instanceof MultiPolygon) {
        return g;
      }
      List<Polygon> ps = new ArrayList<>();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part instanceof Polygon) {
          ps.add((Polygon) part);
        } else if (part instanceof MultiPolygon) {
          for (int k = 0; k < part.getNumGeometries(); k++) {
            ps.add((Polygon) part.getGeometryN(k));
          }
        }
      }
      return ps.size() == 1 ? ps.get(0) : FACTORY.createMultiPolygon(ps.toArray(new Polygon[0]));
    }

    /** Seeded random points strictly inside {@code g}. */
    private List<Coordinate> sample(Geometry g, int n) {
      IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g);
      Envelope e = g.getEnvelopeInternal();
      List<Coordinate> out = new ArrayList<>(n);
      long tries = 0;
      while (out.size() < n) {
        if (++tries > 1_000_000L + 10_000L * n) {
          throw new InvalidInputException("gridsPerLevel", Integer.toString(n), "cannot place seeds inside a grid");
        }
        Coordinate c = new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
            e.getMinY() + random.nextDouble() * e.getHeight());
        if (locator.locate(c) == Location.INTERIOR) {
          out.add(c);
        }
      }
      return out;
    }

    /** Shares of {@code total} in proportion to area, at least one each (largest remainders). */
    private static int[] allocate(List<Geometry> parents, int total) {
      int n = parents.size();
      int[] share = new int[n];
      if (total < n) {
        throw new InvalidInputException("gridsPerLevel", Integer.toString(total),
            "each of the " + n + " grids of the level above needs at least one child");
      }
      double sum = 0;
      double[] area = new double[n];
      for (int i = 0; i < n; i++) {
        area[i] = parents.get(i).getArea();
        sum += area[i];
      }
      int rest = total - n;
      double[] remainder = new double[n];
      int given = 0;
      for (int i = 0; i < n; i++) {
        double exact = sum > 0 ? rest * area[i] / sum : (double) rest / n;
        share[i] = 1 + (int) Math.floor(exact);
        given += share[i] - 1;
        remainder[i] = exact - Math.floor(exact);
      }
      while (given < rest) {
        int best = 0;
        for (int i = 1; i < n; i++) {
          if (remainder[i] > remainder[best]) {
            best = i;
          }
        }
        share[best]++;
        remainder[best] = -1;
        given++;
      }
      return share;
    }

    private static List<Geometry> linesOf(Geometry g) {
      List<Geometry> out = new ArrayList<>();
      for (Object o : LinearComponentExtracter.getLines(g)) {
        LineString l = (LineString) o;
        out.add(FACTORY.createLineString(l.getCoordinateSequence().copy()));
      }
      return out;
    }

    private static String pad(int number, int width) {
      String s = Integer.toString(number);
      StringBuilder b = new StringBuilder();
      for (int i = s.length(); i < width; i++) {
        b.append('0');
      }
      return b.append(s).toString();
    }
  }
}
