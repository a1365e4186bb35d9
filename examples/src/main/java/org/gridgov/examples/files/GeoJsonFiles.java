package org.gridgov.examples.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.LayerMapping;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonWriter;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.Ticket;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The month's two GeoJSON files (RFC 7946, WGS-84): {@code grids.geojson} — every grid of every
 * level, the police grids too (property {@code layer}), with code, name, level, parent, kind,
 * worker, and the month's received, closed, open and overdue tickets; a basic grid also has its
 * score, rank and police grids (双格融合), a police grid its officer and basic grids — and
 * {@code tickets.geojson}, a point per ticket where it was reported. {@code gridgov locate} and
 * {@code gridgov check} read the first as it is.
 */
final class GeoJsonFiles {
  private static final GeometryFactory POINTS = new GeometryFactory();

  private GeoJsonFiles() {}

  static void writeGrids(MonthScores scores, GridFacts facts, Path file) {
    District d = scores.district();
    LayerMapping fusion = d.fusion().orElse(null);
    try (OutputStream out = Files.newOutputStream(file); GeoJsonWriter.Features geo = GeoJsonWriter.open(out, CoordinateSystem.WGS84)) {
      for (List<GridBoundary> layer : List.of(d.grids().all(), d.policeGrids().all())) {
        for (GridBoundary b : layer) {
          Grid g = b.grid();
          GridCode code = g.code();
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("code", code.value());
          p.put("name", g.name());
          p.put("level", g.level());
          d.tree().parent(code).ifPresent(up -> p.put("parent", up.code().value()));
          p.put("layer", d.tree().layerOf(code));
          g.kind().ifPresent(k -> p.put("kind", k));
          facts.staff(code).ifPresent(s -> {
            p.put("worker", s.id());
            p.put("workerName", s.name());
          });
          boolean police = d.tree().layerOf(code).equals(District.POLICE);
          if (!police) {
            p.put("received", facts.received(code));
            p.put("closed", facts.closed(code));
            p.put("open", facts.open(code));
            p.put("overdue", facts.overdue(code));
          }
          facts.ranked(code).ifPresent(r -> {
            p.put("score", r.score().value().map(v -> (Object) v.doubleValue()).orElse(null));
            p.put("rank", r.rank().isPresent() ? (Object) r.rank().getAsInt() : null);
          });
          if (fusion != null && g.level() == d.tree().scheme().basicLevel()) {
            Set<GridCode> mapped = police ? fusion.inverse().counterparts(code) : fusion.counterparts(code);
            p.put(police ? "comprehensive" : "police", mapped.stream().map(GridCode::value).toList());
          }
          geo.feature(b.geometry(), p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static void writeTickets(MonthScores scores, Path file) {
    District d = scores.district();
    try (OutputStream out = Files.newOutputStream(file); GeoJsonWriter.Features geo = GeoJsonWriter.open(out, CoordinateSystem.WGS84)) {
      for (Ticket t : scores.tickets().values()) {
        if (t.location().isEmpty()) {
          continue;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", t.id().value());
        p.put("matterType", t.matterType());
        p.put("matter", d.catalogue().get(t.matterType()).name());
        p.put("grid", t.grid().value());
        p.put("gridName", d.tree().get(t.grid()).name());
        p.put("state", t.state());
        t.department().ifPresent(dep -> p.put("department", dep));
        p.put("reportedAt", TicketRows.time(t.reportedAt()));
        p.put("overdue", scores.overdue(t.grid()).contains(t.id()));
        p.put("open", t.isOpen());
        LonLat wgs = TicketPlaces.wgs84(t.location().get());
        geo.feature(POINTS.createPoint(new Coordinate(wgs.lon(), wgs.lat())), p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
