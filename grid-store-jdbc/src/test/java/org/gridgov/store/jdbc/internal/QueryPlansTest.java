package org.gridgov.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.store.jdbc.JdbcStores;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every read a service needs is an index scan (索引查询计划): {@code EXPLAIN} of the store's own SQL,
 * with its own parameters, over 200,000 tickets (a quarter of them open), 600,000 events and 200,000
 * ledger entries shows an index (or index-only) scan and no sequential scan, and no recursive CTE.
 * The plans are printed; {@code docs/store.md} shows them.
 */
class QueryPlansTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static final OffsetDateTime NOW = OffsetDateTime.of(2024, 3, 4, 2, 0, 0, 0, ZoneOffset.UTC);
  private static String schema;
  private static Handle h;

  @BeforeAll
  static void load() {
    schema = EmbeddedDatabase.uniqueSchema("plans");
    DB.connect(schema, 1).close();
    DB.sql(schema,
        "INSERT INTO ticket_head SELECT 'T' || lpad(i::text, 8, '0'), 3, i % 4 = 0, '370811001001001', i % 20000, "
            + "'city.road-damage', 'handling', NULL, '2024-03-01T00:00Z', '2024-03-01T00:00Z', "
            + "timestamptz '2024-03-01T00:00Z' + (i % 9000) * interval '1 minute', "
            + "timestamptz '2024-03-01T00:00Z' + (i % 12000) * interval '1 minute', "
            + "CASE WHEN i % 3 > 0 THEN timestamptz '2024-03-01T00:00Z' + (i % 11000) * interval '1 minute' END "
            + "FROM generate_series(1, 200000) i",
        "INSERT INTO ticket_event (ticket_id, version, event_type, occurred_at, matter_type, grid_code, event) "
            + "SELECT 'T' || lpad(i::text, 8, '0'), v, CASE WHEN v = 1 THEN 'REPORTED' ELSE 'NOTED' END, "
            + "timestamptz '2024-01-01T00:00Z' + (i * 3 + v) * interval '17 seconds', 'city.road-damage', "
            + "'370811001001001', '{}' FROM generate_series(1, 200000) i, generate_series(1, 3) v ORDER BY 1, 2",
        "INSERT INTO points_entry (entry_id, person, kind, outcome, points, requested, source_kind, source_id, "
            + "source_version, source_key, party, at, at_nano, note) SELECT i, 'w' || (i % 2000), 'AWARD', "
            + "'VERIFIED_REPORT', 7, 7, 'TICKET', 'T' || i, 1, 'ticket:T' || i, 'w' || (i % 2000), "
            + "timestamptz '2024-01-01T00:00Z' + i * interval '1 minute', 0, 'rule' FROM generate_series(1, 200000) i",
        "VACUUM ANALYZE ticket_head", "VACUUM ANALYZE ticket_event", "VACUUM ANALYZE points_entry");
    h = Jdbi.create(DB.jdbcUrl(), DB.user(), DB.password()).installPlugin(new PostgresPlugin()).open();
    h.execute("SET search_path TO " + schema);
  }

  @AfterAll
  static void close() {
    h.close();
  }

  private static String explain(String name, String sql, Map<String, Object> binds) {
    Query q = h.createQuery("EXPLAIN " + sql);
    binds.forEach(q::bind);
    String plan = String.join("\n", q.mapTo(String.class).list());
    System.out.println("-- " + name + "\n" + sql + "\n" + plan + "\n");
    assertThat(plan).as(name).contains("Index").doesNotContain("Seq Scan").doesNotContainIgnoringCase("recursive");
    return plan;
  }

  private static Map<String, Object> binds(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void aTicketsEventsAreOneRangeOfThePrimaryKey() {
    assertThat(explain("a ticket's events", JdbcTicketStore.EVENTS_AFTER, binds("id", "T00012345", "v", 0L)))
        .contains("ticket_event_pkey");
    explain("the events of a period", JdbcTicketStore.EVENTS_BETWEEN,
        binds("from", Times.floor(Instant.parse("2024-01-02T00:00:00Z")), "to", Times.floor(Instant.parse("2024-01-02T01:00:00Z"))));
  }

  @Test
  void theSweepsAlarmsAreARangeOfThePartialAlarmIndex() {
    assertThat(explain("alarms due", HeadQueries.ALARMS_DUE, binds("at", NOW, "n", 1000))).contains("ticket_head_alarm");
  }

  @Test
  void openTicketsUnderAGridAndTheirLightCountsAreARangeOfOrdinals() {
    assertThat(explain("open tickets under a grid", HeadQueries.OPEN_UNDER,
        binds("from", 1200, "to", 1300, "ao", Integer.MIN_VALUE, "aid", "", "n", 500))).contains("ticket_head_open_grid");
    assertThat(explain("light counts under a grid", HeadQueries.COUNTS_UNDER,
        binds("ceil", NOW, "floor", NOW, "from", 1200, "to", 1300))).contains("ticket_head_open_grid");
  }

  @Test
  void theLightCountsOfAllOpenTicketsReadThePartialIndexOfOpenTickets() {
    assertThat(explain("light counts", HeadQueries.COUNTS, binds("ceil", NOW, "floor", NOW))).contains("ticket_head_open_light");
  }

  @Test
  void aWorkersAndADepartmentsPointsForAPeriodAreARangeOfThePersonIndex() {
    OffsetDateTime from = OffsetDateTime.of(2024, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    OffsetDateTime to = from.plusMonths(1);
    assertThat(explain("a department's points", JdbcPointsStore.TOTAL,
        binds("ps", List.of("w1", "w2", "w3").toArray(new String[0]), "from", from, "to", to)))
        .contains("points_entry_person_at");
    assertThat(explain("cap room", JdbcPointsStore.AWARDED, binds("p", "w7", "from", from, "to", to)))
        .contains("points_entry_person_at");
  }
}
