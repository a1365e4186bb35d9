package org.gridgov.workflow;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.gridgov.core.GridNode;
import org.gridgov.workflow.internal.Ladder;
import org.gridgov.workflow.spi.TimingLightCounts;

/**
 * The timing board's listings (看板列表): a page of the red or yellow tickets under some grids,
 * read from the ladders in order, and every ticket by light, one pass over the slot columns. Called
 * by {@link TimingBoard} under its lock.
 */
final class BoardPages {
  private static final int CHUNK = 256;
  private static final long MAX_SECOND = Integer.MAX_VALUE - 1;
  /** No filter on the yellow light. */
  private static final long ANY = Long.MIN_VALUE;
  /** Slots per run of {@link #lights}: each light's count within a run fits in 21 bits. */
  private static final int SLOTS_PER_RUN = 1 << 10;
  private static final long RUN_MASK = (1L << 21) - 1;
  /** Slots from which {@link #lights} lists the two halves on two threads, by default. */
  static final int SPLIT_FROM = 1 << 16;
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private BoardPages() {}

  /** One ticket of a page: the second it is ordered by, and its id. */
  private record Entry(long second, TicketId id) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::second).thenComparing(Entry::id);

  static List<TicketId> page(TimingBoard board, Collection<GridNode> parts, boolean red, long yellowSecond,
      long redSecond, int limit) {
    List<Entry> all = new ArrayList<>();
    for (GridNode part : parts) {
      int o = part.ordinal();
      if (red) {
        collect(board, board.ladder(true, o), 0, TimingBoard.bound(redSecond), ANY, limit, all);
      } else {
        int before = all.size();
        collect(board, board.ladder(true, o), TimingBoard.bound(redSecond), Long.MAX_VALUE, yellowSecond, limit, all);
        if (all.size() - before < limit) {
          pausedYellow(board, board.ladder(false, o), yellowSecond, all);
        }
      }
    }
    all.sort(ORDER);
    List<TicketId> out = new ArrayList<>(Math.min(limit, all.size()));
    for (int i = 0; i < all.size() && i < limit; i++) {
      out.add(all.get(i).id());
    }
    return List.copyOf(out);
  }

  /**
   * Adds the keys of {@code ladder} from {@code from} below {@code below} — only those whose slot is
   * lit at {@code litSecond}, unless it is {@link #ANY} — at least {@code limit} of them if there
   * are, and every one that shares the last one's second (so that ties can be ordered by id).
   */
  private static void collect(TimingBoard board, Ladder ladder, long from, long below, long litSecond, int limit,
      List<Entry> out) {
    BoardSlots s = board.slots();
    long[] buf = new long[CHUNK];
    int found = 0;
    long end = below;
    while (true) {
      int n = ladder.copy(from, end, buf, 0, CHUNK);
      if (n == 0) {
        return;
      }
      for (int i = 0; i < n; i++) {
        long k = buf[i];
        int slot = (int) k;
        if (litSecond != ANY && s.yellow[slot] > Math.min(litSecond, MAX_SECOND)) {
          continue;
        }
        long second = k >>> 32;
        out.add(new Entry(second, s.ids[slot]));
        if (++found == limit) {
          end = Math.min(end, TimingBoard.bound(second)); // from here on only ties
        }
      }
      from = buf[n - 1] + 1;
    }
  }

  /** Adds the yellow tickets whose clock is paused before red: they never turn red, so they come last. */
  private static void pausedYellow(TimingBoard board, Ladder yellow, long yellowSecond, List<Entry> out) {
    BoardSlots s = board.slots();
    long[] buf = new long[CHUNK];
    long from = 0;
    long below = TimingBoard.bound(yellowSecond);
    while (true) {
      int n = yellow.copy(from, below, buf, 0, CHUNK);
      if (n == 0) {
        return;
      }
      for (int i = 0; i < n; i++) {
        int slot = (int) buf[i];
        if (s.red[slot] == BoardSlots.NEVER) {
          out.add(new Entry(Long.MAX_VALUE, s.ids[slot]));
        }
      }
      from = buf[n - 1] + 1;
    }
  }

  /**
   * Every open ticket under {@code parts} by light; {@code counts} are theirs, from the ladders, so
   * each light's part of the one output array is known before the pass. The pass reads the ids and
   * the two light columns in slot order (the grid column only when some subtree is left out) and
   * keeps the three write cursors in one register ({@link #SLOTS_PER_RUN} slots at a time, 21 bits
   * each), so that consecutive tickets of the same light do not wait on each other through memory.
   *
   * <p>From {@code splitFrom} slots on ({@value #SPLIT_FROM} on a board made by
   * {@link TimingBoard#of}), the upper half of the slots is listed at the same time on the common
   * fork-join pool, backwards from the end of each light's part, while the calling thread lists the
   * lower half forwards from its start: the two meet where the counts say, with no second pass and
   * every light still in slot order. When the pool has no free thread the caller lists the upper
   * half itself; on one core there is no split.
   */
  static TimingLights lights(TimingBoard board, Collection<GridNode> parts, Instant at, long yellowSecond,
      long redSecond, TimingLightCounts counts, int splitFrom) {
    BoardSlots s = board.slots();
    boolean[] in = null;
    if (!coversTree(board, parts)) {
      in = new boolean[board.tree().size()];
      for (GridNode p : parts) {
        java.util.Arrays.fill(in, p.ordinal(), p.ordinal() + p.subtreeSize(), true);
      }
    }
    int green = (int) counts.green();
    int yellow = (int) counts.yellow();
    TicketId[] out = new TicketId[(int) counts.total()];
    Pass pass = new Pass(s, in, out, Math.min(yellowSecond, MAX_SECOND), Math.min(redSecond, MAX_SECOND));
    int high = s.high;
    int mid = high < splitFrom || CORES < 2 ? high : high / 2;
    ForkJoinTask<?> upper = mid == high ? null
        : ForkJoinPool.commonPool().submit(() -> pass.backwards(mid, high, green, green + yellow, out.length));
    pass.forwards(0, mid, 0, green, green + yellow);
    if (upper != null) {
      upper.join();
    }
    return new TimingLights(at, new Range(out, 0, green), new Range(out, green, green + yellow),
        new Range(out, green + yellow, out.length));
  }

  /** One listing's columns and output, walked over a range of slots in either direction. */
  private record Pass(BoardSlots s, boolean[] in, TicketId[] out, long ys, long rs) {
    /** 0 green, 1 yellow, 2 red, without a branch: lit = y <= ys, red = r <= rs (red implies lit). */
    private int light(int[] ye, int[] re, int i) {
      return (int) (((ys - ye[i]) >>> 63) ^ 1) + (int) (((rs - re[i]) >>> 63) ^ 1);
    }

    /** Slots {@code from} to {@code to} in order, each light's tickets from its start ({@code g}, {@code y}, {@code r}). */
    void forwards(int from, int to, int g, int y, int r) {
      int[] grids = s.grids;
      int[] ye = s.yellow;
      int[] re = s.red;
      TicketId[] ids = s.ids;
      int[] base = {g, y, r};
      for (int run = from; run < to; run += SLOTS_PER_RUN) {
        int end = Math.min(to, run + SLOTS_PER_RUN);
        long written = 0; // how many of this run's tickets went to each light: bits 0, 21 and 42
        for (int i = run; i < end; i++) {
          TicketId id = ids[i]; // null: a free slot
          if (id == null || in != null && !in[grids[i]]) {
            continue;
          }
          int c = light(ye, re, i);
          int shift = 21 * c;
          out[base[c] + (int) ((written >>> shift) & RUN_MASK)] = id;
          written += 1L << shift;
        }
        base[0] += (int) (written & RUN_MASK);
        base[1] += (int) ((written >>> 21) & RUN_MASK);
        base[2] += (int) (written >>> 42);
      }
    }

    /**
     * Slots {@code to - 1} down to {@code from}, each light's tickets backwards from the end of its
     * part ({@code g}, {@code y}, {@code r}: one past the last place).
     */
    void backwards(int from, int to, int g, int y, int r) {
      int[] grids = s.grids;
      int[] ye = s.yellow;
      int[] re = s.red;
      TicketId[] ids = s.ids;
      int[] last = {g - 1, y - 1, r - 1};
      for (int run = to; run > from; run -= SLOTS_PER_RUN) {
        int start = Math.max(from, run - SLOTS_PER_RUN);
        long written = 0;
        for (int i = run - 1; i >= start; i--) {
          TicketId id = ids[i];
          if (id == null || in != null && !in[grids[i]]) {
            continue;
          }
          int c = light(ye, re, i);
          int shift = 21 * c;
          out[last[c] - (int) ((written >>> shift) & RUN_MASK)] = id;
          written += 1L << shift;
        }
        last[0] -= (int) (written & RUN_MASK);
        last[1] -= (int) ((written >>> 21) & RUN_MASK);
        last[2] -= (int) (written >>> 42);
      }
    }
  }

  private static boolean coversTree(TimingBoard board, Collection<GridNode> parts) {
    int n = 0;
    for (GridNode p : parts) {
      n += p.subtreeSize();
    }
    return n == board.tree().size();
  }

  /** An unmodifiable view of a range of an array nobody else holds. */
  private static final class Range extends AbstractList<TicketId> implements RandomAccess {
    private final TicketId[] a;
    private final int from;
    private final int to;

    Range(TicketId[] a, int from, int to) {
      this.a = a;
      this.from = from;
      this.to = to;
    }

    @Override
    public TicketId get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException("index " + i + " of " + (to - from));
      }
      return a[from + i];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
