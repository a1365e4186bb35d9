package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffAssignment;
import org.gridgov.scoring.internal.Sequencer;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.ReporterKind;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * Turns ticket events into points (积分计算): applies the {@link PointsRules} and books the
 * entries in a {@link PointsLedger}. Follows each ticket by version like the
 * {@link IndicatorAccumulator} (repeats ignored, gaps caught up through a
 * {@link HistorySource} or refused with an {@link UnknownTicketException}) because the person
 * to credit is known from earlier events: who reported it (the REPORTED event), who last handled
 * it, who signed for it, why its cancellation was requested.
 *
 * <table>
 *   <caption>When points are given</caption>
 *   <tr><th>event</th><th>outcome</th><th>to</th></tr>
 *   <tr><td>VERIFICATION_PASSED</td><td>{@link PointsOutcome#VERIFIED_REPORT}</td><td>the reporter, when grid staff</td></tr>
 *   <tr><td>CLOSED on time</td><td>{@link PointsOutcome#ON_TIME_HANDLING}</td><td>the last handler</td></tr>
 *   <tr><td>VERIFICATION_FAILED, REOPENED</td><td>{@link PointsOutcome#REWORK}</td><td>the last handler</td></tr>
 *   <tr><td>REJECTED, CANCELLED with a false-report reason</td><td>{@link PointsOutcome#FALSE_REPORT}</td><td>the reporter, when grid staff</td></tr>
 *   <tr><td>REJECTED, CANCELLED with a duplicate reason</td><td>{@link PointsOutcome#DUPLICATE_REPORT}</td><td>the reporter, when grid staff</td></tr>
 *   <tr><td>OVERDUE (main clock)</td><td>{@link PointsOutcome#OVERDUE}</td><td>the department staff who signed for it; with no
 *       department and not escalated, the worker of its basic grid (from the roster)</td></tr>
 * </table>
 *
 * Each (ticket, outcome, person) is booked at most once, and a rework, an on-time handling or an
 * overdue at most once per ticket whoever the person (a second rework of the same ticket costs
 * nothing more, and re-running events with a roster naming a new grid worker books no second
 * overdue penalty); the ledger guarantees it. Not thread-safe (the ledger is).
 */
public final class PointsAwarder {
  private final PointsRules rules;
  private final MatterCatalogue catalogue;
  private final PointsLedger ledger;
  private final Map<String, String> workerOfGrid;
  private final Sequencer<State> sequencer;

  /** What the awarder remembers of a ticket. */
  static final class State extends Sequencer.Tracked {
    String reporter;
    String handler;
    String signer;
    String cancellationReason;
  }

  private PointsAwarder(Builder b) {
    this.rules = b.rules.checkedAgainst(b.catalogue);
    this.catalogue = b.catalogue;
    this.ledger = b.ledger;
    this.workerOfGrid = new HashMap<>();
    if (b.roster != null) {
      for (StaffAssignment a : b.roster.assignments()) {
        if (a.role().equals(Role.GRID_WORKER.id())) {
          workerOfGrid.putIfAbsent(a.grid().value(), a.staffId());
        }
      }
    }
    this.sequencer = new Sequencer<>(b.history, id -> new State(), PointsAwarder::advance, "the points awarder");
  }

  /**
   * A builder applying {@code rules} (checked against {@code catalogue}) into {@code ledger}.
   *
   * @throws InvalidInputException when {@code rules} are not the ledger's rules (the caps are the ledger's)
   */
  public static Builder builder(PointsRules rules, MatterCatalogue catalogue, PointsLedger ledger) {
    if (rules == null) {
      throw new MissingValueException("rules");
    }
    if (catalogue == null) {
      throw new MissingValueException("catalogue");
    }
    if (ledger == null) {
      throw new MissingValueException("ledger");
    }
    requireLedgersRules(rules, ledger);
    return new Builder(rules, catalogue, ledger);
  }

  /** Refuses rules other than the ledger's: its caps apply, so its rules must be the ones applied. */
  static void requireLedgersRules(PointsRules rules, PointsLedger ledger) {
    if (!rules.equals(ledger.rules())) {
      throw new InvalidInputException("rules", rules.id(), "must be the ledger's rules " + ledger.rules().id());
    }
  }

  /** The ledger entries are booked in. */
  public PointsLedger ledger() {
    return ledger;
  }

  /**
   * Follows {@code event} and books the points it earns.
   *
   * @return the entries booked (empty for a repeat or an event that earns nothing)
   * @throws NotFoundException when the event's matter type is not in the catalogue
   * @throws UnknownTicketException when the ticket's earlier versions cannot be followed
   */
  public List<PointsEntry> accept(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    if (catalogue.find(event.matterType()).isEmpty()) {
      throw new NotFoundException("event.matterType", event.matterType(), "not a matter type of the points rules' catalogue (event "
          + event.ticketId() + " v" + event.version() + ")");
    }
    State s = sequencer.before(event);
    if (s == null) {
      return List.of();
    }
    List<PointsEntry> out = new ArrayList<>(1);
    switch (event.type()) {
      case VERIFICATION_PASSED:
        book(out, s.reporter, PointsOutcome.VERIFIED_REPORT, event, "verified report");
        break;
      case CLOSED:
        if (((EventPayload.Closed) event.payload()).onTime()) {
          book(out, s.handler, PointsOutcome.ON_TIME_HANDLING, event, "closed on time");
        }
        break;
      case VERIFICATION_FAILED:
        book(out, s.handler, PointsOutcome.REWORK, event, "verification failed");
        break;
      case REOPENED:
        book(out, s.handler, PointsOutcome.REWORK, event, "reopened after a dissatisfied rating");
        break;
      case REJECTED:
        reportJudged(out, s, event.reason().orElse(null), event);
        break;
      case CANCELLED:
        reportJudged(out, s, s.cancellationReason, event);
        break;
      case OVERDUE: {
        EventPayload.Overdue o = (EventPayload.Overdue) event.payload();
        if (EventPayload.Overdue.MAIN.equals(o.clock())) {
          String who = null;
          if (o.department().isPresent()) {
            who = s.signer;
          } else if (event.handlingGrid().equals(event.grid())) {
            who = workerOfGrid.get(event.grid().value());
          }
          book(out, who, PointsOutcome.OVERDUE, event, "main limit passed at " + o.dueAt());
        }
        break;
      }
      default:
        break;
    }
    sequencer.applied(s, event);
    return out;
  }

  /**
   * Accepts every event in order; returns all entries booked. Every event is first checked for
   * {@code null} and for a matter type of the catalogue, so such a bad event books nothing at all;
   * an event refused while following (an {@link UnknownTicketException}) stops the run there, and
   * the events before it stay applied and their entries booked (like
   * {@link IndicatorAccumulator#acceptAll}).
   *
   * @throws MissingValueException for a {@code null} event ({@code events[i]})
   * @throws NotFoundException for an event whose matter type is not in the catalogue ({@code events[i].matterType})
   */
  public List<PointsEntry> acceptAll(Iterable<TicketEvent> events) {
    List<TicketEvent> all = checkAll(events, catalogue);
    List<PointsEntry> out = new ArrayList<>();
    for (TicketEvent e : all) {
      out.addAll(accept(e));
    }
    return out;
  }

  /** The events as a list, each checked for null and for a matter type of {@code catalogue}. */
  static List<TicketEvent> checkAll(Iterable<TicketEvent> events, MatterCatalogue catalogue) {
    if (events == null) {
      throw new MissingValueException("events");
    }
    List<TicketEvent> all = new ArrayList<>();
    for (TicketEvent e : events) {
      int i = all.size();
      if (e == null) {
        throw new MissingValueException("events[" + i + "]");
      }
      if (catalogue.find(e.matterType()).isEmpty()) {
        throw new NotFoundException("events[" + i + "].matterType", e.matterType(), "not a matter type of the catalogue (event "
            + e.ticketId() + " v" + e.version() + "); nothing of these events was applied");
      }
      all.add(e);
    }
    return all;
  }

  private void reportJudged(List<PointsEntry> out, State s, String reason, TicketEvent event) {
    if (reason == null) {
      return;
    }
    if (rules.falseReportReasons().contains(reason)) {
      book(out, s.reporter, PointsOutcome.FALSE_REPORT, event, "report judged " + reason);
    } else if (rules.duplicateReasons().contains(reason)) {
      book(out, s.reporter, PointsOutcome.DUPLICATE_REPORT, event, "report judged " + reason);
    }
  }

  private void book(List<PointsEntry> out, String person, PointsOutcome outcome, TicketEvent event, String why) {
    if (person == null) {
      return;
    }
    OptionalInt points = rules.points(event.matterType(), outcome);
    if (points.isEmpty() || points.getAsInt() == 0) {
      return;
    }
    ledger.award(person, outcome, PointsSource.of(event), points.getAsInt(), Optional.of(event.matterType()),
        event.occurredAt(), outcome.chineseName() + ": " + why + " (" + event.type() + " " + event.ticketId() + " v"
            + event.version() + ", rule " + rules.id() + ")", false).ifPresent(out::add);
  }

  private static void advance(State s, TicketEvent e) {
    switch (e.type()) {
      case REPORTED: {
        EventPayload.Reported r = (EventPayload.Reported) e.payload();
        s.reporter = r.reporter().kind() == ReporterKind.GRID_STAFF ? r.reporter().id() : null;
        break;
      }
      case HANDLED:
        if (!TicketEvent.SYSTEM_ROLE.equals(e.role())) {
          s.handler = e.actor().id();
        }
        break;
      case DEPARTMENT_ACCEPTED:
        s.signer = e.actor().id();
        break;
      case RETURNED:
        s.signer = null;
        break;
      case DISPATCHED:
        s.signer = null;
        break;
      case CANCELLATION_REQUESTED:
        s.cancellationReason = e.reason().orElse(null);
        break;
      case CANCELLATION_DENIED:
        s.cancellationReason = null;
        break;
      default:
        break;
    }
  }

  /** The tickets followed so far. */
  public int ticketsFollowed() {
    return sequencer.size();
  }

  /** The reporter the awarder credits for a ticket it follows (grid staff only). */
  public Optional<String> reporterOf(TicketId ticket) {
    State s = sequencer.get(ticket);
    return s == null ? Optional.empty() : Optional.ofNullable(s.reporter);
  }

  /** Builds a {@link PointsAwarder}. */
  public static final class Builder {
    private final PointsRules rules;
    private final MatterCatalogue catalogue;
    private final PointsLedger ledger;
    private Roster roster;
    private HistorySource history = HistorySource.none();

    private Builder(PointsRules rules, MatterCatalogue catalogue, PointsLedger ledger) {
      this.rules = rules;
      this.catalogue = catalogue;
      this.ledger = ledger;
    }

    /** The roster that names each basic grid's worker (for overdue penalties at the grid); none by default. */
    public Builder roster(Roster roster) {
      this.roster = roster;
      return this;
    }

    /** Where to look back for earlier events; none by default. */
    public Builder history(HistorySource history) {
      if (history == null) {
        throw new MissingValueException("history");
      }
      this.history = history;
      return this;
    }

    /**
     * The awarder.
     *
     * @throws InvalidRulesException when a rule names a matter type not in the catalogue
     */
    public PointsAwarder build() {
      return new PointsAwarder(this);
    }
  }
}
