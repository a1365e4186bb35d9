package org.gridgov.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The boundaries of a set of grids (网格边界集), all in one {@link CoordinateSystem}, in code
 * order, codes unique. Immutable. A locator built from them remembers their coordinate system
 * and converts query points, never the polygons.
 */
public final class Boundaries {
  private final CoordinateSystem coordinateSystem;
  private final List<GridBoundary> list;
  private final Map<GridCode, GridBoundary> byCode;

  private Boundaries(CoordinateSystem coordinateSystem, List<GridBoundary> list, Map<GridCode, GridBoundary> byCode) {
    this.coordinateSystem = coordinateSystem;
    this.list = list;
    this.byCode = byCode;
  }

  /**
   * Boundaries in {@code coordinateSystem}.
   *
   * @throws InvalidInputException when two boundaries have the same code
   */
  public static Boundaries of(CoordinateSystem coordinateSystem, Collection<GridBoundary> boundaries) {
    if (coordinateSystem == null) {
      throw new MissingValueException("coordinateSystem");
    }
    if (boundaries == null) {
      throw new MissingValueException("boundaries");
    }
    List<GridBoundary> sorted = new ArrayList<>(boundaries.size());
    for (GridBoundary b : boundaries) {
      if (b == null) {
        throw new MissingValueException("boundaries[]");
      }
      sorted.add(b);
    }
    sorted.sort(Comparator.comparing(GridBoundary::code));
    Map<GridCode, GridBoundary> byCode = new HashMap<>(Math.max(16, sorted.size() * 2));
    for (GridBoundary b : sorted) {
      if (byCode.put(b.code(), b) != null) {
        throw new InvalidInputException("boundaries[" + b.code() + "].code", b.code().value(),
            "codes must be unique; two boundaries share this one");
      }
    }
    return new Boundaries(coordinateSystem, Collections.unmodifiableList(sorted), Collections.unmodifiableMap(byCode));
  }

  /** No boundaries. */
  public static Boundaries empty(CoordinateSystem coordinateSystem) {
    return of(coordinateSystem, List.of());
  }

  /** The coordinate system of every geometry here. */
  public CoordinateSystem coordinateSystem() {
    return coordinateSystem;
  }

  /** All boundaries in code order. */
  public List<GridBoundary> all() {
    return list;
  }

  /** The number of boundaries. */
  public int size() {
    return list.size();
  }

  /** The boundary of the grid with this code, if any. */
  public Optional<GridBoundary> find(GridCode code) {
    if (code == null) {
      throw new MissingValueException("code");
    }
    return Optional.ofNullable(byCode.get(code));
  }

  /** Throws {@link NotFoundException} naming {@code field} when a boundary's code is not in {@code tree}. */
  void requireCodesIn(GridTree tree, String field) {
    for (GridBoundary b : list) {
      if (!tree.contains(b.code())) {
        throw new NotFoundException(field + "[" + b.code() + "]", b.code().value(),
            "no grid in tree " + tree.scheme().id() + " has this code");
      }
    }
  }

  /**
   * The boundaries whose grid is at {@code level}.
   *
   * @throws InvalidInputException when {@code level} is below 1
   */
  public Boundaries atLevel(int level) {
    if (level < 1) {
      throw new InvalidInputException("level", Integer.toString(level), "levels count from 1");
    }
    List<GridBoundary> out = new ArrayList<>();
    for (GridBoundary b : list) {
      if (b.grid().level() == level) {
        out.add(b);
      }
    }
    return new Boundaries(coordinateSystem, Collections.unmodifiableList(out), index(out));
  }

  /** These boundaries and {@code more} (same coordinate system; codes must stay unique). */
  public Boundaries plus(Boundaries more) {
    if (more == null) {
      throw new MissingValueException("more");
    }
    if (more.coordinateSystem != coordinateSystem) {
      throw new InvalidInputException("more.coordinateSystem", more.coordinateSystem.name(),
          "must be " + coordinateSystem + " like these boundaries; convert first");
    }
    List<GridBoundary> all = new ArrayList<>(list);
    all.addAll(more.list);
    return of(coordinateSystem, all);
  }

