package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.ResidentId;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.PointsSource;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.ScenarioRunner;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow service unchanged on the PostgreSQL store (真实数据库上的工单服务): generated plans of
 * reports, commands and clock sweeps run through it; every ticket is the replay of its stored events,
 * the heads agree with the replays, the relay delivers every append once, and no phone or ID number
 * lies in clear in any table or log line.
 */
class ServiceOnPostgresTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
  private static final List<String> PHONES = List.of("13812345678", "15900001111", "18688889999");
  private static String schema;
  private static JdbcStores stores;

  @BeforeAll
  static void connect() {
    schema = EmbeddedDatabase.uniqueSchema("service");
    stores = DB.connect(schema, 6);
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  /** The plan with its reports made by residents who leave their name and phone number. */
  private static WorkflowGenerators.Plan byResidents(WorkflowGenerators.Plan plan) {
    List<NewTicket> reports = new ArrayList<>();
    for (int i = 0; i < plan.reports().size(); i++) {
      NewTicket r = plan.reports().get(i);
      reports.add(NewTicket.builder().from(r).reporter(Reporter.resident("resident-" + i, "王芳", PHONES.get(i % 3))).build());
    }
    return new WorkflowGenerators.Plan(plan.start(), reports, plan.steps());
  }

  @Test
  void generatedPlansRunOnPostgresAndEveryTicketIsTheReplayOfItsStoredEvents() {
    qt().withExamples(12).forAll(WorkflowGenerators.plans(WORLD, 25)).checkAssert(plan -> {
      DB.sql(schema, "TRUNCATE ticket_event, ticket_head, ticket_outbox, grid_numbering");
      TicketStore store = stores.tickets(WORLD.tree);
      Set<String> heard = ConcurrentHashMap.newKeySet();
      List<String> twice = new ArrayList<>();
      try (OutboxRelay relay = stores.relay("audit", (ticket, events) -> events.forEach(e -> {
        if (!heard.add(e.ticketId() + "@" + e.version())) {
          twice.add(e.ticketId() + "@" + e.version());
        }
      }))) {
        ScenarioRunner run = ScenarioRunner.run(WORLD, plan, store, (o, r) -> { });
        relay.deliverPending();
        // the same plan on the in-memory store: the service gives both stores the same alarms
        TicketStore memory = new org.gridgov.workflow.spi.InMemoryTicketStore();
        ScenarioRunner again = ScenarioRunner.run(WORLD, plan, memory, (o, r) -> { });
        int events = 0;
        for (int i = 0; i < run.tickets().size(); i++) {
          TicketId id = run.tickets().get(i);
          List<TicketEvent> log = store.events(id);
          events += log.size();
          Ticket replayed = Ticket.replay(log);
          assertThat(run.service().get(id, WORLD.centre)).isEqualTo(replayed);
          TicketHead head = store.head(id).orElseThrow();
          assertThat(head.version()).isEqualTo(log.size());
          assertThat(head.open()).isEqualTo(replayed.isOpen());
          assertThat(head.yellowAt()).isEqualTo(TicketHead.of(replayed, Optional.empty()).yellowAt());
          assertThat(head.redAfter()).isEqualTo(TicketHead.of(replayed, Optional.empty()).redAfter());
          assertThat(head.nextAlarm()).as("the service's next alarm")
              .isEqualTo(memory.head(again.tickets().get(i)).orElseThrow().nextAlarm());
        }
        assertThat(heard).as("every stored event reached the listener").hasSize(events);
        assertThat(twice).isEmpty();
        assertThat(relay.pending()).isZero();
      }
    });
  }

  @Test
  void aRealisticRunLeavesNoPhoneOrIdNumberInClearInAnyTableOrLogLine() {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<TicketId> ids = new ArrayList<>();
    System.setErr(new PrintStream(new TeeStream(err, log), true, StandardCharsets.UTF_8));
    try {
      qt().withExamples(4).forAll(WorkflowGenerators.plans(WORLD, 30)).checkAssert(plan -> {
        TicketStore store = stores.tickets(WORLD.tree);
        try (OutboxRelay relay = stores.relay("failing", (t, e) -> {
          throw new IllegalStateException("listener down for " + t.reporter());
        })) {
          ScenarioRunner run = ScenarioRunner.run(WORLD, byResidents(plan), store, (o, r) -> { });
          ids.addAll(run.tickets());
          relay.deliverPending();
          PointsLedger ledger = PointsLedger.create(PointsRules.builder().id("t").build(), ScoringPeriod.CHINA, stores.points());
          for (TicketId id : run.tickets()) {
            ledger.award("zhang-min", PointsOutcome.VERIFIED_REPORT, PointsSource.ticket(id, 1), 7, Optional.empty(),
                plan.start(), "上报核实");
          }
        }
      });
      stores.grids().save(WORLD.tree);
    } finally {
      System.setErr(err);
    }
    List<String> tables = new ArrayList<>();
    StringBuilder rows = new StringBuilder();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(DB.jdbcUrl(), DB.user(), DB.password())) {
      try (var rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
          + "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (var rs = c.createStatement().executeQuery("SELECT x::text FROM " + schema + "." + t + " x")) {
          while (rs.next()) {
            rows.append(rs.getString(1)).append('\n');
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(tables).contains("ticket_event", "ticket_head", "ticket_outbox", "points_entry", "grid_version");
    assertThat(rows.toString()).as("the residents' phones are there, masked").contains("138****5678", "王芳");
    assertThat(clear(withoutIds(rows.toString(), ids))).as("phone or ID numbers in clear in the tables").isEmpty();
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).as("the failing listener was logged").contains("listener failing failed");
    assertThat(clear(withoutIds(logged, ids))).as("phone or ID numbers in clear in the log").isEmpty();
  }

  /** Every phone number or valid resident ID number in {@code text}. */
  /**
   * The text without the run's ticket ids: a random id's last group of hex digits can read as a
   * mobile number (…-19327803207c), which is no resident's number.
   */
  private static String withoutIds(String text, List<TicketId> ids) {
    String out = text;
    for (TicketId id : ids) {
      out = out.replace(id.value(), "<ticket>");
    }
    return out;
  }

  private static List<String> clear(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    Matcher id = ID_NUMBER.matcher(text);
    while (id.find()) {
      try {
        ResidentId.parse(id.group());
        found.add(id.group());
      } catch (RuntimeException notAnId) {
        // eighteen digits that fail the GB 11643 check are no ID number
      }
    }
    return found;
  }

  /** Writes to two streams. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int x) throws java.io.IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
