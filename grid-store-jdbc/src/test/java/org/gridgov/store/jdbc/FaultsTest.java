package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.ConflictException;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.TicketStoreContractAccess;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the connection goes (连接中断): the pool closed, the server stopped and restarted, every
 * connection killed between two commands. Each is a {@link StoreUnavailableException}, the retry
 * succeeds, and no event is stored twice. These tests stop their own server.
 */
class FaultsTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
  private static EmbeddedDatabase db;

  @BeforeAll
  static void start() {
    db = EmbeddedDatabase.own();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  private static Ticket open(TicketStore store, TicketId id) {
    TicketEvent e = TicketStoreContractAccess.reported(id, T0);
    Ticket t = Ticket.replay(List.of(e));
    store.append(id, 0, List.of(e), t);
    return t;
  }

  /** The note after the ticket's log, and the replay through it. */
  private static List<Object> next(TicketStore store, TicketId id, String comment) {
    List<TicketEvent> log = new ArrayList<>(store.events(id));
    TicketEvent e = TicketStoreContractAccess.note(id, log.size() + 1, T0.plusSeconds(60), comment);
    log.add(e);
    return List.of(e, Ticket.replay(log));
  }

  private static void append(TicketStore store, TicketId id, long expected, List<Object> note) {
    store.append(id, expected, List.of((TicketEvent) note.get(0)), (Ticket) note.get(1));
  }

  @Test
  void aClosedPoolIsATypedErrorAndTheRetryOnANewPoolAppendsOnce() {
    String schema = EmbeddedDatabase.uniqueSchema("closed");
    JdbcStores stores = db.connect(schema, 2);
    TicketStore store = stores.tickets(WORLD.tree);
    TicketId id = TicketId.of("pool-closed");
    open(store, id);
    List<Object> note = next(store, id, "after the pool closed");
    stores.close();
    assertThatThrownBy(() -> append(store, id, 1, note)).isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("append").hasMessageContaining("retry");
    assertThatThrownBy(() -> store.events(id)).isInstanceOf(StoreUnavailableException.class);
    try (JdbcStores again = db.connect(schema, 2)) {
      TicketStore retry = again.tickets(WORLD.tree);
      append(retry, id, 1, note);
      assertThat(retry.events(id)).extracting(TicketEvent::version).containsExactly(1L, 2L);
    }
  }

  @Test
  void aServerStoppedAndRestartedIsATypedErrorAndTheRetryAppendsOnce() {
    String schema = EmbeddedDatabase.uniqueSchema("restart");
    try (JdbcStores stores = db.connect(schema, 2)) {
      TicketStore store = stores.tickets(WORLD.tree);
      TicketId id = TicketId.of("restarted");
      open(store, id);
      List<Object> note = next(store, id, "while the server was down");
      db.stop();
      try {
        assertThatThrownBy(() -> append(store, id, 1, note)).isInstanceOf(StoreUnavailableException.class)
            .satisfies(e -> assertThat(((StoreUnavailableException) e).field()).isEqualTo("append"));
      } finally {
        db.restart();
      }
      append(store, id, 1, note);
      assertThat(store.events(id)).extracting(TicketEvent::version).containsExactly(1L, 2L);
      assertThat(store.head(id).orElseThrow().version()).isEqualTo(2);
    }
  }

  @Test
  void connectionsKilledBetweenTwoCommandsAreATypedErrorOrAFreshConnectionAndNothingTwice() {
    String schema = EmbeddedDatabase.uniqueSchema("killed");
    try (JdbcStores stores = db.connect(schema, 3)) {
      TicketStore store = stores.tickets(WORLD.tree);
      TicketId id = TicketId.of("killed");
      open(store, id);
      int dropped = 0;
      for (int i = 0; i < 5; i++) {
        List<Object> note = next(store, id, "after kill " + i);
        db.sql("public", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            + "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
        try {
          append(store, id, i + 1, note);
        } catch (StoreUnavailableException e) {
          dropped++;
          append(store, id, i + 1, note);
        }
      }
      assertThat(dropped).as("a killed connection handed out again within Hikari's 500 ms alive window").isPositive();
      assertThat(store.events(id)).extracting(TicketEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }
  }

  @Test
  void aRetryOfAnAppendThatDidCommitIsAConflictAndTheEventIsStoredOnce() {
    try (JdbcStores stores = db.connect(EmbeddedDatabase.uniqueSchema("inflight"), 2)) {
      TicketStore store = stores.tickets(WORLD.tree);
      TicketId id = TicketId.of("in-flight");
      open(store, id);
      List<Object> note = next(store, id, "committed, answer lost");
      append(store, id, 1, note);
      assertThatThrownBy(() -> append(store, id, 1, note)).isInstanceOf(ConflictException.class)
          .hasMessageContaining("is at version 2");
      assertThat(store.events(id)).hasSize(2).last().isEqualTo(note.get(0));
    }
  }
}
