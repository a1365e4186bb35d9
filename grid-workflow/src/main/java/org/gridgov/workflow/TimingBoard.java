package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.internal.Ladder;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.spi.TimingLightCounts;

/**
 * A command centre's board (时限看板): every open ticket of one grid tree indexed by the instants its
 * timing light changes, so that the questions a screen asks all day are answered without visiting
 * the tickets — how many red, yellow and green under any grid (the city, a street, a community), and
 * which are the longest-overdue reds there.
 *
 * <p>Lights change with the clock alone (a ticket turns yellow, then red, with no event), so the
 * board stores no colour. Every grid keeps two {@link Ladder ladders} of the open tickets in its
 * subtree: one ordered by the second their light turns yellow, one by the second it turns red, and
 * the number of its open tickets. At an instant {@code t} the red tickets under a grid are the red
 * ladder's keys up to {@code t}, those yellow or red the yellow ladder's up to {@code t}
 * (a ticket turns yellow no later than red), and the rest are green: two binary searches count them
 * ({@link #counts(GridNode, Instant)}) and the red ladder's first keys are the oldest reds
 * ({@link #page}). An update changes the ticket's slot columns and, when an instant moved, marks
 * the slot; the ladders ({@link BoardLadders}) catch up before every question and every 16,384
 * marked tickets, moving the keys of the basic grid and each ancestor in sorted batches, ladder
 * by ladder: key by key, or in one merge when a ladder's share is large (about 2.2 µs a ticket with
 * a million open; an update that changes neither instant marks nothing). The full list of every ticket by light ({@link #lights(Instant)}) is one pass
 * over the slot columns, in two halves at once on a large board (the upper half on the common
 * fork-join pool).
 *
 * <p>Feed it what the store records: {@link #load(TicketStore)} takes the open tickets' heads (one
 * index range on PostgreSQL, no replay), then every append — {@link TicketService} updates its own
 * board after each commit; an instance that shares a database with others registers the board as a
 * {@link TicketListener} on its own outbox relay (see {@code docs/workflow.md} §5). Updates of one
 * ticket are ordered by version: an older update than the board has seen is ignored, also for the
 * last 65,536 closed tickets. Instants are compared at one-second resolution (the calendar's
 * deadlines are whole seconds), from 2000 to 2068.
 *
 * <p>Thread-safe: one lock guards the board, held for about a microsecond per update, for a
 * catch-up of a full batch (tens of milliseconds) and for the length of a query with its catch-up
 * (a full list of a million tickets: milliseconds). It is a per-process read
 * model and holds no lock of the store or the service.
 */
public final class TimingBoard implements TicketListener {
  private static final long BASE = 946_684_800L; // 2000-01-01T00:00:00Z
  private static final int MAX_SECOND = Integer.MAX_VALUE - 1;
  /** The most tickets one page lists. */
  public static final int MAX_PAGE = 10_000;

  private final GridTree tree;
  private final int[] parent;
  private final BoardLadders ladders;
  private final int[] open;
  private final BoardSlots slots = new BoardSlots();
  private final Object lock = new Object();
  /** Slots from which {@link #lights} lists two halves at once. */
  private final int splitFrom;

  private TimingBoard(GridTree tree, int batch, int splitFrom) {
    this.tree = tree;
    this.splitFrom = splitFrom;
    List<GridNode> nodes = tree.nodes();
    int n = nodes.size();
    this.parent = new int[n];
    this.open = new int[n];
    for (GridNode node : nodes) {
      parent[node.ordinal()] = node.parent().map(GridNode::ordinal).orElse(-1);
    }
    this.ladders = new BoardLadders(parent, batch);
  }

  /** An empty board for the tickets of {@code tree}. */
  public static TimingBoard of(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return new TimingBoard(tree, BoardLadders.BATCH, BoardPages.SPLIT_FROM);
  }

  /**
   * A board whose ladders catch up every {@code batch} marked tickets and whose listings split from
   * {@code splitFrom} slots (tests use small numbers of both).
   */
  static TimingBoard tuned(GridTree tree, int batch, int splitFrom) {
    return new TimingBoard(tree, batch, splitFrom);
  }

  /** The tree the board counts under. */
  public GridTree tree() {
    return tree;
  }

