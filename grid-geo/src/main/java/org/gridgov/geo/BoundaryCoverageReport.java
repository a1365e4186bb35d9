package org.gridgov.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.GeoJsonOutput;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link CoverageValidator} found (网格覆盖检查报告): whether children tile their parents
 * (全覆盖、无死角), where they do not, which rings are invalid, and each grid's neighbours along
 * shared borders (四至). As data, and as GeoJSON for a map ({@link #toGeoJson}). Immutable.
 */
public final class BoundaryCoverageReport {
  private final CoordinateSystem system;
  private final List<Area> gaps;
  private final List<Area> overlaps;
  private final List<Area> outside;
  private final List<Area> slivers;
  private final List<RingProblem> ringProblems;
  private final List<Neighbour> neighbours;
  private final int parentsChecked;

  /** The kinds of misfit area. */
  public enum AreaKind {
    /** Part of a parent covered by none of its children (缝隙). */
    GAP,
    /** Part covered by two children (重叠). */
    OVERLAP,
    /** Part of a child outside its parent (越界). */
    OUTSIDE
  }

  /**
   * A misfit area.
   *
   * @param kind gap, overlap or outside
   * @param grids the grids involved: the parent for a gap, the two children for an overlap, the
   *     child and the parent for an outside part
   * @param geometry the area itself
   * @param squareMetres its area on the sphere
   * @param centroid its centroid
   * @param widthMetres its mean width, 2 × area / perimeter
   * @param sliver true when it is a sliver: narrower than the validator's sliver width
   */
  public record Area(AreaKind kind, List<GridCode> grids, Geometry geometry, double squareMetres, LonLat centroid,
      double widthMetres, boolean sliver) {
    public Area {
      if (kind == null || grids == null || geometry == null || centroid == null) {
        throw new MissingValueException(kind == null ? "kind" : grids == null ? "grids" : geometry == null ? "geometry" : "centroid");
      }
      grids = List.copyOf(grids);
    }
  }

  /** The kinds of invalid ring. */
  public enum RingProblemKind {
    /** A vertex equal to the one before it. */
    REPEATED_POINT,
    /** Two edges of a ring cross or touch where they should not. */
    SELF_INTERSECTION,
    /** Any other invalidity JTS reports (hole outside its shell, nested shells, …). */
    INVALID_POLYGON
  }

  /**
   * An invalid ring.
   *
   * @param grid the grid
   * @param kind what is wrong
   * @param location where
   * @param detail what JTS or the check says
   */
  public record RingProblem(GridCode grid, RingProblemKind kind, LonLat location, String detail) {}

  /** A compass quarter, for the four boundaries (四至): east, south, west, north. */
  public enum Direction {
    /** 东至. */
    EAST,
    /** 南至. */
    SOUTH,
    /** 西至. */
    WEST,
    /** 北至. */
    NORTH;

    /** The quarter of a bearing in degrees clockwise from north. */
    public static Direction ofBearing(double degrees) {
      double b = ((degrees % 360) + 360) % 360;
      if (b >= 45 && b < 135) {
        return EAST;
      }
      if (b >= 135 && b < 225) {
        return SOUTH;
      }
      if (b >= 225 && b < 315) {
        return WEST;
      }
      return NORTH;
    }
  }

  /**
   * Two grids that share a border, seen from {@code grid}.
   *
   * @param grid the grid
   * @param neighbour the grid across the border
   * @param sharedMetres length of the shared border
   * @param bearingDegrees bearing from the grid's centroid to the middle of the shared border
   * @param direction the compass quarter of that bearing
   * @param border the shared border (a MultiLineString)
   */
  public record Neighbour(GridCode grid, GridCode neighbour, double sharedMetres, double bearingDegrees,
      Direction direction, Geometry border) {}

  BoundaryCoverageReport(CoordinateSystem system, List<Area> areas, List<RingProblem> ringProblems, List<Neighbour> neighbours,
      int parentsChecked) {
    this.system = system;
    List<Area> g = new ArrayList<>();
    List<Area> o = new ArrayList<>();
    List<Area> out = new ArrayList<>();
    List<Area> s = new ArrayList<>();
    for (Area a : areas) {
      if (a.sliver()) {
        s.add(a);
      } else if (a.kind() == AreaKind.GAP) {
        g.add(a);
      } else if (a.kind() == AreaKind.OVERLAP) {
        o.add(a);
      } else {
        out.add(a);
      }
    }
    this.gaps = Collections.unmodifiableList(g);
    this.overlaps = Collections.unmodifiableList(o);
    this.outside = Collections.unmodifiableList(out);
    this.slivers = Collections.unmodifiableList(s);
    this.ringProblems = List.copyOf(ringProblems);
    this.neighbours = List.copyOf(neighbours);
    this.parentsChecked = parentsChecked;
  }

  /** Gaps wider than a sliver, largest first within each parent. */
  public List<Area> gaps() {
    return gaps;
  }

  /** Overlaps wider than a sliver. */
  public List<Area> overlaps() {
    return overlaps;
  }

  /** Parts of children outside their parent, wider than a sliver. */
  public List<Area> outside() {
    return outside;
  }

  /** Gaps, overlaps and outside parts narrower than the sliver width. */
  public List<Area> slivers() {
    return slivers;
  }

  /** Invalid rings. */
  public List<RingProblem> ringProblems() {
    return ringProblems;
  }

  /** Every neighbour relation, both ways (a→b and b→a). */
  public List<Neighbour> neighbours() {
    return neighbours;
  }

  /** The number of parents whose children were checked. */
  public int parentsChecked() {
    return parentsChecked;
  }

  /** The neighbours of one grid. */
  public List<Neighbour> neighboursOf(GridCode grid) {
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    List<Neighbour> out = new ArrayList<>();
    for (Neighbour n : neighbours) {
      if (n.grid().equals(grid)) {
        out.add(n);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** A grid's four boundaries (四至): its neighbours by compass quarter, longest border first. */
  public Map<Direction, List<GridCode>> fourBoundaries(GridCode grid) {
    Map<Direction, List<Neighbour>> by = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      by.put(d, new ArrayList<>());
    }
    for (Neighbour n : neighboursOf(grid)) {
      by.get(n.direction()).add(n);
    }
    Map<Direction, List<GridCode>> out = new EnumMap<>(Direction.class);
    by.forEach((d, ns) -> {
      ns.sort((a, b) -> Double.compare(b.sharedMetres(), a.sharedMetres()));
      List<GridCode> codes = new ArrayList<>();
      ns.forEach(n -> codes.add(n.neighbour()));
      out.put(d, Collections.unmodifiableList(codes));
    });
    return Collections.unmodifiableMap(out);
  }

  /** True when there is no gap, overlap, outside part, sliver or ring problem. */
  public boolean isClean() {
    return gaps.isEmpty() && overlaps.isEmpty() && outside.isEmpty() && slivers.isEmpty() && ringProblems.isEmpty();
  }

  /**
   * Writes the problems (and, when {@code withNeighbours}, the shared borders) as a GeoJSON
   * FeatureCollection: property {@code problem} is {@code gap}, {@code overlap}, {@code outside},
   * {@code sliver}, {@code ring} or {@code border}.
   */
  public void toGeoJson(OutputStream out, boolean withNeighbours) {
    if (out == null) {
      throw new MissingValueException("out");
    }
    try (GeoJsonOutput o = new GeoJsonOutput(out, system)) {
      for (List<Area> list : List.of(gaps, overlaps, outside, slivers)) {
        for (Area a : list) {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("problem", a.sliver() ? "sliver" : a.kind().name().toLowerCase(java.util.Locale.ROOT));
          p.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
          p.put("grids", a.grids());
          p.put("squareMetres", a.squareMetres());
          p.put("widthMetres", a.widthMetres());
          p.put("centroidLon", a.centroid().lon());
          p.put("centroidLat", a.centroid().lat());
          o.feature(p, a.geometry());
        }
      }
      for (RingProblem r : ringProblems) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("problem", "ring");
        p.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        p.put("grids", List.of(r.grid()));
        p.put("detail", r.detail());
        o.feature(p, org.gridgov.geo.internal.Geometries.FACTORY.createPoint(
            new org.locationtech.jts.geom.Coordinate(r.location().lon(), r.location().lat())));
      }
      if (withNeighbours) {
        for (Neighbour n : neighbours) {
          if (n.grid().compareTo(n.neighbour()) < 0) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("problem", "border");
            p.put("grids", List.of(n.grid(), n.neighbour()));
            p.put("sharedMetres", n.sharedMetres());
            o.feature(p, n.border());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /** The GeoJSON of {@link #toGeoJson(OutputStream, boolean)} as text. */
  public String toGeoJson(boolean withNeighbours) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    toGeoJson(out, withNeighbours);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "BoundaryCoverageReport[" + parentsChecked + " parents, " + gaps.size() + " gaps, " + overlaps.size()
        + " overlaps, " + outside.size() + " outside, " + slivers.size() + " slivers, " + ringProblems.size()
        + " ring problems, " + neighbours.size() / 2 + " neighbour pairs]";
  }
}
