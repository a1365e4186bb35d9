package org.gridgov.examples.month;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.scoring.Figures;
import org.gridgov.scoring.Indicator;
import org.gridgov.scoring.Ranked;
import org.gridgov.scoring.Rate;
import org.gridgov.scoring.Ratio;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * The month in a few figures (月度概况), as the command line prints it and the page shows it:
 * tickets reported, closed, closed on time, the on-time rate, distinct tickets overdue, returned,
 * reworked and escalated (whistled), still open at the month's end; the best and worst basic
 * grids and the best and warned departments; the one-key calls for help (一键求助) among the tickets.
 *
 * @param onTimeRate closed on time / closed, when anything was closed
 */
public record MonthSummary(long reported, long closed, long closedOnTime, Optional<Ratio> onTimeRate, int overdue,
    int returned, int reworked, int escalated, int open, List<Ranked> topGrids, List<Ranked> bottomGrids,
    List<Ranked> topDepartments, List<Ranked> warnedDepartments, OneKeyCalls oneKey) {

  /** The summary of a scored month; {@code n} grids at each end of the grid ranking. */
  public static MonthSummary of(MonthScores scores, int n) {
    Figures total = scores.indicators().total();
    Set<TicketId> overdue = new HashSet<>();
    Set<TicketId> returned = new HashSet<>();
    Set<TicketId> reworked = new HashSet<>();
    Set<TicketId> escalated = new HashSet<>();
    for (TicketEvent e : scores.events()) {
      if (MonthScores.isMainOverdue(e)) {
        overdue.add(e.ticketId());
      } else if (e.type() == TicketEventType.RETURNED) {
        returned.add(e.ticketId());
      } else if (e.type() == TicketEventType.VERIFICATION_FAILED || e.type() == TicketEventType.REOPENED) {
        reworked.add(e.ticketId());
      } else if (e.type() == TicketEventType.ESCALATED) {
        escalated.add(e.ticketId());
      }
    }
    int open = (int) scores.tickets().values().stream().filter(Ticket::isOpen).count();
    List<Ranked> ranked = scores.grids().ranked();
    List<Ranked> bottom = ranked.subList(Math.max(0, ranked.size() - n), ranked.size());
    return new MonthSummary(total.count(Indicator.RECEIVED), total.count(Indicator.CLOSED),
        total.count(Indicator.CLOSED_ON_TIME), total.rate(Rate.ON_TIME_CLOSURE), overdue.size(), returned.size(),
        reworked.size(), escalated.size(), open, ranked.subList(0, Math.min(n, ranked.size())), bottom,
        scores.briefing().topDepartments(), scores.briefing().bottomWarnings(), OneKeyCalls.of(scores));
  }
}