  /** The total number of vertices, closing vertices included. */
  public long vertexCount() {
    long n = 0;
    for (GridBoundary b : list) {
      n += b.vertexCount();
    }
    return n;
  }

  /** The envelope of all geometries. */
  public Envelope envelope() {
    Envelope e = new Envelope();
    for (GridBoundary b : list) {
      e.expandToInclude(b.geometry().getEnvelopeInternal());
    }
    return e;
  }

  /**
   * The same boundaries converted to {@code target}, vertex by vertex (done once, when loading;
   * a locator never converts polygons at query time).
   */
  public Boundaries convertTo(CoordinateSystem target) {
    if (target == null) {
      throw new MissingValueException("target");
    }
    if (target == coordinateSystem) {
      return this;
    }
    List<GridBoundary> out = new ArrayList<>(list.size());
    for (GridBoundary b : list) {
      Geometry g = b.geometry().copy();
      g.apply(new Converter(coordinateSystem, target));
      g.geometryChanged();
      out.add(new GridBoundary(b.grid(), g));
    }
    return new Boundaries(target, Collections.unmodifiableList(out), index(out));
  }

  /**
   * A tree of these boundaries' grids under {@code scheme}, validated by {@link GridTree}.
   *
   * @throws org.gridgov.core.InvalidTreeException when the grids do not form a valid tree
   */
  public GridTree toTree(GridScheme scheme) {
    if (scheme == null) {
      throw new MissingValueException("scheme");
    }
    GridTree.Builder builder = GridTree.builder(scheme);
    list.forEach(b -> builder.add(b.grid()));
    return builder.build();
  }

  /**
   * As {@link #toTree(GridScheme)}, first adding every missing ancestor (named by its code, in
   * the base layer), for data that holds only some levels, for example county polygons without
   * their provinces and prefectures.
   */
  public GridTree toTreeAddingAncestors(GridScheme scheme) {
    if (scheme == null) {
      throw new MissingValueException("scheme");
    }
    Map<GridCode, Grid> grids = new LinkedHashMap<>();
    list.forEach(b -> grids.put(b.code(), b.grid()));
    List<Grid> missing = new ArrayList<>();
    for (GridBoundary b : list) {
      Grid g = b.grid();
      int level = g.level();
      GridCode code = g.parent().orElse(null);
      while (level > 1) {
        int parentLevel = level - 1;
        if (parentLevel > scheme.depth()) {
          break;
        }
        GridCode parent = code != null ? code
            : g.code().prefix(Math.min(g.code().length(), scheme.codeLayout().lengthAt(parentLevel)));
        if (grids.containsKey(parent)) {
          break;
        }
        Grid made = Grid.of(parent, parent.value(), parentLevel);
        grids.put(parent, made);
        missing.add(made);
        g = made;
        level = parentLevel;
        code = null;
      }
    }
    GridTree.Builder builder = GridTree.builder(scheme);
    grids.values().forEach(builder::add);
    return builder.build();
  }

  private static Map<GridCode, GridBoundary> index(List<GridBoundary> out) {
    Map<GridCode, GridBoundary> m = new HashMap<>(Math.max(16, out.size() * 2));
    out.forEach(b -> m.put(b.code(), b));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "Boundaries[" + list.size() + " grids, " + coordinateSystem + "]";
  }

  /** Converts every vertex in place (on a copy). */
  private static final class Converter implements CoordinateSequenceFilter {
    private final CoordinateSystem from;
    private final CoordinateSystem to;
    private final double[] out = new double[2];

    Converter(CoordinateSystem from, CoordinateSystem to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      Coordinate c = seq.getCoordinate(i);
      CoordinateSystem.convertUnchecked(from, to, c.x, c.y, out, 0);
      seq.setOrdinate(i, 0, out[0]);
      seq.setOrdinate(i, 1, out[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
