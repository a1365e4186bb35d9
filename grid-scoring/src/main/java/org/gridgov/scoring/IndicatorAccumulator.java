package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.RandomAccess;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.internal.EvidenceLog;
import org.gridgov.scoring.internal.EvidenceTable;
import org.gridgov.scoring.internal.Frame;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * Counts ticket events into the indicators of one period (指标累加器), in one pass or one event at
 * a time. Not thread-safe: give each thread or shard its own accumulator and
 * {@link Indicators#merge merge} their snapshots.
 *
 * <p>Each event's counts go to its basic grid and every ancestor (O(depth)), to the department it
 * names and, for filing, dispatching and verifying, to the command-centre principal that did it
 * (see {@link Indicator} for which event defines which count). Only events whose
 * {@code occurredAt} lies in the period are counted; every event fed is followed, because two
 * counts need the ticket's state just before the event: the step clock in force (on-time
 * dispatch and verification) and who last dispatched it (accurate dispatch by dispatcher).
 *
 * <p>So the accumulator follows each ticket by version: a version already seen is a repeat and
 * is ignored (feeding an event twice changes nothing); an event whose earlier versions were not
 * fed is caught up through the {@link HistorySource} — without counting the events looked up —
 * or, without one, refused with an {@link UnknownTicketException}. A refused event changes
 * nothing.
 *
 * <p>Cost: O(depth) array increments per event plus one probe of a flat ticket table (the id's hash
 * and slot in one {@code long}, then the slot's 64-byte record of version, last dispatcher and id
 * characters); {@link #acceptAll} reads a batch of events and their table entries ahead, so that
 * their cache misses overlap. Memory: the count tables (one long per grid and indicator, and per
 * department and indicator), about 100 bytes per ticket followed (record, probe slots, step clock
 * reference), plus, with {@link Builder#tracing(boolean) tracing}, about 21 bytes per counted
 * (event, indicator) pair; {@link #bytes()} counts the arrays.
 */
public final class IndicatorAccumulator {
  private static final int K = Indicator.count();

  private final Frame frame;
  private final EventPlaces places;
  private final long[] grid;
  private final long[] dept;
  private final HashMap<String, Integer> dispatcherIndex = new HashMap<>();
  private final ArrayList<String> dispatcherIds = new ArrayList<>();
  private long[] disp = new long[8 * K];
  private final FollowedTickets followed;
  private final EvidenceLog log;
  private final int[] parent;
  private long counted;
  /** How many events {@link #acceptAll} reads ahead. */
  static final int BATCH = 128;
  /** What the read-ahead read, kept so that the reads are not optimised away. */
  private long warm;
  private long repeats;

  private IndicatorAccumulator(Builder b) {
    this.frame = new Frame(b.tree, b.catalogue, b.period, b.tracing);
    this.places = new EventPlaces(frame);
    this.grid = new long[frame.grids() * K];
    this.dept = new long[frame.departments.length * K];
    this.parent = frame.parent;
    this.log = b.tracing ? new EvidenceLog(1024) : null;
    this.followed = new FollowedTickets(b.history, this::dispatcher, b.tracing);
  }

  /** A builder over {@code tree} and the departments of {@code catalogue}. */
  public static Builder builder(GridTree tree, MatterCatalogue catalogue) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (catalogue == null) {
      throw new MissingValueException("catalogue");
    }
    return new Builder(tree, catalogue);
  }

  /** The period counted. */
  public ScoringPeriod period() {
    return frame.period;
  }

  /**
   * Follows {@code event} and counts it when it lies in the period.
   *
   * @return false when the event was a repeat (its version had been seen) and was ignored
   * @throws NotFoundException when the event's grid is not in the tree or its department not in
   *     the catalogue
   * @throws UnknownTicketException when the ticket's earlier versions are neither known nor in
   *     the history source
   */
  public boolean accept(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    int g = places.grid(event.grid());
    int d = places.department(event);
    int t = followed.before(event);
    if (t < 0) {
      repeats++;
      return false;
    }
    if (frame.period.contains(event.occurredAt())) {
      count(event, t, g, d);
      counted++;
    }
    followed.applied(t, event);
    return true;
  }

  /**
   * Accepts every event in order; stops at the first refused one (those before it stay counted). A
   * random-access list is taken {@value #BATCH} events at a time: each batch's events, ticket ids and
   * ticket-table entries are first read in one pass whose memory reads do not wait on each other, so
   * the accepting pass finds them in cache (same result as accepting one by one, about twice as fast
   * on a month too large for the cache).
   */
  public IndicatorAccumulator acceptAll(Iterable<TicketEvent> events) {
    if (events == null) {
      throw new MissingValueException("events");
    }
    if (events instanceof List && events instanceof RandomAccess) {
      List<TicketEvent> list = (List<TicketEvent>) events;
      int n = list.size();
      for (int from = 0; from < n; from += BATCH) {
        int to = Math.min(n, from + BATCH);
        warm ^= followed.warm(list, from, to);
        for (int i = from; i < to; i++) {
          accept(list.get(i));
        }
      }
      return this;
    }
    for (TicketEvent e : events) {
      accept(e);
    }
    return this;
  }

  /** The number of events counted (in the period). */
  public long eventsCounted() {
    return counted;
  }

  /** The number of repeats ignored. */
  public long repeatsIgnored() {
    return repeats;
  }

  /** The number of tickets followed. */
  public int ticketsFollowed() {
    return followed.size();
  }

  /**
   * The bytes the accumulator holds in its own arrays — count tables, ticket table, dispatcher rows
   * and, with tracing, the evidence log — for memory figures.
   */
  public long bytes() {
    return 16L * 3 + 8L * grid.length + 8L * dept.length + 8L * disp.length + followed.bytes()
        + (log == null ? 0 : log.bytes());
  }

  /** The live figures of a grid (rolled up), a department or a dispatcher, without a snapshot. */
  public Figures figures(Subject subject) {
    return Indicators.figuresOf(frame, grid, dept, dispatcherRow(subject), subject);
  }

  private long[] dispatcherRow(Subject subject) {
    if (subject == null || subject.kind() != SubjectKind.DISPATCHER) {
      return null;
    }
    Integer x = dispatcherIndex.get(subject.id());
    return x == null ? new long[K] : Arrays.copyOfRange(disp, x * K, x * K + K);
  }

  /** An immutable snapshot of the figures so far. */
  public Indicators snapshot() {
    int n = dispatcherIds.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean any = false;
      for (int k = 0; k < K && !any; k++) {
        any = disp[i * K + k] != 0;
      }
      if (any) {
        order.add(i);
      }
    }
    order.sort((a, b) -> dispatcherIds.get(a).compareTo(dispatcherIds.get(b)));
    String[] ids = new String[order.size()];
    long[] rows = new long[order.size() * K];
    for (int j = 0; j < order.size(); j++) {
      ids[j] = dispatcherIds.get(order.get(j));
      System.arraycopy(disp, order.get(j) * K, rows, j * K, K);
    }
    EvidenceTable evidence = log == null ? null
        : new EvidenceTable(followed.ids.toArray(new TicketId[0]), dispatcherIds.toArray(new String[0]), log.copy());
    return new Indicators(frame, grid.clone(), dept.clone(), ids, rows, evidence, counted);
  }

  // ------------------------------------------------------------------ counting

  private int dispatcher(String id) {
    if (id == null) {
      return -1;
    }
    Integer x = dispatcherIndex.get(id);
    if (x == null) {
      x = dispatcherIds.size();
      dispatcherIds.add(id);
      dispatcherIndex.put(id, x);
      if (disp.length < (x + 1) * K) {
        disp = Arrays.copyOf(disp, disp.length * 2);
      }
    }
    return x;
  }

  private void count(TicketEvent e, int t, int g, int d) {
    switch (e.type()) {
      case REPORTED:
        add(e, t, Indicator.RECEIVED, g, -1, -1);
        break;
      case ACCEPTED:
        add(e, t, Indicator.FILED, g, d, dispatcher(EventParties.commandCentre(e)));
        break;
      case REJECTED:
        add(e, t, Indicator.REJECTED, g, d, -1);
        break;
      case CANCELLED:
        add(e, t, Indicator.CANCELLED, g, d, -1);
        break;
      case DISPATCHED: {
        int x = dispatcher(EventParties.commandCentre(e));
        add(e, t, Indicator.DISPATCHED, g, d, x);
        add(e, t, Indicator.RECEIVED, -1, d, -1);
        if (followed.withinStep(t, e)) {
          add(e, t, Indicator.DISPATCHED_ON_TIME, g, d, x);
        }
        break;
      }
      case DEPARTMENT_ACCEPTED:
        add(e, t, Indicator.ACCURATELY_DISPATCHED, g, d, followed.dispatcher(t));
        break;
      case RETURNED:
        add(e, t, Indicator.RETURNED, g, d, followed.dispatcher(t));
        break;
      case HANDLED:
        add(e, t, Indicator.HANDLED, g, d, -1);
        break;
      case VERIFICATION_PASSED:
      case VERIFICATION_FAILED: {
        int x = dispatcher(EventParties.commandCentre(e));
        add(e, t, Indicator.VERIFIED, g, d, x);
        if (followed.withinStep(t, e)) {
          add(e, t, Indicator.VERIFIED_ON_TIME, g, d, x);
        }
        if (e.type() == TicketEventType.VERIFICATION_FAILED) {
          add(e, t, Indicator.REWORK, g, d, -1);
        }
        break;
      }
      case REOPENED:
        add(e, t, Indicator.REWORK, g, d, -1);
        break;
      case RATED: {
        add(e, t, Indicator.RATED, g, d, -1);
        Satisfaction s = ((EventPayload.Rated) e.payload()).satisfaction();
        add(e, t, s == Satisfaction.SATISFIED ? Indicator.SATISFIED
            : s == Satisfaction.BASICALLY_SATISFIED ? Indicator.BASICALLY_SATISFIED : Indicator.DISSATISFIED, g, d, -1);
        break;
      }
      case CLOSED:
        add(e, t, Indicator.CLOSED, g, d, -1);
        if (((EventPayload.Closed) e.payload()).onTime()) {
          add(e, t, Indicator.CLOSED_ON_TIME, g, d, -1);
        }
        break;
      case OVERDUE: {
        String clock = ((EventPayload.Overdue) e.payload()).clock();
        if (EventPayload.Overdue.MAIN.equals(clock)) {
          add(e, t, Indicator.OVERDUE, g, d, -1);
        } else if (EventPayload.Overdue.REPORT_IN.equals(clock)) {
          add(e, t, Indicator.REPORT_IN_OVERDUE, g, d, -1);
        }
        break;
      }
      case EXTENSION_APPROVED:
        add(e, t, Indicator.EXTENDED, g, d, -1);
        break;
      case SUSPENDED:
        add(e, t, Indicator.SUSPENDED, g, d, -1);
        break;
      case ESCALATED:
        add(e, t, Indicator.ESCALATED, g, d, -1);
        break;
      default:
        break;
    }
  }

  private void add(TicketEvent e, int t, Indicator indicator, int g, int d, int x) {
    int k = indicator.ordinal();
    for (int o = g; o >= 0; o = parent[o]) {
      grid[o * K + k]++;
    }
    if (d >= 0) {
      dept[d * K + k]++;
    }
    if (x >= 0) {
      disp[x * K + k]++;
    }
    if (log != null) {
      log.add(t, (int) e.version(), k, g, d, x);
    }
  }

  /** Builds an {@link IndicatorAccumulator}. */
  public static final class Builder {
    private final GridTree tree;
    private final MatterCatalogue catalogue;
    private ScoringPeriod period;
    private HistorySource history = HistorySource.none();
    private boolean tracing;

    private Builder(GridTree tree, MatterCatalogue catalogue) {
      this.tree = tree;
      this.catalogue = catalogue;
    }

    /** The period counted (required). */
    public Builder period(ScoringPeriod period) {
      this.period = period;
      return this;
    }

    /** Where to look back for earlier events; none by default. */
    public Builder history(HistorySource history) {
      this.history = history;
      return this;
    }

    /**
     * Keep the evidence behind every count (off by default): about 21 bytes per counted
     * (event, indicator) pair, so that {@link Indicators#evidence} can list the events.
     */
    public Builder tracing(boolean tracing) {
      this.tracing = tracing;
      return this;
    }

    /** The accumulator. */
    public IndicatorAccumulator build() {
      if (period == null) {
        throw new MissingValueException("period");
      }
      if (history == null) {
        throw new MissingValueException("history");
      }
      return new IndicatorAccumulator(this);
    }
  }
}
