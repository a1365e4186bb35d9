package org.gridgov.workflow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.spi.TicketStore;

/**
 * The columnar snapshot behind the timing lights (时限看板): for every open ticket one packed
 * {@code long} holding the instants its light turns yellow and red (whole seconds), plus the
 * instant the clock next has something to do for it (urging, overdue, timeout). Classifying a
 * million tickets is one tight loop over a {@code long[]} — no event lists, no objects.
 *
 * <p>Feed it every ticket after each append ({@link TicketService} does for its own commands; a
 * board fed from an event stream calls {@link #update(Ticket)}). Updates for one ticket are
 * atomic and ordered by version (a stale update is ignored); no lock spans the board — an update
 * locks only its key's hash bin, and the board itself only while it grows by a chunk. A scan is weakly consistent: each row is as it stood at some moment
 * during the scan. Instants are compared at one-second resolution; the calendar produces
 * whole-second deadlines, so the board agrees with {@link Ticket#lightAt(Instant)}.
 *
 * <p>The board is a per-process read model: with many service instances sharing a database,
 * feed it the shared event stream, or ask the database ({@code due_at < now}) instead.
 */
public final class TimingBoard {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final long BASE = 946_684_800L; // 2000-01-01T00:00:00Z
  private static final long MASK = 0xFFFF_FFFFL;
  private static final long NEVER = 0xFFFF_FFFEL;
  private static final long EMPTY = -1L;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  private final ConcurrentHashMap<TicketId, Slot> slots = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Integer> free = new ConcurrentLinkedQueue<>();
  private final AtomicInteger next = new AtomicInteger();
  private final Object growLock = new Object();
  private volatile long[][] lights = new long[0][];
  private volatile long[][] alarms = new long[0][];
  private volatile TicketId[][] ids = new TicketId[0][];

  private static final class Slot {
    final int index;
    final long version;

    Slot(int index, long version) {
      this.index = index;
      this.version = version;
    }
  }

  /** Shows the ticket as it now stands: added, moved or, once closed, removed. */
  public void update(Ticket ticket) {
    update(ticket, Optional.empty());
  }

