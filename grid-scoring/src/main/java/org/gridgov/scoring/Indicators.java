package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.internal.EvidenceTable;
import org.gridgov.scoring.internal.Frame;
import org.gridgov.workflow.TicketId;

/**
 * The indicators of one period (考核指标): figures per department, per grid at every level (a
 * grid's figures are its whole subtree's) and per command-centre dispatcher, and — when built
 * with tracing — the events behind every count. Immutable.
 *
 * <p>Indicators form a monoid: {@link #merge} is associative and commutative with
 * {@link #empty} as identity, so a period can be scored in shards (by ticket, by day, by
 * partition of the store) and the shards merged; the result equals scoring the whole stream in
 * one pass. Only indicators laid out the same way merge: the same tree instance, the same
 * departments, the same period, and tracing on in both or in neither.
 */
public final class Indicators {
  private static final int K = Indicator.count();

  private final Frame frame;
  private final long[] grid;
  private final long[] dept;
  private final String[] dispatcherIds;
  private final long[] dispatchers;
  private final EvidenceTable evidence;
  private final long events;

  Indicators(Frame frame, long[] grid, long[] dept, String[] dispatcherIds, long[] dispatchers, EvidenceTable evidence,
      long events) {
    this.frame = frame;
    this.grid = grid;
    this.dept = dept;
    this.dispatcherIds = dispatcherIds;
    this.dispatchers = dispatchers;
    this.evidence = evidence;
    this.events = events;
  }

