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

  static Map<String, Object> properties(Grid grid) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", grid.code().value());
    p.put("name", grid.name());
    p.put("level", grid.level());
    p.put("layer", grid.layer().orElse(null));
    p.put("parent", grid.parent().map(c -> c.value()).orElse(null));
    p.put("kind", grid.kind().orElse(null));
    return p;
  }
}
