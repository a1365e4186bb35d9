package org.gridgov.scoring;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Roster;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;

/**
 * One month's review (月度考核) in one place: feed it the month's ticket events (and, through the
 * history source, it finds the earlier ones it needs) and it keeps the indicators, books points,
 * collects the overdue notice and finds the accountability cases; then it builds the
 * {@link MonthlyBriefing}. The parts are usable alone ({@link IndicatorAccumulator},
 * {@link PointsAwarder}, {@link OverdueRegister}, {@link Accountability}); this class wires them.
 *
 * <p>It keeps the events it is fed (per ticket, for accountability), so it is meant for a place's
 * month — tens of thousands of events — not for a province's stream, which is scored with
 * {@link IndicatorAccumulator}s per shard. Not thread-safe.
 */
public final class MonthlyReview {
  private final GridTree tree;
  private final MatterCatalogue catalogue;
  private final ScoringPeriod period;
  private final IndicatorAccumulator indicators;
  private final PointsAwarder awarder;
  private final OverdueRegister overdue;
  private final Accountability accountability;
  private final HistorySource history;
  private final Roster roster;
  private final Map<TicketId, List<TicketEvent>> fed = new LinkedHashMap<>();
  private final Set<TicketId> flagged = new HashSet<>();

  private MonthlyReview(Builder b) {
    this.tree = b.tree;
    this.catalogue = b.catalogue;
    this.period = ScoringPeriod.month(b.month, b.zone);
    this.history = b.history;
    this.roster = b.roster;
    this.indicators = IndicatorAccumulator.builder(b.tree, b.catalogue).period(period).history(b.history).tracing(b.tracing).build();
    PointsAwarder.Builder ab = PointsAwarder.builder(b.rules, b.catalogue, b.ledger != null ? b.ledger : PointsLedger.create(b.rules, b.zone))
        .history(b.history);
    if (b.roster != null) {
      ab.roster(b.roster);
    }
    this.awarder = ab.build();
    this.overdue = OverdueRegister.of(period);
    this.accountability = Accountability.of(b.accountabilityRules, b.calendar, b.roster);
  }

