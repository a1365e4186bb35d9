package org.gridgov.examples.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.GridNode;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.Ticket;

/**
 * {@code tickets.csv}: one row per ticket reported by the month's end, as it stood then — where
 * (basic grid, police grid, WGS-84 and GCJ-02 position), what, which department, its state and
 * outcome, its due and closing times, and whether it went overdue in the month. UTF-8 with a
 * header; times in ISO 8601 with the +08:00 offset.
 */
final class TicketRows {
  static final String HEADER = "id,reported_at,channel,matter_type,matter,grid,grid_name,police_grid,lon,lat,"
      + "lon_gcj02,lat_gcj02,department,state,outcome,due_at,closed_at,overdue,closed_on_time,reworks,escalations,returns";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private TicketRows() {}

  static void write(MonthScores scores, Path file) {
    District d = scores.district();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (Ticket t : scores.tickets().values()) {
        List<String> row = new ArrayList<>();
        row.add(t.id().value());
        row.add(time(t.reportedAt()));
        row.add(t.channel().name());
        row.add(t.matterType());
        row.add(d.catalogue().get(t.matterType()).name());
        row.add(t.grid().value());
        row.add(d.tree().get(t.grid()).name());
        if (t.location().isPresent()) {
          LonLat wgs = TicketPlaces.wgs84(t.location().get());
          double lon = wgs.lon();
          double lat = wgs.lat();
          row.add(d.policeLocator().flatMap(p -> p.locate(lon, lat)).map(GridNode::code).map(c -> c.value()).orElse(""));
          LonLat gcj = CoordinateSystem.WGS84.convert(lon, lat, CoordinateSystem.GCJ02);
          row.add(degrees(lon, 7));
          row.add(degrees(lat, 7));
          row.add(degrees(gcj.lon(), 6));
          row.add(degrees(gcj.lat(), 6));
        } else {
          row.addAll(List.of("", "", "", "", ""));
        }
        row.add(t.department().orElse(""));
        row.add(t.state());
        row.add(t.outcome().map(Enum::name).orElse(""));
        row.add(t.deadline().map(x -> time(x.dueAt())).orElse(""));
        row.add(t.closedAt().map(TicketRows::time).orElse(""));
        row.add(Boolean.toString(scores.overdue(t.grid()).contains(t.id())));
        row.add(t.closedOnTime().map(Object::toString).orElse(""));
        row.add(Integer.toString(t.reworks()));
        row.add(Integer.toString(t.escalations()));
        row.add(Integer.toString(t.returnedBy().size()));
        out.write(Csv.line(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String time(Instant at) {
    return TIME.format(at.atZone(ZONE).toOffsetDateTime());
  }

  static String degrees(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
