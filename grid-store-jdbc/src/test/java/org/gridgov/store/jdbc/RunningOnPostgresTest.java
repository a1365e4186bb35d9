package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.PointsSource;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** The README's "Running on PostgreSQL": what a service writes to leave the in-memory default. */
class RunningOnPostgresTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private final List<TicketEvent> published = Collections.synchronizedList(new ArrayList<>());

  private void publish(List<TicketEvent> events) {
    published.addAll(events);
  }

  @Test
  void aServiceSwitchesToPostgresWithAJdbcUrl() throws Exception {
    WorkflowWorld world = new WorkflowWorld();
    String jdbcUrl = DB.jdbcUrl();
    String user = DB.user();
    String password = DB.password();
    GridTree tree = world.tree;
    MatterCatalogue catalogue = world.catalogue;
    PointsRules rules = PointsRules.standard(catalogue);
    MutableClock clock = MutableClock.at("2024-03-04T10:00");

    // snippet: store-running-on-postgres
    JdbcStores stores = JdbcStores.connect(jdbcUrl, user, password);      // a pool, the schema migrated
    TicketService service = TicketService.builder().tree(tree).catalogue(catalogue).clock(clock)
        .store(stores.tickets(tree))                                       // instead of the in-memory default
        .build();
    PointsLedger ledger = PointsLedger.create(rules, ScoringPeriod.CHINA, stores.points());
    OutboxRelay relay = stores.relay("kafka", (ticket, events) -> publish(events));  // once per append
    relay.start(Duration.ofSeconds(1));
    // end snippet

    try (stores; relay) {
      Ticket t = service.report(world.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1), world.worker);
      assertThat(ledger.award("zhang-min", PointsOutcome.VERIFIED_REPORT, PointsSource.ticket(t.id(), 1), 7,
          Optional.empty(), Instant.parse("2024-03-04T02:00:00Z"), "上报核实")).isPresent();
      for (int i = 0; i < 1000 && published.isEmpty(); i++) {
        Thread.sleep(20);
      }
      assertThat(published).extracting(TicketEvent::ticketId).containsExactly(t.id());
      assertThat(stores.schema()).isEqualTo(JdbcStores.DEFAULT_SCHEMA);
      assertThat(service.get(t.id(), world.centre)).isEqualTo(Ticket.replay(service.store().events(t.id())));
    }
  }
}
