package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.ConflictException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.TicketStoreContractAccess;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox (事务发件箱): an append and its outbox rows commit together; the relay
 * hands each row to its listener and deletes it; a listener that throws leaves its row, delivered
 * later; a row whose delivery did not finish is delivered again with the same events.
 */
class OutboxRelayTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
  private String schema;
  private JdbcStores stores;
  private TicketStore store;

  @BeforeEach
  void connect() {
    schema = EmbeddedDatabase.uniqueSchema("outbox");
    stores = DB.connect(schema, 4);
    store = stores.tickets(WORLD.tree);
  }

  @AfterEach
  void close() {
    stores.close();
  }

  private void open(String id, int notes) {
    TicketId t = TicketId.of(id);
    List<TicketEvent> log = new ArrayList<>(List.of(TicketStoreContractAccess.reported(t, T0)));
    store.append(t, 0, log, Ticket.replay(log));
    for (int i = 0; i < notes; i++) {
      TicketEvent e = TicketStoreContractAccess.note(t, log.size() + 1, T0.plusSeconds(i), "n" + i);
      log.add(e);
      store.append(t, log.size() - 1, List.of(e), Ticket.replay(log));
    }
  }

  /** Makes every waiting row due now, instead of waiting for its back-off. */
  private void due() {
    DB.sql(schema, "UPDATE ticket_outbox SET next_attempt_at = now()");
  }

  @Test
  void everyAppendAfterRegistrationReachesTheListenerOnceWithTheTicketAfterIt() {
    open("before", 0);
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    try (OutboxRelay relay = stores.relay("audit", (ticket, events) -> events.forEach(e ->
        heard.add(e.ticketId() + "@" + e.version() + "/" + ticket.version())))) {
      open("t-1", 2);
      open("t-2", 0);
      assertThat(relay.pending()).isEqualTo(4);
      assertThat(relay.deliverPending()).isEqualTo(4);
      assertThat(relay.deliverPending()).isZero();
      assertThat(heard).containsExactly("t-1@1/1", "t-1@2/2", "t-1@3/3", "t-2@1/1");
      assertThat(relay.pending()).isZero();
    }
  }

  @Test
  void aListenerThatThrowsLeavesItsRowWhichIsDeliveredLater() {
    AtomicInteger calls = new AtomicInteger();
    List<String> heard = new ArrayList<>();
    try (OutboxRelay relay = stores.relay("flaky", (ticket, events) -> {
      if (calls.incrementAndGet() <= 2) {
        throw new IllegalStateException("the broker is down");
      }
      events.forEach(e -> heard.add(e.ticketId() + "@" + e.version()));
    })) {
      open("f-1", 1);
      assertThat(relay.deliverPending()).as("the first row fails, the rest wait").isZero();
      assertThat(relay.pending()).isEqualTo(2);
      assertThat(relay.deliverPending()).as("the failed row waits for its back-off; the next one fails").isZero();
      due();
      assertThat(relay.deliverPending()).isEqualTo(2);
      assertThat(heard).containsExactly("f-1@1", "f-1@2");
      assertThat(relay.pending()).isZero();
    }
  }

  @Test
  void aDeliveryThatDidNotFinishIsRedeliveredWithTheSameEvents() {
    List<List<TicketEvent>> deliveries = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    try (OutboxRelay relay = stores.relay("crashing", (ticket, events) -> {
      deliveries.add(events);
      if (calls.incrementAndGet() == 1) {
        // the process dies after the listener's effect and before the row is deleted
        throw new OutOfMemoryError("simulated death of the process after the listener returned");
      }
    })) {
      open("c-1", 0);
      assertThatThrownBy(relay::deliverPending).isInstanceOf(OutOfMemoryError.class);
      assertThat(relay.pending()).as("the transaction that would delete the row rolled back").isEqualTo(1);
      assertThat(relay.deliverPending()).isEqualTo(1);
      assertThat(deliveries).hasSize(2);
      assertThat(deliveries.get(1)).as("the same events again: an idempotent listener sees nothing new")
          .isEqualTo(deliveries.get(0));
    }
  }

  @Test
  void twoRelaysOfOneListenerShareItsRowsAndNeverDeliverOneTwice() throws Exception {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 30; i++) {
      open("s-" + i, 1);
    }
    try (JdbcStores other = DB.connect(schema, 4);
        OutboxRelay late = stores.relay("shared", (t, e) -> { })) {
      late.close();
      for (int i = 30; i < 130; i++) {
        open("s-" + i, 1);
      }
      OutboxRelay a = stores.relay("shared", (t, events) -> events.forEach(e -> heard.add(e.ticketId() + "@" + e.version())));
      OutboxRelay b = other.relay("shared", (t, events) -> events.forEach(e -> heard.add(e.ticketId() + "@" + e.version())));
      Thread ta = new Thread(a::deliverPending);
      Thread tb = new Thread(b::deliverPending);
      ta.start();
      tb.start();
      ta.join(60_000);
      tb.join(60_000);
      assertThat(heard).as("rows appended after registration only, each once").hasSize(200).doesNotHaveDuplicates();
      assertThat(a.pending()).isZero();
    }
  }

  @Test
  void aStartedRelayDeliversOnItsOwnThreadUntilClosed() throws Exception {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    try (OutboxRelay relay = stores.relay("timer", (t, events) -> events.forEach(e -> heard.add(e.ticketId().value())))) {
      relay.start(Duration.ofMillis(20));
      assertThatThrownBy(() -> relay.start(Duration.ofMillis(20))).isInstanceOf(ConflictException.class);
      open("timed", 0);
      for (int i = 0; i < 500 && heard.isEmpty(); i++) {
        Thread.sleep(20);
      }
      assertThat(heard).containsExactly("timed");
    }
    assertThatThrownBy(() -> stores.relay(" ", (t, e) -> { })).isInstanceOf(InvalidInputException.class);
  }
}
