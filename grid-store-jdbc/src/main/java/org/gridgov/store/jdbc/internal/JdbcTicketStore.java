package org.gridgov.store.jdbc.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.spi.TimingLightCounts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The ticket store on PostgreSQL (工单事件库): one {@code ticket_event} row per event, whose primary
 * key (ticket id, version) is the optimistic check, one {@code ticket_head} row per ticket, and one
 * {@code ticket_outbox} row per registered listener — all written by one statement, so one
 * transaction and one round trip per append. The head queries are in {@link HeadQueries}.
 */
public final class JdbcTicketStore implements TicketStore {
  private static final Comparator<TicketEvent> BY_TIME = Comparator.comparing(TicketEvent::occurredAt)
      .thenComparing(TicketEvent::ticketId).thenComparingLong(TicketEvent::version);
  private static final int PAGE = 10_000;
  static final String EVENTS_AFTER = "SELECT event::text FROM ticket_event WHERE ticket_id = :id AND version > :v "
      + "ORDER BY version";
  static final String EVENTS_BETWEEN = "SELECT event::text FROM ticket_event WHERE occurred_at >= :from "
      + "AND occurred_at <= :to";

  private final Database db;
  private final GridTree tree;
  private final String fingerprint;
  private final HeadQueries heads;
  private final ConcurrentHashMap<Integer, String> appendSql = new ConcurrentHashMap<>();

  /**
   * A store numbering grids by {@code tree}.
   *
   * @throws ConflictException when the database numbers grids by another tree
   */
  public JdbcTicketStore(Database db, GridTree tree) {
    this.db = db;
    this.tree = tree;
    GridNumbering.adopt(db, tree);
    this.fingerprint = GridNumbering.fingerprint(tree);
    this.heads = new HeadQueries(db, tree);
  }

