package org.gridgov.workflow;

import java.util.Arrays;
import org.gridgov.workflow.internal.Ladder;

/**
 * The timing board's ladders (时刻阶梯), kept up to date in batches: every grid's two
 * {@link Ladder ladders} of its subtree's open tickets (by the second their light turns yellow, and
 * red), and for each slot what the ladders now hold of it — its grid and its two seconds. An update
 * of the board changes only the slot's columns and marks the slot; {@link #flush} brings the ladders
 * level with the columns before any question is answered, or once {@value #BATCH} slots are marked.
 * A flush sorts the marked slots' old and new keys, gathers them ladder by ladder (each key to its
 * grid's ladder and every ancestor's) and hands each ladder its share at once: moved key by key in
 * ascending order when the share is small beside the ladder, so that neighbouring keys find their
 * blocks in cache, or merged into a rebuilt ladder when it is one key in
 * {@value org.gridgov.workflow.internal.Ladder#REBUILD_RATIO} or more. A ticket moved twice between
 * flushes moves once, and one opened and closed between them never enters a ladder. Not
 * thread-safe: the board guards it.
 */
final class BoardLadders {
  /** Marked slots that start a flush. */
  static final int BATCH = 16384;

  private final int batch;
  private final int[] parent;
  private final Ladder[] yellowOf;
  private final Ladder[] redOf;
  /** Per slot: the grid whose ladders hold its keys (-1: none), and the seconds they hold. */
  private int[] shownGrid = filled(1024, -1);
  private int[] shownYellow = filled(1024, BoardSlots.NEVER);
  private int[] shownRed = filled(1024, BoardSlots.NEVER);
  private boolean[] marked = new boolean[1024];
  private final int[] marks;
  private int markCount;
  private final long[] removeYellow;
  private final long[] removeRed;
  private final long[] addYellow;
  private final long[] addRed;
  /**
   * Per ladder, during a flush: where its keys start and end in the gathered order, of the keys that
   * leave and of those that enter (the ends count first, then serve as write cursors).
   */
  private final int[] outStart;
  private final int[] outEnd;
  private final int[] inStart;
  private final int[] inEnd;
  /** The ladders a flush touches, in the order first touched, and which are listed. */
  private final int[] touched;
  private final boolean[] seen;
  /** The keys that leave and that enter, gathered ladder by ladder. */
  private final long[][] gathered = {new long[0], new long[0]};
  /** Where a ladder is rebuilt. */
  private long[] scratch = new long[0];

  /** The ladders of the grids whose parents' ordinals are {@code parent}, flushed every {@code batch} marked slots. */
  BoardLadders(int[] parent, int batch) {
    this.parent = parent;
    this.batch = batch;
    this.marks = new int[batch];
    this.removeYellow = new long[batch];
    this.removeRed = new long[batch];
    this.addYellow = new long[batch];
    this.addRed = new long[batch];
    int n = parent.length;
    this.outStart = new int[n];
    this.outEnd = new int[n];
    this.inStart = new int[n];
    this.inEnd = new int[n];
    this.touched = new int[n];
    this.seen = new boolean[n];
    this.yellowOf = new Ladder[n];
    this.redOf = new Ladder[n];
    for (int o = 0; o < n; o++) {
      yellowOf[o] = new Ladder();
      redOf[o] = new Ladder();
    }
  }

  private static int[] filled(int n, int v) {
    int[] a = new int[n];
    Arrays.fill(a, v);
    return a;
  }

  /** The ladder of one grid and light; current only after {@link #flush}. */
  Ladder ladder(boolean red, int ordinal) {
    return red ? redOf[ordinal] : yellowOf[ordinal];
  }

  /**
   * Marks slot {@code s}, whose grid or seconds in {@code slots} changed (or which was freed); true
   * when the batch is full and the caller should {@link #flush}.
   */
  boolean mark(int s) {
    if (s >= marked.length) {
      int n = Math.max(s + 1, marked.length * 2);
      int old = shownGrid.length;
      shownGrid = Arrays.copyOf(shownGrid, n);
      Arrays.fill(shownGrid, old, n, -1);
      shownYellow = Arrays.copyOf(shownYellow, n);
      Arrays.fill(shownYellow, old, n, BoardSlots.NEVER);
      shownRed = Arrays.copyOf(shownRed, n);
      Arrays.fill(shownRed, old, n, BoardSlots.NEVER);
      marked = Arrays.copyOf(marked, n);
    }
    if (!marked[s]) {
      marked[s] = true;
      marks[markCount++] = s;
    }
    return markCount == batch;
  }

