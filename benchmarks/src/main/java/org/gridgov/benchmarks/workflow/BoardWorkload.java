package org.gridgov.benchmarks.workflow;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.Grid;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingBoard;
import org.gridgov.workflow.spi.TicketHead;

/**
 * The open tickets the board benchmarks ask about: {@code n} tickets in Taibaihu's 219 basic grids
 * (district → 5 streets → 57 communities → basic grids), filed at random instants in February–March
 * 2024 with limits of 2 working hours, 5 and 15 working days and 7 calendar days, so all three lights
 * occur at {@link #AT}; each as the head the store keeps, fed to a {@link TimingBoard} and to the
 * {@link ColumnBoard} baseline. Prints the board's memory.
 */
final class BoardWorkload {
  /** When the lights are asked: 2024-03-20 10:00 in Asia/Shanghai. */
  static final Instant AT = Instant.parse("2024-03-20T02:00:00Z");

  final GridTree tree;
  final List<TicketHead> heads;
  final TimingBoard board;
  final ColumnBoard columns;
  final GridNode city;
  final GridNode street;
  final GridNode community;

  BoardWorkload(int n, boolean withColumns) {
    tree = org.gridgov.examples.Place.load("taibaihu").tree();
    city = tree.node(tree.roots().get(0).code());
    street = tree.node(tree.children(city.code()).get(0).code());
    community = tree.node(tree.children(street.code()).get(3 % tree.children(street.code()).size()).code());
    List<GridNode> basic = new ArrayList<>();
    for (GridNode node : tree.nodes()) {
      if (node.children().isEmpty()) {
        basic.add(node);
      }
    }
    heads = heads(n, basic);
    long before = usedAfterGc();
    board = TimingBoard.of(tree);
    heads.forEach(board::update);
    long after = usedAfterGc();
    System.out.printf("%nboard: %,d open tickets in %d basic grids; arrays counted %,d bytes (%.1f B per open ticket); "
        + "heap used after GC grew by %,d bytes (%.1f B per open ticket)%n", board.size(), basic.size(), board.bytes(),
        board.bytes() / (double) n, after - before, (after - before) / (double) n);
    columns = withColumns ? new ColumnBoard(tree, heads) : null;
    System.out.printf("street %s: %d open; community %s: %d open%n", street.code(),
        board.counts(street, AT).total(), community.code(), board.counts(community, AT).total());
  }

  static List<TicketHead> heads(int n, List<GridNode> basic) {
    BusinessCalendar calendar = BusinessCalendar.chinese();
    SplittableRandom random = new SplittableRandom(2024);
    TimeLimit[] limits = {TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.workingDays(15), TimeLimit.calendarDays(7)};
    Instant from = Instant.parse("2024-02-01T01:00:00Z");
    List<TicketHead> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Instant start = from.plusSeconds(random.nextLong(48L * 24 * 3600));
      Deadline d = calendar.start(start, limits[random.nextInt(limits.length)]);
      Grid g = basic.get(random.nextInt(basic.size())).grid();
      out.add(new TicketHead(TicketId.of(String.format("T%07d", i)), 2, true, g.code(), "city.road-damage", "filed",
          Optional.empty(), start, start, Optional.of(d.warnAt()), Optional.of(d.dueAt()), Optional.of(d.warnAt())));
    }
    return out;
  }

  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
