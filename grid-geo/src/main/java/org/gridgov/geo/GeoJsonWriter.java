package org.gridgov.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.Grid;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.GeoJsonOutput;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes grids and their boundaries as a GeoJSON FeatureCollection (RFC 7946), streaming:
 * properties {@code code}, {@code name}, {@code level}, and {@code layer}, {@code parent},
 * {@code kind} when the grid has them; exterior rings counter-clockwise, holes clockwise.
 * Boundaries in GCJ-02 or BD-09 are written as they are, with the foreign member
 * {@code "coordinateSystem"} saying so ({@link GeoJsonReader} honours it); convert them with
 * {@link Boundaries#convertTo} first for a strictly RFC 7946 (WGS-84) file.
 */
public final class GeoJsonWriter {
  private GeoJsonWriter() {}

  /** Writes {@code boundaries} to {@code out} as UTF-8; the stream is flushed, not closed. */
  public static void write(Boundaries boundaries, OutputStream out) {
    if (boundaries == null) {
      throw new MissingValueException("boundaries");
    }
    if (out == null) {
      throw new MissingValueException("out");
    }
    try (GeoJsonOutput o = new GeoJsonOutput(out, boundaries.coordinateSystem())) {
      for (GridBoundary b : boundaries.all()) {
        o.feature(properties(b.grid()), b.geometry());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /** The FeatureCollection as text. */
  public static String toJson(Boundaries boundaries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(boundaries, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts a FeatureCollection of any features on {@code out} (要素流式写出): a grid file with more
   * properties than {@link #write} gives, points of tickets, a map's problems. Features are written
   * as they come; {@link Features#close()} ends the collection and flushes {@code out}, which stays
   * open. Coordinates are written as they are in {@code system}; a system other than WGS-84 is
   * recorded as the foreign member {@code "coordinateSystem"}.
   */
  public static Features open(OutputStream out, CoordinateSystem system) {
    if (out == null) {
      throw new MissingValueException("out");
    }
    if (system == null) {
      throw new MissingValueException("system");
    }
    try {
      return new Features(new GeoJsonOutput(out, system));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /** The properties {@link #write} gives a grid: code, name, level, and layer, parent, kind when it has them. */
  public static Map<String, Object> properties(Grid grid) {
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", grid.code().value());
    p.put("name", grid.name());
    p.put("level", grid.level());
    grid.layer().ifPresent(l -> p.put("layer", l));
    grid.parent().ifPresent(c -> p.put("parent", c.value()));
    grid.kind().ifPresent(k -> p.put("kind", k));
    return p;
  }

  /** A FeatureCollection being written, one feature at a time; not thread-safe. */
  public static final class Features implements java.io.Closeable {
    private final GeoJsonOutput out;

    private Features(GeoJsonOutput out) {
      this.out = out;
    }

    /**
     * Writes one feature: any JTS geometry (polygons in RFC 7946 orientation) and its properties in
     * the map's order; values are strings, numbers, booleans, {@code null} or iterables of these.
     */
    public Features feature(Geometry geometry, Map<String, ?> properties) {
      if (geometry == null) {
        throw new MissingValueException("geometry");
      }
      if (properties == null) {
        throw new MissingValueException("properties");
      }
      try {
        out.feature(properties, geometry);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write GeoJSON", e);
      }
      return this;
    }

    /** Ends the collection and flushes; the stream is not closed. */
    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write GeoJSON", e);
      }
    }
  }
}