  /** A builder for {@code month} of the place with this tree and catalogue. */
  public static Builder builder(GridTree tree, MatterCatalogue catalogue, YearMonth month) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (catalogue == null) {
      throw new MissingValueException("catalogue");
    }
    if (month == null) {
      throw new MissingValueException("month");
    }
    return new Builder(tree, catalogue, month);
  }

  /**
   * A month read from the ticket store (从工单库评一个月): a review with the standard points rules, a
   * new ledger and the roster, fed every event of the month that the store holds, with the store as
   * the history of tickets opened before the month.
   *
   * @throws org.gridgov.core.NotFoundException when an event names a matter type not in the catalogue
   */
  public static MonthlyReview of(TicketStore store, GridTree tree, MatterCatalogue catalogue, Roster roster, YearMonth month) {
    if (store == null) {
      throw new MissingValueException("store");
    }
    if (roster == null) {
      throw new MissingValueException("roster");
    }
    MonthlyReview review = builder(tree, catalogue, month).roster(roster).history(HistorySource.of(store)).build();
    return review.acceptAll(store.eventsBetween(review.period.start(), review.period.end()));
  }

  /** The month. */
  public ScoringPeriod period() {
    return period;
  }

  /**
   * Takes one event: indicators, points, the overdue notice and the accountability watch.
   *
   * @throws NotFoundException for an unknown grid, department or matter type
   * @throws UnknownTicketException when the ticket's earlier versions cannot be followed
   */
  public void accept(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    if (catalogue.find(event.matterType()).isEmpty()) {
      throw new NotFoundException("event.matterType", event.matterType(), "not a matter type of the review's catalogue");
    }
    if (!indicators.accept(event)) {
      return;
    }
    awarder.accept(event);
    overdue.accept(event);
    fed.computeIfAbsent(event.ticketId(), k -> new ArrayList<>()).add(event);
    if (period.contains(event.occurredAt()) && isCause(event)) {
      flagged.add(event.ticketId());
    }
  }

  /**
   * Takes every event, in order. Every event is first checked for {@code null} and for a matter
   * type of the catalogue, so such a bad event takes nothing at all; an event refused while taken
   * (an unknown grid or department, an {@link UnknownTicketException}) stops the run there, and
   * the events before it stay taken — in the indicators, the ledger and the notices (like
   * {@link IndicatorAccumulator#acceptAll}).
   *
   * @throws MissingValueException for a {@code null} event ({@code events[i]})
   * @throws NotFoundException for an event whose matter type is not in the catalogue ({@code events[i].matterType})
   */
  public MonthlyReview acceptAll(Iterable<TicketEvent> events) {
    for (TicketEvent e : PointsAwarder.checkAll(events, catalogue)) {
      accept(e);
    }
    return this;
  }

  private static boolean isCause(TicketEvent e) {
    switch (e.type()) {
      case OVERDUE:
        return EventPayload.Overdue.MAIN.equals(((EventPayload.Overdue) e.payload()).clock());
      case VERIFICATION_FAILED:
      case REOPENED:
        return true;
      case CLOSED:
        return !((EventPayload.Closed) e.payload()).onTime();
      default:
        return e.type() == TicketEventType.URGED;
    }
  }

  /** The month's indicators so far. */
  public Indicators indicators() {
    return indicators.snapshot();
  }

  /** The ledger points are booked in. */
  public PointsLedger ledger() {
    return awarder.ledger();
  }

  /** The overdue notice so far. */
  public OverdueRegister overdue() {
    return overdue;
  }

  /**
   * The accountability cases of the tickets overdue, late, urged or reworked in the month, as
   * they stood at the month's end; each ticket's history is completed from the history source
   * where the feed lacks its earlier events.
   */
  public List<AccountabilityCase> accountability() {
    Instant asOf = period.end().minusNanos(1);
    List<List<TicketEvent>> histories = new ArrayList<>();
    for (TicketId id : flagged) {
      histories.add(historyOf(id));
    }
    return accountability.assessAll(histories, asOf);
  }

  private List<TicketEvent> historyOf(TicketId id) {
    List<TicketEvent> mine = fed.get(id);
    if (mine.get(0).version() == 1 && mine.get(mine.size() - 1).version() == mine.size()) {
      return mine;
    }
    List<TicketEvent> all = history.events(id);
    long upTo = mine.get(mine.size() - 1).version();
    return all.size() >= upTo ? all.subList(0, (int) upTo) : all;
  }

  /** The departments' ranking of the month. */
  public Ranking departmentRanking(CompositeWeights weights) {
    if (weights == null) {
      throw new MissingValueException("weights");
    }
    List<Score> scores = new ArrayList<>();
    for (Figures f : indicators.snapshot().departments()) {
      scores.add(weights.score(ScoredRole.DEPARTMENT, f));
    }
    return Ranking.of(ScoredRole.DEPARTMENT, scores);
  }

  /** The grid workers' assessments of the month (the roster is required). */
  public List<WorkerAssessment> workers(CompositeWeights weights, Optional<VisitCompliance> visits) {
    if (roster == null) {
      throw new MissingValueException("roster");
    }
    return WorkerAssessment.assess(roster, indicators.snapshot(), awarder.ledger(), visits, weights);
  }

  /** The grid workers' ranking of the month (网格员排名), home visits not assessed (the roster is required). */
  public Ranking workerRanking(CompositeWeights weights) {
    return WorkerAssessment.rank(workers(weights, Optional.empty()));
  }

  /**
   * One grid worker's points and place in the month (home visits not assessed).
   *
   * @throws NotFoundException when the roster names no grid worker with this id
   */
  public WorkerStanding standing(String worker, CompositeWeights weights) {
    if (worker == null) {
      throw new MissingValueException("worker");
    }
    List<WorkerAssessment> all = workers(weights, Optional.empty());
    Subject who = Subject.worker(worker);
    for (WorkerAssessment a : all) {
      if (a.worker().equals(who)) {
        return new WorkerStanding(a, WorkerAssessment.rank(all).find(who).orElseThrow());
      }
    }
    throw new NotFoundException("worker", worker, "the roster names no grid worker with this id");
  }

  /**
   * A briefing builder filled with this month's indicators, overdue notice, accountability
   * findings, catalogue names and — with a roster — the workers' assessments.
   */
  public MonthlyBriefing.Builder briefing(String title, CompositeWeights weights, Optional<VisitCompliance> visits) {
    MonthlyBriefing.Builder b = MonthlyBriefing.builder(title, indicators.snapshot(), weights).overdue(overdue)
        .accountability(accountability()).names(catalogue);
    if (roster != null) {
      b.workers(workers(weights, visits)).names(roster);
    }
    return b;
  }

  /** The tree. */
  public GridTree tree() {
    return tree;
  }

  /** Builds a {@link MonthlyReview}. */
  public static final class Builder {
    private final GridTree tree;
    private final MatterCatalogue catalogue;
    private final YearMonth month;
    private ZoneId zone = ScoringPeriod.CHINA;
    private PointsRules rules;
    private PointsLedger ledger;
    private Roster roster;
    private HistorySource history = HistorySource.none();
    private BusinessCalendar calendar;
    private AccountabilityRules accountabilityRules = AccountabilityRules.standard();
    private boolean tracing = true;

    private Builder(GridTree tree, MatterCatalogue catalogue, YearMonth month) {
      this.tree = tree;
      this.catalogue = catalogue;
      this.month = month;
    }

    /** The zone the month is reckoned in; Asia/Shanghai by default. */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * The points rules: the ledger's when a ledger is given (other rules are refused on
     * {@link #build()}), else {@link PointsRules#standard} by default.
     */
    public Builder rules(PointsRules rules) {
      this.rules = rules;
      return this;
    }

    /** The ledger to book in; a new one by default. */
    public Builder ledger(PointsLedger ledger) {
      this.ledger = ledger;
      return this;
    }

    /** The roster: grid workers (overdue penalties, assessments) and grid leaders (accountability). */
    public Builder roster(Roster roster) {
      this.roster = roster;
      return this;
    }

    /** Where to look back for earlier events; none by default. */
    public Builder history(HistorySource history) {
      this.history = history;
      return this;
    }

    /** The business calendar for time-based accountability; {@link BusinessCalendar#chinese()} by default. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /** The accountability rules; {@link AccountabilityRules#standard()} by default. */
    public Builder accountability(AccountabilityRules rules) {
      this.accountabilityRules = rules;
      return this;
    }

    /** Keep the evidence behind every count; on by default. */
    public Builder tracing(boolean tracing) {
      this.tracing = tracing;
      return this;
    }

    /**
     * The review.
     *
     * @throws InvalidRulesException when the points rules name a matter type not in the catalogue
     * @throws org.gridgov.core.InvalidInputException when the points rules are not the ledger's
     */
    public MonthlyReview build() {
      if (zone == null) {
        throw new MissingValueException("zone");
      }
      if (history == null) {
        throw new MissingValueException("history");
      }
      if (accountabilityRules == null) {
        throw new MissingValueException("accountability");
      }
      if (rules == null) {
        rules = ledger != null ? ledger.rules() : PointsRules.standard(catalogue);
      }
      if (ledger != null) {
        PointsAwarder.requireLedgersRules(rules, ledger);
      }
      if (calendar == null) {
        calendar = BusinessCalendar.chinese();
      }
      return new MonthlyReview(this);
    }
  }
}