  /** Shows the ticket as it now stands: added, moved or, once closed, removed. */
  public void update(Ticket ticket) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    update(TicketHead.withClockAlarm(ticket));
  }

  /** As {@link #update(Ticket)}, with the instant the service's clock next acts on the ticket. */
  void update(Ticket ticket, Optional<Instant> nextAlarm) {
    update(TicketHead.of(ticket, nextAlarm));
  }

  /**
   * Puts forward the instant the clock next acts on a ticket the board shows at this version (a
   * sweep that found nothing to do yet, with no append); a ticket not shown at this version is
   * shown as {@link #update(Ticket, Optional)} would.
   */
  void reschedule(Ticket ticket, Optional<Instant> nextAlarm) {
    synchronized (lock) {
      int s = slots.slotOf(ticket.id());
      if (s >= 0 && slots.versions[s] == (int) Math.min(Integer.MAX_VALUE, ticket.version())) {
        slots.alarms[s] = nextAlarm.map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
        return;
      }
    }
    update(ticket, nextAlarm);
  }

  /** Hears an append: shows the ticket after it (a board registered on an outbox relay). */
  @Override
  public void onAppended(Ticket ticket, List<TicketEvent> events) {
    update(ticket);
  }

  /**
   * Shows the ticket whose head this is: added, moved or, once closed, removed; ignored when the
   * board has seen a newer version of it.
   *
   * @throws NotFoundException when an open ticket's grid is not in the board's tree (nothing changes)
   */
  public void update(TicketHead head) {
    if (head == null) {
      throw new MissingValueException("head");
    }
    int y = second(head.yellowAt());
    int r = second(head.redAfter());
    y = Math.min(y, r); // a ticket turns yellow no later than red
    long alarm = head.nextAlarm().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
    synchronized (lock) {
      int s = slots.slotOf(head.id());
      if (slots.stale(head.id(), s, head.version())) {
        return;
      }
      if (!head.open()) {
        if (s >= 0) {
          for (int o = slots.grids[s]; o >= 0; o = parent[o]) {
            open[o]--;
          }
          slots.close(s, head.version());
          mark(s);
        } else {
          slots.closedUnseen(head.id(), head.version());
        }
        return;
      }
      if (s < 0) {
        int g = tree.findNode(head.grid()).map(GridNode::ordinal).orElseThrow(() -> new NotFoundException("head.grid",
            head.grid().value(), "the board's tree has no such grid (ticket " + head.id() + ")"));
        s = slots.open(head.id(), g);
        for (int o = g; o >= 0; o = parent[o]) {
          open[o]++;
        }
      }
      if (slots.yellow[s] != y || slots.red[s] != r) {
        slots.yellow[s] = y;
        slots.red[s] = r;
        mark(s);
      }
      slots.versions[s] = (int) Math.min(Integer.MAX_VALUE, head.version());
      slots.alarms[s] = alarm;
    }
  }

  /** Marks a slot whose keys must move; flushes a full batch. */
  private void mark(int s) {
    if (ladders.mark(s)) {
      ladders.flush(slots);
    }
  }

  /** Whole seconds since 2000 of an instant, rounded up, within the board's range; never when empty. */
  private static int second(Optional<Instant> t) {
    if (t.isEmpty()) {
      return BoardSlots.NEVER;
    }
    Instant i = t.get();
    long s = i.getEpochSecond() - BASE + (i.getNano() > 0 ? 1 : 0);
    return (int) Math.max(0, Math.min(MAX_SECOND, s));
  }

  /**
   * Loads the open tickets of {@code store} from their heads ({@link TicketStore#forEachOpenHead}),
   * over the board's roots: what an instance does at start, with no replay.
   */
  public void load(TicketStore store) {
    if (store == null) {
      throw new MissingValueException("store");
    }
    for (var root : tree.roots()) {
      store.forEachOpenHead(tree.node(root.code()), this::update);
    }
  }

  /** The number of open tickets on the board. */
  public int size() {
    synchronized (lock) {
      return slots.size();
    }
  }

  /** Every open ticket counted by its light at {@code at}. */
  public TimingLightCounts counts(Instant at) {
    return counts(roots(), at);
  }

  /** The open tickets under {@code under} (its basic grids and itself) counted by their light at {@code at}. */
  public TimingLightCounts counts(GridNode under, Instant at) {
    return counts(List.of(check(under)), at);
  }

  /** The open tickets under any of {@code parts} (disjoint subtrees) counted by light. */
  TimingLightCounts counts(Collection<GridNode> parts, Instant at) {
    require(at, "at");
    long yellowBound = bound(yellowSecond(at));
    long redBound = bound(redSecond(at));
    long g = 0;
    long y = 0;
    long r = 0;
    synchronized (lock) {
      ladders.flush(slots);
      for (GridNode part : parts) {
        int o = part.ordinal();
        int lit = ladders.ladder(false, o).countBelow(yellowBound);
        int red = ladders.ladder(true, o).countBelow(redBound);
        g += open[o] - lit;
        y += lit - red;
        r += red;
      }
    }
    return new TimingLightCounts(at, g, y, r);
  }

  /**
   * The first {@code limit} tickets under {@code under} with this light at {@code at}: red ones by
   * the second they turned red (the longest overdue first), yellow ones by the second they will turn
   * red (the soonest first); ties by ticket id.
   *
   * @throws InvalidInputException for {@link TimingLight#GREEN} (green has no change to order by; list
   *     them with {@link #lights(GridNode, Instant)}) or a limit outside 1 to {@value #MAX_PAGE}
   */
  public List<TicketId> page(GridNode under, TimingLight light, Instant at, int limit) {
    return page(List.of(check(under)), light, at, limit);
  }

  /** {@link #page} over disjoint subtrees, merged. */
  List<TicketId> page(Collection<GridNode> parts, TimingLight light, Instant at, int limit) {
    require(light, "light");
    require(at, "at");
    if (light == TimingLight.GREEN) {
      throw new InvalidInputException("light", "GREEN", "a page lists red or yellow tickets; green ones have no light "
          + "change to order by: list them with lights(…)");
    }
    if (limit < 1 || limit > MAX_PAGE) {
      throw new InvalidInputException("limit", Integer.toString(limit), "must be from 1 to " + MAX_PAGE);
    }
    synchronized (lock) {
      ladders.flush(slots);
      return BoardPages.page(this, parts, light == TimingLight.RED, yellowSecond(at), redSecond(at), limit);
    }
  }

  /** Every open ticket by its light at {@code at}: one pass over the slot columns. */
  public TimingLights lights(Instant at) {
    return lights(roots(), at);
  }

  /** The open tickets under {@code under} by their light at {@code at}. */
  public TimingLights lights(GridNode under, Instant at) {
    return lights(List.of(check(under)), at);
  }

  /** The open tickets under any of {@code parts} (disjoint subtrees) by light. */
  TimingLights lights(Collection<GridNode> parts, Instant at) {
    require(at, "at");
    synchronized (lock) {
      TimingLightCounts c = counts(parts, at);
      return BoardPages.lights(this, parts, at, yellowSecond(at), redSecond(at), c, splitFrom);
    }
  }

  /** The tickets whose next clock action is due at {@code at}. */
  List<TicketId> alarmsDue(Instant at) {
    long t = at.getEpochSecond();
    List<TicketId> out = new ArrayList<>();
    synchronized (lock) {
      long[] a = slots.alarms;
      for (int i = 0; i < slots.high; i++) {
        if (a[i] <= t && slots.ids[i] != null) {
          out.add(slots.ids[i]);
        }
      }
    }
    return out;
  }

  /**
   * The bytes the board holds in its own arrays — slot columns, id index, ladders, counts — for
   * memory figures; the ticket ids are the tickets' own and not counted.
   */
  public long bytes() {
    synchronized (lock) {
      ladders.flush(slots);
      return slots.bytes() + 2 * (16 + 4L * open.length) + ladders.bytes();
    }
  }

  // ------------------------------------------------------------------ for BoardPages

  BoardSlots slots() {
    return slots;
  }

  /** The ladder of a grid and light: call under the lock, after a query's flush. */
  Ladder ladder(boolean red, int ordinal) {
    return ladders.ladder(red, ordinal);
  }

  /** The second {@code at} falls in: a light that turns yellow at or before it is lit. */
  static long yellowSecond(Instant at) {
    return at.getEpochSecond() - BASE;
  }

  /** The last second whose red light is on at {@code at}: red after second r means r < at. */
  static long redSecond(Instant at) {
    long t = at.getEpochSecond() - BASE;
    return at.getNano() > 0 ? t : t - 1;
  }

  /** The smallest key after every key of seconds up to {@code second}. */
  static long bound(long second) {
    if (second < 0) {
      return 0;
    }
    return second >= MAX_SECOND ? Long.MAX_VALUE : (second + 1) << 32;
  }

  private List<GridNode> roots() {
    List<GridNode> roots = new ArrayList<>();
    tree.roots().forEach(g -> roots.add(tree.node(g.code())));
    return roots;
  }

  private GridNode check(GridNode under) {
    require(under, "under");
    if (under.tree() != tree) {
      throw new InvalidInputException("under", under.code().value(), "must be a grid of the board's own tree");
    }
    return under;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }
}