  /** As {@link #update(Ticket)}, with the instant the service's clock next acts on the ticket. */
  void update(Ticket ticket, Optional<Instant> nextAlarm) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    long packed = ticket.isOpen() ? pack(ticket) : EMPTY;
    long alarm = nextAlarm.map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
    slots.compute(ticket.id(), (id, slot) -> {
      if (slot != null && slot.version >= ticket.version()) {
        return slot;
      }
      if (packed == EMPTY) {
        if (slot != null && slot.index >= 0) {
          write(slot.index, null, EMPTY, Long.MAX_VALUE);
          free.add(slot.index);
        }
        return new Slot(-1, ticket.version());
      }
      int index = slot != null && slot.index >= 0 ? slot.index : allocate();
      write(index, id, packed, alarm);
      return new Slot(index, ticket.version());
    });
  }

  /** Rebuilds the board from every ticket of {@code store}. */
  public void load(TicketStore store) {
    if (store == null) {
      throw new MissingValueException("store");
    }
    store.forEachTicket(id -> store.snapshot(id).or(() -> {
      var events = store.events(id);
      return events.isEmpty() ? Optional.empty() : Optional.of(Ticket.replay(events));
    }).ifPresent(this::update));
  }

  /** The number of open tickets on the board. */
  public int size() {
    int n = 0;
    for (Slot s : slots.values()) {
      n += s.index >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Every open ticket by its light at {@code at}: one pass over the packed column. */
  public TimingLights lights(Instant at) {
    if (at == null) {
      throw new MissingValueException("at");
    }
    long t = at.getEpochSecond() - BASE;
    long red = at.getNano() > 0 ? t : t - 1;
    long[][] l = lights;
    TicketId[][] names = ids;
    int high = Math.min(next.get(), l.length * CHUNK);
    IdList g = new IdList(1024);
    IdList y = new IdList(256);
    IdList r = new IdList(256);
    for (int c = 0; c * CHUNK < high; c++) {
      long[] col = l[c];
      TicketId[] nameCol = names[c];
      int n = Math.min(CHUNK, high - c * CHUNK);
      for (int i = 0; i < n; i++) {
        long v = (long) LONGS.getAcquire(col, i);
        TicketId name = nameCol[i];
        if (v == EMPTY || name == null) {
          continue;
        }
        if ((v & MASK) <= red) {
          r.add(name);
        } else if ((v >>> 32) <= t) {
          y.add(name);
        } else {
          g.add(name);
        }
      }
    }
    return new TimingLights(at, g.view(), y.view(), r.view());
  }

  /** The tickets whose next clock action is due at {@code at}. */
  List<TicketId> alarmsDue(Instant at) {
    long t = at.getEpochSecond();
    long[][] a = alarms;
    TicketId[][] names = ids;
    int high = Math.min(next.get(), a.length * CHUNK);
    List<TicketId> out = new ArrayList<>();
    for (int c = 0; c * CHUNK < high; c++) {
      long[] col = a[c];
      int n = Math.min(CHUNK, high - c * CHUNK);
      for (int i = 0; i < n; i++) {
        if (col[i] <= t && names[c][i] != null) {
          out.add(names[c][i]);
        }
      }
    }
    return out;
  }

  private static long pack(Ticket ticket) {
    Optional<Deadline> clock = ticket.deadline().isPresent() ? ticket.deadline() : ticket.stepDeadline();
    if (clock.isEmpty()) {
      return (NEVER << 32) | NEVER;
    }
    Deadline d = clock.get();
    long warn = seconds(d.warnAt());
    long due = seconds(d.dueAt());
    if (d.isPaused()) {
      Instant p = d.pausedSince().get();
      warn = d.warnAt().isAfter(p) ? NEVER : warn;
      due = d.dueAt().isBefore(p) ? due : NEVER;
    }
    return (warn << 32) | due;
  }

  private static long seconds(Instant t) {
    long s = t.getEpochSecond() - BASE + (t.getNano() > 0 ? 1 : 0);
    return Math.max(0, Math.min(NEVER - 1, s));
  }

  private int allocate() {
    Integer reused = free.poll();
    int index = reused != null ? reused : next.getAndIncrement();
    int chunk = index >>> CHUNK_BITS;
    if (chunk >= lights.length) {
      synchronized (growLock) {
        if (chunk >= lights.length) {
          int size = Math.max(chunk + 1, lights.length * 2);
          long[][] l = Arrays.copyOf(lights, size);
          long[][] a = Arrays.copyOf(alarms, size);
          TicketId[][] n = Arrays.copyOf(ids, size);
          for (int c = lights.length; c < size; c++) {
            l[c] = new long[CHUNK];
            Arrays.fill(l[c], EMPTY);
            a[c] = new long[CHUNK];
            Arrays.fill(a[c], Long.MAX_VALUE);
            n[c] = new TicketId[CHUNK];
          }
          ids = n;
          alarms = a;
          lights = l;
        }
      }
    }
    return index;
  }

  private void write(int index, TicketId id, long packed, long alarm) {
    int c = index >>> CHUNK_BITS;
    int i = index & (CHUNK - 1);
    if (packed == EMPTY) {
      // empty the slot before forgetting its id, so a concurrent scan never sees a light without a name
      LONGS.setRelease(lights[c], i, packed);
      LONGS.setRelease(alarms[c], i, alarm);
      ids[c][i] = null;
    } else {
      ids[c][i] = id;
      LONGS.setRelease(alarms[c], i, alarm);
      LONGS.setRelease(lights[c], i, packed);
    }
  }

  /** A growable array of ids with an unmodifiable list view. */
  private static final class IdList {
    private TicketId[] items;
    private int size;

    IdList(int capacity) {
      items = new TicketId[capacity];
    }

    void add(TicketId id) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = id;
    }

    List<TicketId> view() {
      TicketId[] a = items;
      int n = size;
      return new Ro(a, n);
    }
  }

  private static final class Ro extends AbstractList<TicketId> implements RandomAccess {
    private final TicketId[] a;
    private final int n;

    Ro(TicketId[] a, int n) {
      this.a = a;
      this.n = n;
    }

    @Override
    public TicketId get(int i) {
      if (i < 0 || i >= n) {
        throw new IndexOutOfBoundsException("index " + i + " of " + n);
      }
      return a[i];
    }

    @Override
    public int size() {
      return n;
    }
  }
}