  /** Brings every ladder level with the slot columns: the marked slots' keys move, in key order. */
  void flush(BoardSlots slots) {
    if (markCount == 0) {
      return;
    }
    int ry = 0;
    int rr = 0;
    int ay = 0;
    int ar = 0;
    for (int i = 0; i < markCount; i++) {
      int s = marks[i];
      int y = slots.yellow[s]; // a free slot's seconds are NEVER (BoardSlots.close)
      int r = slots.red[s];
      boolean moved = shownGrid[s] != slots.grids[s];
      if (moved || shownYellow[s] != y) {
        if (shownYellow[s] != BoardSlots.NEVER) {
          removeYellow[ry++] = key(shownYellow[s], s);
        }
        if (y != BoardSlots.NEVER) {
          addYellow[ay++] = key(y, s);
        }
      }
      if (moved || shownRed[s] != r) {
        if (shownRed[s] != BoardSlots.NEVER) {
          removeRed[rr++] = key(shownRed[s], s);
        }
        if (r != BoardSlots.NEVER) {
          addRed[ar++] = key(r, s);
        }
      }
    }
    // each ladder takes its old keys out (from the grids that held them), then its new keys in: a key
    // that stays but changes grid leaves and re-enters the ancestors the two grids share
    apply(yellowOf, removeYellow, ry, addYellow, ay, slots.grids);
    apply(redOf, removeRed, rr, addRed, ar, slots.grids);
    for (int i = 0; i < markCount; i++) {
      int s = marks[i];
      shownGrid[s] = slots.grids[s];
      shownYellow[s] = slots.yellow[s];
      shownRed[s] = slots.red[s];
      marked[s] = false;
    }
    markCount = 0;
  }

  /**
   * Moves one light's keys: {@code out[0..outs)} leave the ladders of each key's slot's shown grid and
   * its ancestors, {@code in[0..ins)} enter those of the slot's grid in {@code grids} and its
   * ancestors. Both are sorted, then gathered ladder by ladder (a stable counting sort by grid keeps
   * each ladder's keys ascending), and each ladder takes its whole share in one
   * {@link Ladder#update}: key by key when the share is small beside the ladder, else one merge.
   */
  private void apply(Ladder[] ladders, long[] out, int outs, long[] in, int ins, int[] grids) {
    Arrays.sort(out, 0, outs);
    Arrays.sort(in, 0, ins);
    int touched = 0;
    touched = count(out, outs, shownGrid, outEnd, touched);
    touched = count(in, ins, grids, inEnd, touched);
    int outSum = 0;
    int inSum = 0;
    for (int t = 0; t < touched; t++) {
      int o = this.touched[t];
      outStart[o] = outSum;
      outSum += outEnd[o];
      outEnd[o] = outStart[o];
      inStart[o] = inSum;
      inSum += inEnd[o];
      inEnd[o] = inStart[o];
    }
    long[] outKeys = gather(out, outs, shownGrid, outEnd, outSum, 0);
    long[] inKeys = gather(in, ins, grids, inEnd, inSum, 1);
    for (int t = 0; t < touched; t++) {
      int o = this.touched[t];
      Ladder l = ladders[o];
      int need = l.size() + inEnd[o] - inStart[o];
      if (scratch.length < need) {
        scratch = new long[Math.max(need, scratch.length * 2)];
      }
      l.update(outKeys, outStart[o], outEnd[o], inKeys, inStart[o], inEnd[o], scratch);
      outEnd[o] = 0;
      inEnd[o] = 0;
      seen[o] = false;
    }
  }

  /**
   * Adds to {@code count} the keys each ladder takes (each key goes to its slot's grid in
   * {@code grids} and every ancestor), listing in {@link #touched} the ladders not yet listed.
   */
  private int count(long[] keys, int n, int[] grids, int[] count, int touched) {
    for (int i = 0; i < n; i++) {
      for (int o = grids[(int) keys[i]]; o >= 0; o = parent[o]) {
        if (!seen[o]) {
          seen[o] = true;
          this.touched[touched++] = o;
        }
        count[o]++;
      }
    }
    return touched;
  }

  /**
   * The keys written ladder by ladder, each ladder's from its cursor in {@code cursor} (left at the
   * end of its part), in key order within each; the {@code which}'th gather buffer.
   */
  private long[] gather(long[] keys, int n, int[] grids, int[] cursor, int total, int which) {
    long[] buf = gathered[which];
    if (buf.length < total) {
      buf = new long[Math.max(total, buf.length * 2)];
      gathered[which] = buf;
    }
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      for (int o = grids[(int) k]; o >= 0; o = parent[o]) {
        buf[cursor[o]++] = k;
      }
    }
    return buf;
  }

  private static long key(int second, int slot) {
    return (long) second << 32 | slot;
  }

  /** The bytes of the ladders and the shown columns (for memory figures). */
  long bytes() {
    long b = 6 * 16 + 12L * shownGrid.length + marked.length + 4L * batch + 4 * 8L * batch
        + 5 * 4L * touched.length + seen.length + 8L * (gathered[0].length + gathered[1].length + scratch.length);
    for (int o = 0; o < yellowOf.length; o++) {
      b += yellowOf[o].bytes() + redOf[o].bytes();
    }
    return b;
  }
}
