package org.gridgov.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.BoundaryCoverageReport.Area;
import org.gridgov.geo.BoundaryCoverageReport.AreaKind;
import org.gridgov.geo.BoundaryCoverageReport.Direction;
import org.gridgov.geo.BoundaryCoverageReport.Neighbour;
import org.gridgov.geo.BoundaryCoverageReport.RingProblem;
import org.gridgov.geo.BoundaryCoverageReport.RingProblemKind;
import org.gridgov.geo.internal.Geometries;
import org.gridgov.geo.internal.Spherical;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks that children tile their parent (全覆盖、无死角) and describes each grid's borders
 * (四至), on the grids of a {@link GridTree} and their {@link Boundaries}.
 *
 * <p>For every parent with a boundary whose children have boundaries: the gaps (parent minus the
 * union of its children), the parts of children outside the parent, and the overlaps between
 * children (computed pairwise only when the children's areas add up to more than their union's),
 * each with its area on the sphere in m², centroid, mean width and the grids involved; pieces
 * narrower than the sliver width (default 5 m) are slivers. Every ring is checked for repeated
 * points and self-intersections (JTS {@link IsValidOp}, {@link IsSimpleOp} for all locations).
 * Neighbours are the grids of the checked levels that share border segments exactly (the same
 * two vertices); borders that do not line up show up as gaps, overlaps or slivers instead. Set
 * operations are JTS OverlayNG with its robust fallbacks.
 */
public final class CoverageValidator {
  private static final GeometryFactory FACTORY = Geometries.FACTORY;
  private static final int MAX_LOCATIONS = 100;
  private final double sliverWidthMetres;

  private CoverageValidator(double sliverWidthMetres) {
    this.sliverWidthMetres = sliverWidthMetres;
  }

  /** A validator whose slivers are narrower than 5 m on average. */
  public static CoverageValidator defaults() {
    return new CoverageValidator(5.0);
  }

  /** The same validator with another sliver width, in metres (mean width 2 × area / perimeter). */
  public CoverageValidator withSliverWidth(double metres) {
    if (!(metres >= 0) || Double.isInfinite(metres)) {
      throw new InvalidInputException("sliverWidthMetres", Double.toString(metres), "must be a finite number >= 0");
    }
    return new CoverageValidator(metres);
  }

  /** The sliver width in metres. */
  public double sliverWidthMetres() {
    return sliverWidthMetres;
  }

  /** Checks every parent of the tree that has a boundary and children with boundaries. */
  public BoundaryCoverageReport validate(GridTree tree, Boundaries boundaries) {
    requireArgs(tree, boundaries);
    List<GridCode> parents = new ArrayList<>();
    for (GridNode n : tree.nodes()) {
      if (boundaries.find(n.code()).isPresent()) {
        for (GridNode c : n.children()) {
          if (boundaries.find(c.code()).isPresent()) {
            parents.add(n.code());
            break;
          }
        }
      }
    }
    return validate(tree, boundaries, parents);
  }

