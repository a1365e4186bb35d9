package org.gridgov.examples.files;

import java.util.Optional;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.Ticket;

/**
 * Where a ticket is, in WGS-84 (工单位置): a ticket keeps its point in the coordinate system it came
 * in — a wristband's one-key call in GCJ-02 — and the files and the map draw every point in WGS-84.
 */
final class TicketPlaces {
  private TicketPlaces() {}

  /** The ticket's point in WGS-84, when it has one. */
  static Optional<LonLat> wgs84(Ticket t) {
    return t.location().map(TicketPlaces::wgs84);
  }

  static LonLat wgs84(ReportedPlace p) {
    return CoordinateSystem.of(p.datum()).toWgs84(p.longitude(), p.latitude());
  }
}
