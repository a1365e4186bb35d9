package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.examples.month.DemoDistrict;
import org.gridgov.examples.month.District;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.LocatedPoint;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;

/**
 * Example: a resident calls the hotline about rubbish piling up and the operator's map gives the
 * place in GCJ-02 (高德); locate its basic grid and open a ticket there (来电 → 落格 → 立单).
 * Arguments: {@code [LON LAT]} in GCJ-02 (default: a point in 呈贡区).
 */
public final class LocateAndOpenTicket {
  private LocateAndOpenTicket() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args);
  }

  static void run(PrintWriter out, String... args) {
    double lon = args.length == 2 ? Double.parseDouble(args[0]) : 102.845618;
    double lat = args.length == 2 ? Double.parseDouble(args[1]) : 24.895507;
    District district = DemoDistrict.generate(DemoDistrict.SEED);     // 219 basic grids on the real boundary
    GridLocator locator = district.locator();                            // exact point-in-grid, WGS-84 boundaries
    LocatedPoint at = locator.locateWithAncestorsIn(CoordinateSystem.GCJ02, lon, lat)
        .orElseThrow(() -> new IllegalArgumentException(lon + ", " + lat + " lies in no grid of the district"));
    out.printf("GCJ-02 %.6f, %.6f lies in %s %s%n", lon, lat, at.grid().code(), at.grid().grid().name());
    for (GridNode up : at.ancestors()) {
      out.printf("  under %s %s%n", up.code(), up.grid().name());
    }
    TicketService service = TicketService.builder().tree(district.tree()).catalogue(district.catalogue())
        .locator(locator).clock(Clock.fixed(Instant.parse("2024-04-15T02:06:00Z"), ZoneId.of("Asia/Shanghai"))).build();
    Principal hotline = Principal.of("hotline-01", PrincipalKind.COMMAND_CENTRE, district.root().code());
    LonLat wgs = CoordinateSystem.GCJ02.toWgs84(lon, lat);             // tickets keep WGS-84
    Ticket t = service.report(NewTicket.builder().channel(Channel.HOTLINE).matterType("city.garbage")
        .location(ReportedPlace.of(wgs.lon(), wgs.lat(), "小区东门外")).reporter(Reporter.anonymous())
        .summary("小区东门外垃圾堆放三天无人清理").build(), hotline);      // the service locates it again: same grid
    out.printf("ticket %s opened in grid %s: state %s, owning department %s, due %s%n", t.id(), t.grid(), t.state(),
        t.owningDepartment(), t.deadline().map(d -> d.dueAt().toString()).orElse("when filed"));
  }
}
