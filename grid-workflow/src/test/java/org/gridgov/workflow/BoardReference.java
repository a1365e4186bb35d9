package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TimingLightCounts;

/**
 * The brute-force answers the timing board must give (看板参照): every open ticket's head classified
 * by {@link TicketHead#lightAt} one by one, filtered by grid, counted and sorted.
 */
final class BoardReference {
  private final GridTree tree;
  private final List<TicketHead> open = new ArrayList<>();

  BoardReference(GridTree tree, Collection<TicketHead> heads) {
    this.tree = tree;
    heads.stream().filter(TicketHead::open).forEach(open::add);
  }

  /** A predicate for the tickets whose grid lies under any of {@code parts}. */
  Predicate<TicketHead> under(Collection<GridNode> parts) {
    return h -> parts.stream().anyMatch(p -> p.covers(tree.node(h.grid())));
  }

  TimingLightCounts counts(Predicate<TicketHead> where, Instant at) {
    long[] n = new long[3];
    open.stream().filter(where).forEach(h -> n[h.lightAt(at).ordinal()]++);
    return new TimingLightCounts(at, n[0], n[1], n[2]);
  }

  List<TicketId> ids(Predicate<TicketHead> where, TimingLight light, Instant at) {
    return open.stream().filter(where).filter(h -> h.lightAt(at) == light).map(TicketHead::id).sorted().toList();
  }

  /** Red by the second they turned red, yellow by the second they will (paused ones last); ties by id. */
  List<TicketId> page(Predicate<TicketHead> where, TimingLight light, Instant at, int limit) {
    return open.stream().filter(where).filter(h -> h.lightAt(at) == light)
        .sorted(Comparator.comparingLong((TicketHead h) -> h.redAfter().map(BoardReference::second).orElse(Long.MAX_VALUE))
            .thenComparing(TicketHead::id))
        .limit(limit).map(TicketHead::id).toList();
  }

  private static long second(Instant t) {
    return t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
  }
}
