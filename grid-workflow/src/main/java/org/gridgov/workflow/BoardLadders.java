package org.gridgov.workflow;

import java.util.Arrays;
import org.gridgov.workflow.internal.Ladder;

/**
 * The timing board's ladders (时刻阶梯), kept up to date in batches: every grid's two
 * {@link Ladder ladders} of its subtree's open tickets (by the second their light turns yellow, and
 * red), and for each slot what the ladders now hold of it — its grid and its two seconds. An update
 * of the board changes only the slot's columns and marks the slot; {@link #flush} brings the ladders
 * level with the columns before any question is answered, or once {@value #BATCH} slots are marked.
 * A flush removes every marked slot's old keys and adds its new ones in ascending key order, ladder
 * by ladder, so that neighbouring keys find their blocks in cache instead of each key walking a
 * ladder of a million keys from a cold start; a ticket moved twice between flushes moves once, and
 * one opened and closed between them never enters a ladder. Not thread-safe: the board guards it.
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
  /** Per key of a flush: the grid whose ladder it goes to next. */
  private final int[] level;

  /** The ladders of the grids whose parents' ordinals are {@code parent}, flushed every {@code batch} marked slots. */
  BoardLadders(int[] parent, int batch) {
    this.parent = parent;
    this.batch = batch;
    this.marks = new int[batch];
    this.removeYellow = new long[batch];
    this.removeRed = new long[batch];
    this.addYellow = new long[batch];
    this.addRed = new long[batch];
    this.level = new int[batch];
    int n = parent.length;
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
    // every old key out (from the grids that held them), then every new key in: a key that stays
    // but changes grid leaves and re-enters the ancestors the two grids share
    apply(yellowOf, removeYellow, ry, false);
    apply(redOf, removeRed, rr, false);
    for (int i = 0; i < markCount; i++) {
      int s = marks[i];
      shownGrid[s] = slots.grids[s];
      shownYellow[s] = slots.yellow[s];
      shownRed[s] = slots.red[s];
      marked[s] = false;
    }
    apply(yellowOf, addYellow, ay, true);
    apply(redOf, addRed, ar, true);
    markCount = 0;
  }

  /**
   * Adds or removes {@code keys[0..n)} in the ladders of each key's slot's shown grid and its
   * ancestors: sorted, then one level at a time (every key into the basic grids' ladders, then
   * every key into their parents' …), so that each ladder takes its keys in ascending order, one
   * after the other.
   */
  private void apply(Ladder[] ladders, long[] keys, int n, boolean add) {
    Arrays.sort(keys, 0, n);
    int[] at = level;
    for (int i = 0; i < n; i++) {
      at[i] = shownGrid[(int) keys[i]];
    }
    for (boolean any = n > 0; any;) {
      any = false;
      for (int i = 0; i < n; i++) {
        int o = at[i];
        if (o < 0) {
          continue;
        }
        if (add) {
          ladders[o].add(keys[i]);
        } else {
          ladders[o].remove(keys[i]);
        }
        o = parent[o];
        at[i] = o;
        any |= o >= 0;
      }
    }
  }

  private static long key(int second, int slot) {
    return (long) second << 32 | slot;
  }

  /** The bytes of the ladders and the shown columns (for memory figures). */
  long bytes() {
    long b = 6 * 16 + 12L * shownGrid.length + marked.length + 8L * batch + 4 * 8L * batch;
    for (int o = 0; o < yellowOf.length; o++) {
      b += yellowOf[o].bytes() + redOf[o].bytes();
    }
    return b;
  }
}
