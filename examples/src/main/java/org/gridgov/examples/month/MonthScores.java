package org.gridgov.examples.month;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.HistorySource;
import org.gridgov.scoring.Indicators;
import org.gridgov.scoring.MonthlyBriefing;
import org.gridgov.scoring.MonthlyReview;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.spi.InMemoryPointsStore;
import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.Ranking;
import org.gridgov.scoring.Score;
import org.gridgov.scoring.ScoredRole;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * A month scored (月度考核结果): the month's events fed to grid-scoring's {@link MonthlyReview} (the
 * whole log as history), giving the monthly briefing, the departments' and grid workers'
 * rankings, a ranking of the basic grids on their own tickets (the grid-leader weights), and,
 * per basic grid, the tickets received, still open and overdue; every ticket as it stood at the
 * month's end.
 */
public final class MonthScores {
  private final District district;
  private final ScoringPeriod period;
  private final List<TicketEvent> events;
  private final MonthlyBriefing briefing;
  private final Indicators indicators;
  private final Ranking grids;
  private final Map<TicketId, Ticket> tickets;
  private final Map<GridCode, Set<TicketId>> overdueByGrid = new HashMap<>();

  private MonthScores(District district, ScoringPeriod period, List<TicketEvent> events, MonthlyBriefing briefing,
      Indicators indicators, Ranking grids, Map<TicketId, Ticket> tickets) {
    this.district = district;
    this.period = period;
    this.events = events;
    this.briefing = briefing;
    this.indicators = indicators;
    this.grids = grids;
    this.tickets = tickets;
    for (TicketEvent e : events) {
      if (isMainOverdue(e)) {
        overdueByGrid.computeIfAbsent(e.grid(), g -> new HashSet<>()).add(e.ticketId());
      }
    }
  }

  /** Whether the event is the main clock's overdue (超期), the one the indicators and the map count. */
  public static boolean isMainOverdue(TicketEvent e) {
    return e.type() == TicketEventType.OVERDUE
        && e.payload(org.gridgov.workflow.EventPayload.Overdue.class).map(o -> o.clock().equals("main")).orElse(false);
  }

  /**
   * Scores {@code month} of {@code log} (every event of the district, any order of tickets, each
   * ticket's events in version order).
   */
  public static MonthScores of(District district, YearMonth month, List<TicketEvent> log) {
    return of(district, month, log, new InMemoryPointsStore());
  }

  /** Scores {@code month} of {@code log} with the points ledger kept in {@code points} (memory or PostgreSQL). */
  public static MonthScores of(District district, YearMonth month, List<TicketEvent> log, PointsStore points) {
    if (district == null || month == null || log == null || points == null) {
      throw new MissingValueException(district == null ? "district" : month == null ? "month" : log == null ? "log" : "points");
    }
    ScoringPeriod period = ScoringPeriod.month(month);
    Map<TicketId, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    List<TicketEvent> inMonth = new ArrayList<>();
    for (TicketEvent e : log) {
      byTicket.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
      if (period.contains(e.occurredAt())) {
        inMonth.add(e);
      }
    }
    HistorySource history = id -> byTicket.getOrDefault(id, List.of());
    PointsRules rules = PointsRules.standard(district.catalogue());
    MonthlyReview review = MonthlyReview.builder(district.tree(), district.catalogue(), month).rules(rules)
        .ledger(PointsLedger.create(rules, period.zone(), points)).roster(district.roster()).history(history).build();
    review.acceptAll(inMonth);
    CompositeWeights weights = CompositeWeights.standard();
    MonthlyBriefing briefing = review.briefing(district.title(), weights, Optional.empty()).bottomN(3).topN(5).build();
    Indicators indicators = review.indicators();
    List<Score> scores = new ArrayList<>();
    for (Grid g : district.basicGrids()) {
      scores.add(weights.score(ScoredRole.GRID_LEADER, indicators.grid(g.code())));
    }
    Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    byTicket.forEach((id, history1) -> {
      List<TicketEvent> upTo = history1.stream().filter(e -> e.occurredAt().isBefore(period.end())).toList();
      if (!upTo.isEmpty() && upTo.get(0).version() == 1) {
        tickets.put(id, Ticket.replay(upTo));
      }
    });
    return new MonthScores(district, period, Collections.unmodifiableList(inMonth), briefing, indicators,
        Ranking.of(ScoredRole.GRID_LEADER, scores), Collections.unmodifiableMap(tickets));
  }

  /** The district. */
  public District district() {
    return district;
  }

  /** The month. */
  public ScoringPeriod period() {
    return period;
  }

  /** The month's events, in log order. */
  public List<TicketEvent> events() {
    return events;
  }

  /** The monthly briefing (departments ranked, overdue notice, warnings, top performers). */
  public MonthlyBriefing briefing() {
    return briefing;
  }

  /** The month's indicators. */
  public Indicators indicators() {
    return indicators;
  }

  /** The departments' ranking. */
  public Ranking departments() {
    return briefing.departments();
  }

  /** The grid workers' ranking. */
  public Ranking workers() {
    return briefing.workers().orElseThrow();
  }

  /** The basic grids ranked on their own tickets (the grid-leader weights). */
  public Ranking grids() {
    return grids;
  }

  /** Every ticket reported by the month's end, as it stood then, in order of reporting. */
  public Map<TicketId, Ticket> tickets() {
    return tickets;
  }

  /** The tickets of a basic grid whose time limit passed in the month (超期). */
  public Set<TicketId> overdue(GridCode grid) {
    return overdueByGrid.getOrDefault(grid, Set.of());
  }
}
