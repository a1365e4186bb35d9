package org.gridgov.workflow.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingLight;

/**
 * The head queries as plain scans (索引查询的扫描实现): what {@link TicketStore}'s default methods and
 * the {@link InMemoryTicketStore} answer with, and the reference a database's indexed queries must
 * agree with.
 */
final class HeadScan {
  /** The most a store returns in one page. */
  static final int MAX_LIMIT = 100_000;

  private HeadScan() {}

  static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", Integer.toString(limit), "must be from 1 to " + MAX_LIMIT);
    }
  }

  static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  static List<TicketId> alarmsDue(Iterable<TicketHead> heads, Instant at, int limit) {
    require(at, "at");
    checkLimit(limit);
    List<TicketHead> due = new ArrayList<>();
    for (TicketHead h : heads) {
      if (h.open() && h.nextAlarm().isPresent() && !h.nextAlarm().get().isAfter(at)) {
        due.add(h);
      }
    }
    due.sort(Comparator.comparing((TicketHead h) -> h.nextAlarm().get()).thenComparing(TicketHead::id));
    List<TicketId> out = new ArrayList<>(Math.min(limit, due.size()));
    for (int i = 0; i < due.size() && i < limit; i++) {
      out.add(due.get(i).id());
    }
    return List.copyOf(out);
  }

  /** The ordinal of the head's grid in {@code tree}, or -1 when the tree lacks it. */
  static int ordinal(GridTree tree, TicketHead h) {
    return tree.findNode(h.grid()).map(GridNode::ordinal).orElse(-1);
  }

  static List<TicketHead> openUnder(Iterable<TicketHead> heads, GridNode under, Optional<TicketHead> after, int limit) {
    require(under, "under");
    require(after, "after");
    checkLimit(limit);
    GridTree tree = under.tree();
    int from = under.ordinal();
    int to = from + under.subtreeSize();
    int afterOrdinal = after.map(a -> ordinal(tree, a)).orElse(Integer.MIN_VALUE);
    List<TicketHead> found = new ArrayList<>();
    for (TicketHead h : heads) {
      int o = h.open() ? ordinal(tree, h) : -1;
      if (o < from || o >= to) {
        continue;
      }
      if (after.isPresent() && (o < afterOrdinal || o == afterOrdinal && h.id().compareTo(after.get().id()) <= 0)) {
        continue;
      }
      found.add(h);
    }
    found.sort(Comparator.comparingInt((TicketHead h) -> ordinal(tree, h)).thenComparing(TicketHead::id));
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }

  static TimingLightCounts countLights(Iterable<TicketHead> heads, Optional<GridNode> under, Instant at) {
    require(under, "under");
    require(at, "at");
    long[] n = new long[3];
    GridTree tree = under.map(GridNode::tree).orElse(null);
    int from = under.map(GridNode::ordinal).orElse(0);
    int to = under.map(u -> u.ordinal() + u.subtreeSize()).orElse(0);
    for (TicketHead h : heads) {
      if (!h.open()) {
        continue;
      }
      if (tree != null) {
        int o = ordinal(tree, h);
        if (o < from || o >= to) {
          continue;
        }
      }
      n[h.lightAt(at).ordinal()]++;
    }
    return new TimingLightCounts(at, n[TimingLight.GREEN.ordinal()], n[TimingLight.YELLOW.ordinal()],
        n[TimingLight.RED.ordinal()]);
  }
}
