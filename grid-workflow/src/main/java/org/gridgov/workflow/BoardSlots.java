package org.gridgov.workflow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.workflow.internal.SlotIndex;

/**
 * The timing board's columns (看板列): one slot per open ticket holding its id, version, grid
 * ordinal, the seconds (since 2000, {@link #NEVER} for never) at which its light turns yellow and
 * red, and its next alarm; a free list of slots left by closed tickets; the id → slot index; and
 * the versions of the most recently closed tickets, so that a late, older update of a closed ticket
 * does not bring it back. Not thread-safe: {@link TimingBoard} guards it.
 */
final class BoardSlots {
  /** The second of a light that never comes. */
  static final int NEVER = Integer.MAX_VALUE;
  /** How many closed tickets' versions are remembered. */
  static final int CLOSED_REMEMBERED = 1 << 16;

  final SlotIndex index = new SlotIndex();
  TicketId[] ids = new TicketId[1024];
  int[] versions = new int[1024];
  /** The grid's ordinal, -1 for a free slot. */
  int[] grids = filled(1024, -1);
  int[] yellow = filled(1024, NEVER);
  int[] red = filled(1024, NEVER);
  long[] alarms = filledLong(1024, Long.MAX_VALUE);
  /** One past the highest slot ever used. */
  int high;
  private int[] free = new int[64];
  private int freeCount;
  private final LinkedHashMap<TicketId, Integer> closed = new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<TicketId, Integer> eldest) {
      return size() > CLOSED_REMEMBERED;
    }
  };

  private static int[] filled(int n, int v) {
    int[] a = new int[n];
    Arrays.fill(a, v);
    return a;
  }

  private static long[] filledLong(int n, long v) {
    long[] a = new long[n];
    Arrays.fill(a, v);
    return a;
  }

  /** The open ticket's slot, or -1. */
  int slotOf(TicketId id) {
    return index.get(id);
  }

  /** True when {@code version} of the ticket is not newer than what the board has seen of it. */
  boolean stale(TicketId id, int slot, long version) {
    if (slot >= 0) {
      return versions[slot] >= version;
    }
    Integer gone = closed.get(id);
    return gone != null && gone >= version;
  }

  /** A new slot for an open ticket in the grid with this ordinal; its lights are never. */
  int open(TicketId id, int grid) {
    int s = freeCount > 0 ? free[--freeCount] : high++;
    if (s >= ids.length) {
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      versions = Arrays.copyOf(versions, n);
      grids = grow(grids, n, -1);
      yellow = grow(yellow, n, NEVER);
      red = grow(red, n, NEVER);
      int old = alarms.length;
      alarms = Arrays.copyOf(alarms, n);
      Arrays.fill(alarms, old, n, Long.MAX_VALUE);
    }
    ids[s] = id;
    grids[s] = grid;
    yellow[s] = NEVER;
    red[s] = NEVER;
    alarms[s] = Long.MAX_VALUE;
    index.put(id, s);
    return s;
  }

  private static int[] grow(int[] a, int n, int fill) {
    int old = a.length;
    int[] b = Arrays.copyOf(a, n);
    Arrays.fill(b, old, n, fill);
    return b;
  }

  /** Frees the slot of a ticket that closed at {@code version}. */
  void close(int slot, long version) {
    TicketId id = ids[slot];
    index.remove(id);
    closed.put(id, (int) Math.min(Integer.MAX_VALUE, version));
    ids[slot] = null;
    grids[slot] = -1;
    yellow[slot] = NEVER;
    red[slot] = NEVER;
    alarms[slot] = Long.MAX_VALUE;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = slot;
  }

  /** Remembers a ticket that closed before the board first saw it. */
  void closedUnseen(TicketId id, long version) {
    closed.put(id, (int) Math.min(Integer.MAX_VALUE, version));
  }

  /** The number of open tickets. */
  int size() {
    return index.size();
  }

  /** The bytes of the columns and the index (the ids themselves are the tickets', not counted). */
  long bytes() {
    long n = ids.length;
    return index.bytes() + 16 + 4 * n + 16 + 4 * n + 3 * (16 + 4 * n) + 16 + 8 * n + 16 + 4L * free.length
        + (long) closed.size() * 56;
  }
}