  @Override
  public void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after) {
    TicketStore.checkAppend(ticket, expectedVersion, events, after);
    write(ticket, expectedVersion, events, TicketHead.withClockAlarm(after));
  }

  @Override
  public void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after,
      Optional<Instant> nextAlarm) {
    TicketStore.checkAppend(ticket, expectedVersion, events, after);
    if (nextAlarm == null) {
      throw new MissingValueException("nextAlarm");
    }
    write(ticket, expectedVersion, events, TicketHead.of(after, nextAlarm));
  }

  private void write(TicketId ticket, long expectedVersion, List<TicketEvent> events, TicketHead head) {
    int n = events.size();
    String sql = appendSql.computeIfAbsent(n, JdbcTicketStore::appendSql);
    List<String> json = new ArrayList<>(n);
    List<OffsetDateTime> at = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      json.add(EventCodec.write(events.get(i)));
      at.add(Times.stored("events[" + i + "].occurredAt", events.get(i).occurredAt()));
    }
    Integer ordinal = tree.findNode(head.grid()).map(GridNode::ordinal).orElse(null);
    try {
      db.call("append", h -> {
        Update u = h.createUpdate(sql);
        int p = 0;
        for (int i = 0; i < n; i++) {
          TicketEvent e = events.get(i);
          u.bind(p++, ticket.value()).bind(p++, e.version()).bind(p++, e.type().name()).bind(p++, at.get(i))
              .bind(p++, e.matterType()).bind(p++, e.grid().value()).bind(p++, e.department().orElse(null))
              .bind(p++, json.get(i));
        }
        u.bind(p++, ticket.value()).bind(p++, expectedVersion + 1).bind(p++, expectedVersion + n);
        u.bind(p++, ticket.value()).bind(p++, head.version()).bind(p++, head.open()).bind(p++, head.grid().value())
            .bind(p++, fingerprint).bind(p++, ordinal).bind(p++, head.matterType()).bind(p++, head.state())
            .bind(p++, head.department().orElse(null)).bind(p++, Times.stored("reportedAt", head.reportedAt()))
            .bind(p++, Times.stored("updatedAt", head.updatedAt()))
            .bindByType(p++, Times.stored("yellowAt", head.yellowAt()), OffsetDateTime.class)
            .bindByType(p++, Times.stored("redAfter", head.redAfter()), OffsetDateTime.class)
            .bindByType(p++, Times.stored("nextAlarm", head.nextAlarm()), OffsetDateTime.class);
        return u.execute();
      });
    } catch (RuntimeException e) {
      String state = Errors.state(e);
      if (Errors.UNIQUE.equals(state) || Errors.FOREIGN_KEY.equals(state)) {
        throw new ConflictException("expectedVersion", Long.toString(expectedVersion), "ticket " + ticket + " is at version "
            + version(ticket) + "; another change won, re-read and retry");
      }
      throw e;
    }
  }

  private static String appendSql(int n) {
    StringBuilder sb = new StringBuilder("WITH ev AS (INSERT INTO ticket_event (ticket_id, version, event_type, "
        + "occurred_at, matter_type, grid_code, department, event) VALUES ");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))");
    }
    sb.append("), ob AS (INSERT INTO ticket_outbox (listener, ticket_id, first_version, last_version) "
        + "SELECT name, ?, ?, ? FROM outbox_listener) "
        + "INSERT INTO ticket_head AS t (ticket_id, version, open, grid_code, grid_ordinal, matter_type, state, "
        + "department, reported_at, updated_at, yellow_at, red_after, next_alarm) "
        + "VALUES (?, ?, ?, ?, CASE WHEN (SELECT fingerprint FROM grid_numbering) = ? THEN CAST(? AS integer) END, "
        + "?, ?, ?, ?, ?, ?, ?, ?) "
        + "ON CONFLICT (ticket_id) DO UPDATE SET version = EXCLUDED.version, open = EXCLUDED.open, "
        + "grid_code = EXCLUDED.grid_code, grid_ordinal = EXCLUDED.grid_ordinal, matter_type = EXCLUDED.matter_type, "
        + "state = EXCLUDED.state, department = EXCLUDED.department, updated_at = EXCLUDED.updated_at, "
        + "yellow_at = EXCLUDED.yellow_at, red_after = EXCLUDED.red_after, next_alarm = EXCLUDED.next_alarm "
        + "WHERE t.version < EXCLUDED.version");
    return sb.toString();
  }

  @Override
  public List<TicketEvent> events(TicketId ticket) {
    return eventsAfter(ticket, 0);
  }

  @Override
  public List<TicketEvent> eventsAfter(TicketId ticket, long version) {
    TicketStore.checkEventsAfter(ticket, version);
    List<String> rows = db.read("events", h -> h.createQuery(EVENTS_AFTER).bind("id", ticket.value()).bind("v", version)
        .mapTo(String.class).list());
    List<TicketEvent> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(EventCodec.read(r)));
    return List.copyOf(out);
  }

  @Override
  public long version(TicketId ticket) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    return db.read("version", h -> h.createQuery("SELECT version FROM ticket_head WHERE ticket_id = :id")
        .bind("id", ticket.value()).mapTo(Long.class).findOne().orElse(0L));
  }

  @Override
  public void forEachTicket(Consumer<TicketId> action) {
    if (action == null) {
      throw new MissingValueException("action");
    }
    String last = "";
    while (true) {
      String from = last;
      List<String> page = db.read("forEachTicket", h -> h.createQuery("SELECT ticket_id FROM ticket_head "
          + "WHERE ticket_id > :after ORDER BY ticket_id LIMIT :n").bind("after", from).bind("n", PAGE)
          .mapTo(String.class).list());
      page.forEach(id -> action.accept(TicketId.of(id)));
      if (page.size() < PAGE) {
        return;
      }
      last = page.get(page.size() - 1);
    }
  }

  @Override
  public List<TicketEvent> eventsBetween(Instant from, Instant to) {
    if (from == null) {
      throw new MissingValueException("from");
    }
    if (to == null) {
      throw new MissingValueException("to");
    }
    List<String> rows = db.read("eventsBetween", h -> h.createQuery(EVENTS_BETWEEN).bind("from", Times.floor(from)).bind("to", Times.floor(to))
        .mapTo(String.class).list());
    List<TicketEvent> out = new ArrayList<>(rows.size());
    for (String r : rows) {
      TicketEvent e = EventCodec.read(r);
      if (!e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
        out.add(e);
      }
    }
    out.sort(BY_TIME);
    return List.copyOf(out);
  }

  @Override
  public Optional<TicketHead> head(TicketId ticket) {
    return heads.head(ticket);
  }

  @Override
  public boolean keepsHeads() {
    return true;
  }

  @Override
  public boolean reschedule(TicketId ticket, long version, Optional<Instant> nextAlarm) {
    return heads.reschedule(ticket, version, nextAlarm);
  }

  @Override
  public List<TicketId> alarmsDue(Instant at, int limit) {
    return heads.alarmsDue(at, limit);
  }

  @Override
  public List<TicketHead> openUnder(GridNode under, Optional<TicketHead> after, int limit) {
    return heads.openUnder(under, after, limit);
  }

  @Override
  public TimingLightCounts countLights(GridNode under, Instant at) {
    if (under == null) {
      throw new MissingValueException("under");
    }
    return heads.countLights(Optional.of(under), at);
  }

  @Override
  public TimingLightCounts countLights(Instant at) {
    return heads.countLights(Optional.empty(), at);
  }

  /** Numbers the open tickets' grids of {@code db} by {@code tree} from now on. */
  public static void renumber(Database db, GridTree tree) {
    GridNumbering.renumber(db, tree);
  }

  /** Runs {@code work} on one connection: for tests and EXPLAIN. */
  public <T> T withHandle(java.util.function.Function<Handle, T> work) {
    return db.call("query", work);
  }

  @Override
  public String toString() {
    return "JdbcTicketStore[schema " + db.schema() + ", tree of " + tree.size() + " grids]";
  }
}