  /** Checks the children of the given parents only. */
  public BoundaryCoverageReport validate(GridTree tree, Boundaries boundaries, List<GridCode> parents) {
    requireArgs(tree, boundaries);
    if (parents == null) {
      throw new MissingValueException("parents");
    }
    boundaries.requireCodesIn(tree, "boundaries");
    Set<GridCode> unique = new LinkedHashSet<>();
    for (GridCode parentCode : parents) {
      if (parentCode == null) {
        throw new MissingValueException("parents[]");
      }
      unique.add(parentCode);
    }
    List<Area> areas = new ArrayList<>();
    List<RingProblem> rings = new ArrayList<>();
    // each grid's geometry once checked: itself when valid, else repaired for the overlays, so a
    // self-crossing ring is reported as such and does not break (or skew) the tiling check
    Map<GridCode, Geometry> usable = new HashMap<>();
    List<GridBoundary> allChildren = new ArrayList<>();
    for (GridCode parentCode : unique) {
      GridNode parent = tree.node(parentCode);
      GridBoundary pb = boundaries.find(parentCode).orElseThrow(() -> new InvalidInputException("parents",
          parentCode.value(), "the parent has no boundary"));
      List<GridBoundary> children = new ArrayList<>();
      for (GridNode c : parent.children()) {
        boundaries.find(c.code()).ifPresent(children::add);
      }
      Geometry p = checked(pb, rings, usable);
      Geometry[] cs = new Geometry[children.size()];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = checked(children.get(i), rings, usable);
      }
      allChildren.addAll(children);
      if (!children.isEmpty()) {
        tile(pb.code(), p, children, cs, areas);
      }
    }
    List<Neighbour> neighbours = neighbours(allChildren);
    return new BoundaryCoverageReport(boundaries.coordinateSystem(), areas, rings, neighbours, unique.size());
  }

  private static void requireArgs(GridTree tree, Boundaries boundaries) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (boundaries == null) {
      throw new MissingValueException("boundaries");
    }
  }

  // ---------------------------------------------------------------- tiling

  private void tile(GridCode parent, Geometry p, List<GridBoundary> children, Geometry[] cs, List<Area> out) {
    double sum = 0;
    for (Geometry c : cs) {
      sum += c.getArea();
    }
    Geometry union = union(cs);
    for (Geometry piece : parts(overlay(p, union, OverlayNG.DIFFERENCE))) {
      add(out, AreaKind.GAP, List.of(parent), piece);
    }
    for (Geometry piece : parts(overlay(union, p, OverlayNG.DIFFERENCE))) {
      Coordinate inside = InteriorPointArea.getInteriorPoint(piece);
      List<GridCode> who = new ArrayList<>();
      if (inside != null) {
        Geometry pt = FACTORY.createPoint(inside);
        for (int i = 0; i < cs.length; i++) {
          if (cs[i].getEnvelopeInternal().covers(inside) && cs[i].covers(pt)) {
            who.add(children.get(i).code());
          }
        }
      }
      who.add(parent);
      add(out, AreaKind.OUTSIDE, who, piece);
    }
    if (sum - union.getArea() > 1e-12 * Math.max(sum, 1e-12)) {
      STRtree index = new STRtree();
      for (int i = 0; i < cs.length; i++) {
        index.insert(cs[i].getEnvelopeInternal(), i);
      }
      for (int i = 0; i < cs.length; i++) {
        for (Object o : index.query(cs[i].getEnvelopeInternal())) {
          int j = (Integer) o;
          if (j <= i) {
            continue;
          }
          for (Geometry piece : parts(overlay(cs[i], cs[j], OverlayNG.INTERSECTION))) {
            add(out, AreaKind.OVERLAP, List.of(children.get(i).code(), children.get(j).code()), piece);
          }
        }
      }
    }
  }

  private static Geometry union(Geometry[] cs) {
    if (cs.length == 1) {
      return cs[0];
    }
    try {
      Geometry u = CoverageUnion.union(cs);
      if (u != null && u.isValid()) {
        return u;
      }
    } catch (RuntimeException e) {
      // not a clean coverage: fall back to the general union
    }
    return OverlayNGRobust.union(List.of(cs));
  }

  private static Geometry overlay(Geometry a, Geometry b, int op) {
    try {
      return OverlayNGRobust.overlay(a, b, op);
    } catch (TopologyException e) {
      return OverlayNGRobust.overlay(GeometryFixer.fix(a), GeometryFixer.fix(b), op);
    }
  }

  private static List<Geometry> parts(Geometry g) {
    List<Geometry> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon && !part.isEmpty() && part.getArea() > 0) {
        out.add(part);
      }
    }
    return out;
  }

  private void add(List<Area> out, AreaKind kind, List<GridCode> grids, Geometry piece) {
    double area = Spherical.area(piece);
    double perimeter = Spherical.length(piece);
    double width = perimeter > 0 ? 2 * area / perimeter : 0;
    Coordinate c = piece.getCentroid().getCoordinate();
    LonLat centroid = c == null ? new LonLat(0, 0) : new LonLat(clamp(c.x, 180), clamp(c.y, 90));
    out.add(new Area(kind, grids, piece, area, centroid, width, width < sliverWidthMetres));
  }

  private static double clamp(double v, double limit) {
    return Math.max(-limit, Math.min(limit, v));
  }

  // ---------------------------------------------------------------- rings

  /** Reports the ring problems of {@code b} once; returns its geometry, repaired when invalid. */
  private static Geometry checked(GridBoundary b, List<RingProblem> out, Map<GridCode, Geometry> usable) {
    Geometry known = usable.get(b.code());
    if (known == null) {
      known = checkRings(b, out) ? b.geometry() : GeometryFixer.fix(b.geometry());
      usable.put(b.code(), known);
    }
    return known;
  }

  /** Reports repeated points and invalid rings; true when the geometry is valid. */
  private static boolean checkRings(GridBoundary b, List<RingProblem> out) {
    Geometry g = b.geometry();
    int found = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      for (int r = -1; r < p.getNumInteriorRing(); r++) {
        LinearRing ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
        Coordinate[] cs = ring.getCoordinates();
        for (int k = 1; k < cs.length && found < MAX_LOCATIONS; k++) {
          if (cs[k].equals2D(cs[k - 1])) {
            out.add(new RingProblem(b.code(), RingProblemKind.REPEATED_POINT, new LonLat(cs[k].x, cs[k].y),
                "vertex " + k + " of ring " + (r + 1) + " of polygon " + i + " repeats the vertex before it"));
            found++;
          }
        }
      }
    }
    IsValidOp valid = new IsValidOp(g);
    TopologyValidationError error = valid.getValidationError();
    if (error == null) {
      return true;
    }
    boolean selfIntersection = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
        || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
    if (selfIntersection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Polygon p = (Polygon) g.getGeometryN(i);
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
          LineString ring = FACTORY.createLineString(
              (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinateSequence());
          IsSimpleOp simple = new IsSimpleOp(ring);
          simple.setFindAllLocations(true);
          if (!simple.isSimple()) {
            for (Coordinate c : simple.getNonSimpleLocations()) {
              if (found++ < MAX_LOCATIONS) {
                out.add(new RingProblem(b.code(), RingProblemKind.SELF_INTERSECTION, new LonLat(c.x, c.y),
                    "ring " + (r + 1) + " of polygon " + i + " crosses or touches itself"));
              }
            }
          }
        }
      }
    }
    if (!selfIntersection || found == 0) {
      Coordinate c = error.getCoordinate();
      out.add(new RingProblem(b.code(), selfIntersection ? RingProblemKind.SELF_INTERSECTION
          : RingProblemKind.INVALID_POLYGON, c == null ? new LonLat(0, 0) : new LonLat(c.x, c.y), error.getMessage()));
    }
    return false;
  }

  // ---------------------------------------------------------------- neighbours

  private record Segment(double x1, double y1, double x2, double y2) {
    static Segment of(Coordinate a, Coordinate b) {
      boolean swap = a.x > b.x || (a.x == b.x && a.y > b.y);
      return swap ? new Segment(b.x, b.y, a.x, a.y) : new Segment(a.x, a.y, b.x, b.y);
    }
  }

  private static final class Border {
    double metres;
    double wx;
    double wy;
    final List<LineString> pieces = new ArrayList<>();
  }

  private static List<Neighbour> neighbours(List<GridBoundary> grids) {
    Map<Segment, Integer> owner = new HashMap<>();
    Map<Long, Border> borders = new HashMap<>();
    List<GridBoundary> unique = new ArrayList<>();
    Set<GridCode> seen = new HashSet<>();
    for (GridBoundary g : grids) {
      if (seen.add(g.code())) {
        unique.add(g);
      }
    }
    for (int gi = 0; gi < unique.size(); gi++) {
      Geometry geom = unique.get(gi).geometry();
      Set<Segment> mine = new HashSet<>();
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        Polygon p = (Polygon) geom.getGeometryN(i);
        for (int r = -1; r < p.getNumInteriorRing(); r++) {
          Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
          for (int k = 0; k + 1 < cs.length; k++) {
            if (cs[k].equals2D(cs[k + 1])) {
              continue;
            }
            Segment s = Segment.of(cs[k], cs[k + 1]);
            if (!mine.add(s)) {
              continue;
            }
            Integer other = owner.putIfAbsent(s, gi);
            if (other != null && other != gi) {
              int a = Math.min(other, gi);
              int b = Math.max(other, gi);
              Border border = borders.computeIfAbsent(((long) a << 32) | b, key -> new Border());
              double len = Spherical.distance(s.x1, s.y1, s.x2, s.y2);
              border.metres += len;
              border.wx += len * (s.x1 + s.x2) / 2;
              border.wy += len * (s.y1 + s.y2) / 2;
              border.pieces.add(FACTORY.createLineString(new Coordinate[] {
                  new Coordinate(s.x1, s.y1), new Coordinate(s.x2, s.y2)}));
            }
          }
        }
      }
    }
    List<Long> keys = new ArrayList<>(borders.keySet());
    keys.sort(null);
    List<Neighbour> out = new ArrayList<>();
    Map<Integer, Coordinate> centroids = new HashMap<>();
    for (long key : keys) {
      int a = (int) (key >>> 32);
      int b = (int) key;
      Border border = borders.get(key);
      LineMerger merger = new LineMerger();
      border.pieces.forEach(merger::add);
      @SuppressWarnings("unchecked")
      List<LineString> merged = new ArrayList<>((java.util.Collection<LineString>) merger.getMergedLineStrings());
      Geometry line = FACTORY.createMultiLineString(merged.toArray(new LineString[0]));
      double mx = border.metres > 0 ? border.wx / border.metres : 0;
      double my = border.metres > 0 ? border.wy / border.metres : 0;
      for (int[] pair : new int[][] {{a, b}, {b, a}}) {
        Coordinate c = centroids.computeIfAbsent(pair[0],
            k -> unique.get(k).geometry().getCentroid().getCoordinate());
        double bearing = bearing(c.x, c.y, mx, my);
        out.add(new Neighbour(unique.get(pair[0]).code(), unique.get(pair[1]).code(), border.metres, bearing,
            Direction.ofBearing(bearing), line));
      }
    }
    return out;
  }

  private static double bearing(double lon1, double lat1, double lon2, double lat2) {
    double dx = (lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double dy = lat2 - lat1;
    double deg = Math.toDegrees(Math.atan2(dx, dy));
    return deg < 0 ? deg + 360 : deg;
  }

  @Override
  public String toString() {
    return "CoverageValidator[sliver width " + sliverWidthMetres + " m]";
  }

}
