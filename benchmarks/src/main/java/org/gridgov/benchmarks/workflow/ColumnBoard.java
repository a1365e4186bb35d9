package org.gridgov.benchmarks.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketHead;

/**
 * The baseline the board benchmarks compare with: the timing board as it was before issue 17 — one
 * row per open ticket in flat columns (grid ordinal, yellow and red second), an id → row map, and
 * every question answered by one tight pass over the columns.
 */
final class ColumnBoard {
  private static final long BASE = 946_684_800L;
  private final ConcurrentHashMap<TicketId, Integer> rows = new ConcurrentHashMap<>();
  final int[] grid;
  final int[] yellow;
  final int[] red;
  final TicketId[] ids;
  final long[] versions;

  ColumnBoard(GridTree tree, List<TicketHead> heads) {
    int n = heads.size();
    grid = new int[n];
    yellow = new int[n];
    red = new int[n];
    ids = new TicketId[n];
    versions = new long[n];
    for (int i = 0; i < n; i++) {
      TicketHead h = heads.get(i);
      rows.put(h.id(), i);
      ids[i] = h.id();
      grid[i] = tree.node(h.grid()).ordinal();
      set(i, h);
    }
  }

  private void set(int i, TicketHead h) {
    yellow[i] = (int) (h.yellowAt().get().getEpochSecond() - BASE);
    red[i] = (int) (h.redAfter().get().getEpochSecond() - BASE);
    versions[i] = h.version();
  }

  /** The old update: find the row, write the columns. */
  void update(TicketHead h) {
    rows.compute(h.id(), (id, row) -> {
      if (versions[row] < h.version()) {
        set(row, h);
      }
      return row;
    });
  }

  /** Green, yellow, red under {@code node}: one pass over every row. */
  long[] counts(GridNode node, Instant at) {
    int from = node.ordinal();
    int to = from + node.subtreeSize();
    long t = at.getEpochSecond() - BASE;
    long redT = at.getNano() > 0 ? t : t - 1;
    long[] n = new long[3];
    for (int i = 0; i < grid.length; i++) {
      int g = grid[i];
      if (g >= from && g < to) {
        n[(yellow[i] <= t ? 1 : 0) + (red[i] <= redT ? 1 : 0)]++;
      }
    }
    return n;
  }

  /** The first {@code limit} reds under {@code node}, longest overdue first: one pass and a bounded heap. */
  List<TicketId> reds(GridNode node, Instant at, int limit) {
    int from = node.ordinal();
    int to = from + node.subtreeSize();
    long t = at.getEpochSecond() - BASE;
    long redT = at.getNano() > 0 ? t : t - 1;
    Comparator<Integer> order = Comparator.comparingInt((Integer i) -> red[i]).thenComparing(i -> ids[i]);
    PriorityQueue<Integer> worst = new PriorityQueue<>(order.reversed());
    for (int i = 0; i < grid.length; i++) {
      int g = grid[i];
      if (g >= from && g < to && red[i] <= redT) {
        if (worst.size() < limit) {
          worst.add(i);
        } else if (order.compare(i, worst.peek()) < 0) {
          worst.poll();
          worst.add(i);
        }
      }
    }
    List<Integer> sorted = new ArrayList<>(worst);
    sorted.sort(order);
    List<TicketId> out = new ArrayList<>();
    sorted.forEach(i -> out.add(ids[i]));
    return out;
  }

  /** Every row by light: the old board's scan into three growing lists. */
  List<List<TicketId>> lists(Instant at) {
    long t = at.getEpochSecond() - BASE;
    long redT = at.getNano() > 0 ? t : t - 1;
    List<TicketId> g = new ArrayList<>(1024);
    List<TicketId> y = new ArrayList<>(256);
    List<TicketId> r = new ArrayList<>(256);
    for (int i = 0; i < grid.length; i++) {
      if (red[i] <= redT) {
        r.add(ids[i]);
      } else if (yellow[i] <= t) {
        y.add(ids[i]);
      } else {
        g.add(ids[i]);
      }
    }
    return List.of(g, y, r);
  }
}