  /** The identity of {@link #merge}: every count 0. */
  public static Indicators empty(GridTree tree, MatterCatalogue catalogue, ScoringPeriod period, boolean tracing) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (catalogue == null) {
      throw new MissingValueException("catalogue");
    }
    if (period == null) {
      throw new MissingValueException("period");
    }
    Frame f = new Frame(tree, catalogue, period, tracing);
    return new Indicators(f, new long[f.grids() * K], new long[f.departments.length * K], new String[0], new long[0],
        tracing ? EvidenceTable.empty() : null, 0);
  }

  /** The period. */
  public ScoringPeriod period() {
    return frame.period;
  }

  /** The tree the grid figures are laid out on. */
  public GridTree tree() {
    return frame.tree;
  }

  /** The departments, in catalogue order. */
  public List<String> departmentIds() {
    return List.of(frame.departments);
  }

  /** True when the evidence behind every count is kept. */
  public boolean tracing() {
    return frame.tracing;
  }

  /** The number of events counted. */
  public long eventsCounted() {
    return events;
  }

  /**
   * The figures of a department.
   *
   * @throws NotFoundException for a department not in the catalogue
   */
  public Figures department(String id) {
    return figures(Subject.department(id));
  }

  /**
   * The figures of a grid: its whole subtree's.
   *
   * @throws NotFoundException for a grid not in the tree
   */
  public Figures grid(GridCode code) {
    return figures(Subject.grid(code));
  }

  /** The figures of a command-centre dispatcher (all 0 for one that did nothing counted). */
  public Figures dispatcher(String principalId) {
    return figures(Subject.dispatcher(principalId));
  }

  /**
   * The figures of a department, grid or dispatcher.
   *
   * @throws NotFoundException for an unknown department or grid
   * @throws InvalidInputException for a worker (their figures are their grid's; see
   *     {@link WorkerAssessment})
   */
  public Figures figures(Subject subject) {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    long[] row = null;
    if (subject.kind() == SubjectKind.DISPATCHER) {
      int x = Arrays.binarySearch(dispatcherIds, subject.id());
      row = x < 0 ? new long[K] : Arrays.copyOfRange(dispatchers, x * K, x * K + K);
    }
    return figuresOf(frame, grid, dept, row, subject);
  }

  static Figures figuresOf(Frame frame, long[] grid, long[] dept, long[] dispatcherRow, Subject subject) {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    switch (subject.kind()) {
      case DEPARTMENT: {
        int d = frame.department(subject.id());
        if (d < 0) {
          throw new NotFoundException("department", subject.id(), "not a department of the catalogue "
              + Arrays.toString(frame.departments));
        }
        return Figures.wrap(subject, Arrays.copyOfRange(dept, d * K, d * K + K));
      }
      case GRID: {
        int o = frame.grid(GridCode.parse("subject.id", subject.id()));
        if (o < 0) {
          throw new NotFoundException("grid", subject.id(), "no grid of the tree has this code");
        }
        return Figures.wrap(subject, Arrays.copyOfRange(grid, o * K, o * K + K));
      }
      case DISPATCHER:
        return Figures.wrap(subject, dispatcherRow);
      default:
        throw new InvalidInputException("subject.kind", subject.kind().name(),
            "indicators are kept per department, grid and dispatcher; a worker is assessed on the grid's figures");
    }
  }

  /** Every department's figures, in catalogue order. */
  public List<Figures> departments() {
    List<Figures> out = new ArrayList<>();
    for (String d : frame.departments) {
      out.add(department(d));
    }
    return Collections.unmodifiableList(out);
  }

  /** The figures of every grid at {@code level}, in tree order. */
  public List<Figures> gridsAtLevel(int level) {
    List<Figures> out = new ArrayList<>();
    for (var g : frame.tree.atLevel(level)) {
      out.add(grid(g.code()));
    }
    return Collections.unmodifiableList(out);
  }

  /** The dispatchers with any count, by id. */
  public List<Figures> dispatchers() {
    List<Figures> out = new ArrayList<>();
    for (String id : dispatcherIds) {
      out.add(dispatcher(id));
    }
    return Collections.unmodifiableList(out);
  }

  /** The figures of the whole tree: the sum of its roots. */
  public Figures total() {
    Figures sum = null;
    for (var root : frame.tree.roots()) {
      Figures f = grid(root.code());
      sum = sum == null ? f : sum.plus(f);
    }
    if (frame.tree.roots().size() == 1) {
      return sum;
    }
    Figures all = Figures.zero(new Subject(SubjectKind.GRID, "*"));
    return sum == null ? all : sum.as(all.subject());
  }

  /**
   * The events behind {@code subject}'s count of {@code indicator}, sorted: exactly as many as
   * the count.
   *
   * @throws InvalidInputException when the indicators were built without tracing
   */
  public List<EventRef> evidence(Subject subject, Indicator indicator) {
    List<EventRef> out = new ArrayList<>();
    for (EvidenceTable.Row r : rows(subject, indicator)) {
      out.add(new EventRef(r.ticket(), r.version()));
    }
    Collections.sort(out);
    return Collections.unmodifiableList(out);
  }

  /** The distinct tickets behind {@code subject}'s count of {@code indicator}. */
  public SortedSet<TicketId> tickets(Subject subject, Indicator indicator) {
    SortedSet<TicketId> out = new TreeSet<>();
    for (EvidenceTable.Row r : rows(subject, indicator)) {
      out.add(r.ticket());
    }
    return Collections.unmodifiableSortedSet(out);
  }

  private List<EvidenceTable.Row> rows(Subject subject, Indicator indicator) {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    if (indicator == null) {
      throw new MissingValueException("indicator");
    }
    if (evidence == null) {
      throw new InvalidInputException("tracing", "off", "the evidence behind a count is kept only by an accumulator built with tracing(true)");
    }
    figures(subject);
    switch (subject.kind()) {
      case DEPARTMENT:
        return evidence.department(indicator.ordinal(), frame.department(subject.id()));
      case GRID: {
        GridNode node = frame.tree.node(GridCode.parse(subject.id()));
        return evidence.grid(indicator.ordinal(), node.ordinal(), frame.end[node.ordinal()]);
      }
      default:
        return evidence.dispatcher(indicator.ordinal(), subject.id());
    }
  }

  /**
   * These indicators plus {@code other}'s: the figures of the two event streams together.
   *
   * @throws InvalidInputException when the two are laid out differently (tree, departments,
   *     period or tracing)
   */
  public Indicators merge(Indicators other) {
    if (other == null) {
      throw new MissingValueException("other");
    }
    if (!frame.compatible(other.frame)) {
      throw new InvalidInputException("other", other.frame.period.label(), "indicators merge only when laid out alike: "
          + frame.difference(other.frame));
    }
    long[] g = grid.clone();
    for (int i = 0; i < g.length; i++) {
      g[i] += other.grid[i];
    }
    long[] d = dept.clone();
    for (int i = 0; i < d.length; i++) {
      d[i] += other.dept[i];
    }
    List<String> ids = new ArrayList<>();
    List<long[]> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < dispatcherIds.length || j < other.dispatcherIds.length) {
      int c = i == dispatcherIds.length ? 1 : j == other.dispatcherIds.length ? -1 : dispatcherIds[i].compareTo(other.dispatcherIds[j]);
      long[] row = new long[K];
      if (c <= 0) {
        for (int k = 0; k < K; k++) {
          row[k] += dispatchers[i * K + k];
        }
      }
      if (c >= 0) {
        for (int k = 0; k < K; k++) {
          row[k] += other.dispatchers[j * K + k];
        }
      }
      ids.add(c <= 0 ? dispatcherIds[i] : other.dispatcherIds[j]);
      rows.add(row);
      if (c <= 0) {
        i++;
      }
      if (c >= 0) {
        j++;
      }
    }
    long[] x = new long[rows.size() * K];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, x, r * K, K);
    }
    EvidenceTable ev = evidence == null ? null : evidence.merge(other.evidence);
    return new Indicators(frame, g, d, ids.toArray(new String[0]), x, ev, events + other.events);
  }

  /**
   * The indicators of a longer period made of shorter ones (days into a week or month, months
   * into a quarter, …): the parts' figures added up. Each part must be laid out like the others
   * and its period must lie within {@code period}; no two parts may overlap. Parts that do not
   * cover the whole period simply leave its other days uncounted.
   *
   * @throws InvalidInputException for a part outside the period, overlapping parts or parts laid
   *     out differently
   */
  public static Indicators over(ScoringPeriod period, java.util.Collection<Indicators> parts) {
    if (period == null) {
      throw new MissingValueException("period");
    }
    if (parts == null || parts.isEmpty()) {
      throw new InvalidInputException("parts", "[]", "at least one part, to know the layout");
    }
    List<Indicators> sorted = new ArrayList<>(parts);
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i) == null) {
        throw new MissingValueException("parts[" + i + "]");
      }
    }
    sorted.sort((a, b) -> a.frame.period.compareTo(b.frame.period));
    Indicators sum = null;
    ScoringPeriod last = null;
    for (Indicators p : sorted) {
      ScoringPeriod q = p.frame.period;
      if (q.start().isBefore(period.start()) || q.end().isAfter(period.end()) || !q.zone().equals(period.zone())) {
        throw new InvalidInputException("parts", q.label(), "a part must lie within " + period.label() + " in " + period.zone());
      }
      if (last != null && q.start().isBefore(last.end())) {
        throw new InvalidInputException("parts", q.label(), "overlaps " + last.label() + ": each event would count twice");
      }
      last = q;
      Indicators relabelled = new Indicators(p.frame.withPeriod(period), p.grid, p.dept, p.dispatcherIds, p.dispatchers,
          p.evidence, p.events);
      sum = sum == null ? relabelled : sum.merge(relabelled);
    }
    return sum;
  }

  /** Equal counts everywhere, and equal evidence (as sets of facts) when tracing. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Indicators)) {
      return false;
    }
    Indicators x = (Indicators) o;
    return frame.compatible(x.frame) && events == x.events && Arrays.equals(grid, x.grid) && Arrays.equals(dept, x.dept)
        && Arrays.equals(dispatcherIds, x.dispatcherIds) && Arrays.equals(dispatchers, x.dispatchers)
        && (evidence == null || evidence.canonical().equals(x.evidence.canonical()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(frame.period, events, Arrays.hashCode(grid), Arrays.hashCode(dept), Arrays.hashCode(dispatcherIds));
  }

  @Override
  public String toString() {
    return "Indicators[" + frame.period.label() + ", " + events + " events, total " + total() + "]";
  }
}
