package org.gridgov.benchmarks.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterClass;
import org.gridgov.core.TimeLimit;
import org.gridgov.store.jdbc.JdbcStores;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.WorkflowWorld;

/**
 * The stores the store benchmarks compare, on Taibaihu's tree (219 basic grids): the in-memory
 * store, or PostgreSQL with {@code synchronous_commit} off (the embedded server's default: a commit
 * returns before its WAL is flushed; a crash may lose the last moments, never half an append) or on.
 */
final class StoreWorkload implements AutoCloseable {
  static final Instant T0 = Instant.parse("2024-02-01T01:00:00Z");
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final BusinessCalendar CN = BusinessCalendar.chinese();

  final GridTree tree = org.gridgov.examples.Place.load("taibaihu").tree();
  final List<GridNode> basic = tree.nodes().stream().filter(n -> n.children().isEmpty()).toList();
  final TicketStore store;
  private final EmbeddedDatabase db;
  private final JdbcStores stores;

  StoreWorkload(String kind) {
    if (kind.equals("memory")) {
      db = null;
      stores = null;
      store = new InMemoryTicketStore();
      return;
    }
    db = EmbeddedDatabase.own();
    db.sql("public", "ALTER DATABASE postgres SET synchronous_commit TO " + (kind.equals("postgres-sync") ? "on" : "off"));
    stores = db.connect("bench", 8);
    store = stores.tickets(tree);
  }

  /** The REPORTED event of ticket {@code id} in the {@code n}th basic grid, its main clock started. */
  TicketEvent reported(TicketId id, int n, Instant at, TimeLimit limit) {
    GridNode grid = basic.get(Math.floorMod(n, basic.size()));
    Deadline d = CN.start(at, limit);
    return TicketEvent.builder().ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
        .state("reported").actor(WORLD.worker).role("reporter").occurredAt(at)
        .payload(new EventPayload.Reported("standard", Channel.PATROL, WorkflowWorld.ROAD_DAMAGE, MatterClass.ESCALATED,
            limit, "urban-management", grid.code(), Optional.empty(), Reporter.gridStaff("zhang-min"), Priority.NORMAL,
            "路面破损"))
        .matterType(WorkflowWorld.ROAD_DAMAGE).grid(grid.code()).handlingGrid(grid.code()).deadline(d).build();
  }

  /** Opens a ticket through the store's own append. */
  void open(TicketId id, int n, Instant at, TimeLimit limit) {
    TicketEvent e = reported(id, n, at, limit);
    Ticket t = Ticket.replay(List.of(e));
    store.append(id, 0, List.of(e), t, Optional.of(e.deadline().orElseThrow().warnAt()));
  }

  /**
   * Puts {@code count} open tickets in the store: through appends in memory; in PostgreSQL as head
   * rows written by one INSERT … SELECT (what a million appends would leave in {@code ticket_head}),
   * then VACUUM ANALYZE. Reports spread over February and March 2024 with limits of 2 working hours
   * to 15 working days, so all three lights occur.
   */
  void fill(int count) {
    TimeLimit[] limits = {TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.workingDays(15),
        TimeLimit.calendarDays(7)};
    if (db == null) {
      for (int i = 0; i < count; i++) {
        open(TicketId.of("q-" + i), i * 7919, T0.plusSeconds((i * 104_729L) % (59L * 86_400)), limits[i % 4]);
      }
      return;
    }
    Integer[] ordinals = basic.stream().map(GridNode::ordinal).toArray(Integer[]::new);
    String[] codes = basic.stream().map(n -> n.code().value()).toArray(String[]::new);
    String array = "ARRAY[" + String.join(",", java.util.Arrays.stream(ordinals).map(String::valueOf).toList()) + "]";
    String codeArray = "ARRAY['" + String.join("','", codes) + "']";
    db.sql("bench", "INSERT INTO ticket_head SELECT 'q-' || i, 2, true, (" + codeArray + ")[1 + (i::bigint * 7919) % "
        + codes.length + "], (" + array + ")[1 + (i::bigint * 7919) % " + codes.length + "], 'city.road-damage', 'dispatched', "
        + "'urban-management', r, r, r + d * 0.8, r + d, r + d * 0.8 "
        + "FROM (SELECT i, timestamptz '2024-02-01T01:00Z' + ((i * 104729::bigint) % (59 * 86400)) * interval '1 second' AS r, "
        + "(ARRAY[interval '2 hours', interval '7 days', interval '21 days', interval '7 days'])[1 + i % 4] AS d "
        + "FROM generate_series(0, " + (count - 1) + ") i) s",
        "VACUUM ANALYZE ticket_head");
  }

  @Override
  public void close() {
    if (stores != null) {
      stores.close();
      db.close();
    }
  }
}
