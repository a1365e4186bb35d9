package org.gridgov.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TimingLightCounts;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The reads of a service on {@code ticket_head} (索引查询), each one index range scan: the sweep's
 * alarms on {@code ticket_head_alarm}, the open tickets under a grid and their light counts on
 * {@code ticket_head_open_grid} (an interval of preorder ordinals, index only), the light counts of
 * all open tickets on {@code ticket_head_open_light} (index only).
 *
 * <p>Stored instants are whole microseconds; a light is compared as {@code red_after < ceil(at)} and
 * {@code yellow_at <= floor(at)}, which for whole-microsecond instants (every deadline the calendar
 * makes is a whole second) is exactly {@code at > redAfter} and {@code at >= yellowAt}.
 */
final class HeadQueries {
  static final int MAX_LIMIT = 100_000;
  private static final String COLUMNS = "ticket_id, version, open, grid_code, matter_type, state, department, "
      + "reported_at, updated_at, yellow_at, red_after, next_alarm";
  static final String HEAD = "SELECT " + COLUMNS + " FROM ticket_head WHERE ticket_id = :id";
  static final String ALARMS_DUE = "SELECT ticket_id FROM ticket_head WHERE open "
      + "AND next_alarm IS NOT NULL AND next_alarm <= :at ORDER BY next_alarm, ticket_id LIMIT :n";
  static final String OPEN_UNDER = "SELECT " + COLUMNS + " FROM ticket_head WHERE open "
      + "AND grid_ordinal >= :from AND grid_ordinal < :to AND (grid_ordinal, ticket_id) > (:ao, :aid) "
      + "ORDER BY grid_ordinal, ticket_id LIMIT :n";
  static final String COUNTS = "SELECT count(*) FILTER (WHERE red_after < :ceil) AS red, "
      + "count(*) FILTER (WHERE (red_after IS NULL OR red_after >= :ceil) AND yellow_at <= :floor) AS yellow, "
      + "count(*) AS total FROM ticket_head WHERE open";

  static final String COUNTS_UNDER = COUNTS + " AND grid_ordinal >= :from AND grid_ordinal < :to";

  private final Database db;
  private final GridTree tree;

  HeadQueries(Database db, GridTree tree) {
    this.db = db;
    this.tree = tree;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", Integer.toString(limit), "must be from 1 to " + MAX_LIMIT);
    }
  }

  static TicketHead map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new TicketHead(TicketId.of(rs.getString("ticket_id")), rs.getLong("version"), rs.getBoolean("open"),
        GridCode.parse(rs.getString("grid_code")), rs.getString("matter_type"), rs.getString("state"),
        Optional.ofNullable(rs.getString("department")), instant(rs, "reported_at").orElseThrow(),
        instant(rs, "updated_at").orElseThrow(), instant(rs, "yellow_at"), instant(rs, "red_after"),
        instant(rs, "next_alarm"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Times.readOptional(rs.getObject(column, OffsetDateTime.class));
  }

  Optional<TicketHead> head(TicketId ticket) {
    require(ticket, "ticket");
    return db.read("head", h -> h.createQuery(HEAD)
        .bind("id", ticket.value()).map(HeadQueries::map).findOne());
  }

  boolean reschedule(TicketId ticket, long version, Optional<Instant> nextAlarm) {
    require(ticket, "ticket");
    require(nextAlarm, "nextAlarm");
    OffsetDateTime alarm = Times.stored("nextAlarm", nextAlarm);
    return db.call("reschedule", h -> h.createUpdate("UPDATE ticket_head SET next_alarm = :alarm "
        + "WHERE ticket_id = :id AND version = :v AND open").bindByType("alarm", alarm, OffsetDateTime.class)
        .bind("id", ticket.value()).bind("v", version).execute()) == 1;
  }

  List<TicketId> alarmsDue(Instant at, int limit) {
    require(at, "at");
    checkLimit(limit);
    return db.read("alarmsDue", h -> h.createQuery(ALARMS_DUE)
        .bind("at", Times.floor(at)).bind("n", limit).map((rs, ctx) -> TicketId.of(rs.getString(1))).list());
  }

  List<TicketHead> openUnder(GridNode under, Optional<TicketHead> after, int limit) {
    require(under, "under");
    require(after, "after");
    checkLimit(limit);
    GridNumbering.requireSameNumbering(tree, under);
    int from = under.ordinal();
    int to = from + under.subtreeSize();
    int afterOrdinal = after.map(a -> under.tree().findNode(a.grid()).map(GridNode::ordinal).orElse(-1))
        .orElse(Integer.MIN_VALUE);
    String afterId = after.map(a -> a.id().value()).orElse("");
    return db.read("openUnder", h -> h.createQuery(OPEN_UNDER).bind("from", from).bind("to", to).bind("ao", afterOrdinal)
        .bind("aid", afterId).bind("n", limit).map(HeadQueries::map).list());
  }

  TimingLightCounts countLights(Optional<GridNode> under, Instant at) {
    require(at, "at");
    under.ifPresent(u -> GridNumbering.requireSameNumbering(tree, u));
    String sql = under.isPresent() ? COUNTS_UNDER : COUNTS;
    long[] n = db.read("countLights", h -> {
      Query q = h.createQuery(sql).bind("ceil", Times.ceil(at)).bind("floor", Times.floor(at));
      under.ifPresent(u -> q.bind("from", u.ordinal()).bind("to", u.ordinal() + u.subtreeSize()));
      return q.map((rs, ctx) -> new long[] {rs.getLong("red"), rs.getLong("yellow"), rs.getLong("total")}).one();
    });
    return new TimingLightCounts(at, n[2] - n[1] - n[0], n[1], n[0]);
  }
}
