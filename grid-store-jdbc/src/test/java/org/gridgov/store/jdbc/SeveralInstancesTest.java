package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.ConflictException;
import org.gridgov.store.jdbc.testing.EmbeddedDatabase;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.TicketStoreContractAccess;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database (多实例): two {@link JdbcStores} with two pools hammer the
 * same tickets from several threads. Of two appends at one version exactly one wins, the other gets
 * a conflict; nothing is lost or duplicated; every ticket's head is the replay of its events.
 */
class SeveralInstancesTest {
  private static final EmbeddedDatabase DB = EmbeddedDatabase.shared();
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
  private static JdbcStores first;
  private static JdbcStores second;

  @BeforeAll
  static void connect() {
    String schema = EmbeddedDatabase.uniqueSchema("instances");
    first = DB.connect(schema, 4);
    second = DB.connect(schema, 4);
  }

  @AfterAll
  static void close() {
    first.close();
    second.close();
  }

  private static void open(TicketStore store, TicketId id) {
    TicketEvent e = TicketStoreContractAccess.reported(id, T0);
    store.append(id, 0, List.of(e), Ticket.replay(List.of(e)));
  }

  @Test
  void ofTwoInstancesAppendingAtOneVersionExactlyOneWinsEveryTime() throws Exception {
    TicketStore a = first.tickets(WORLD.tree);
    TicketStore b = second.tickets(WORLD.tree);
    TicketId id = TicketId.of("duel");
    open(a, id);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (int round = 0; round < 25; round++) {
      long v = a.version(id);
      List<TicketEvent> log = b.events(id);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (TicketStore s : List.of(a, b)) {
        String who = s == a ? "a" : "b";
        results.add(pool.submit(() -> {
          TicketEvent e = TicketStoreContractAccess.note(id, v + 1, T0, who + round(v));
          List<TicketEvent> all = new ArrayList<>(log);
          all.add(e);
          go.await();
          try {
            s.append(id, v, List.of(e), Ticket.replay(all));
            return true;
          } catch (ConflictException c) {
            return false;
          }
        }));
      }
      go.countDown();
      int wins = 0;
      for (Future<Boolean> f : results) {
        wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).as("round %d", round).isEqualTo(1);
      assertThat(b.version(id)).isEqualTo(v + 1);
    }
    pool.shutdown();
  }

  private static String round(long v) {
    return ":" + v;
  }

  @Test
  void twoInstancesHammeringTheSameTicketsLoseAndDuplicateNothing() throws Exception {
    List<TicketStore> stores = List.of(first.tickets(WORLD.tree), second.tickets(WORLD.tree));
    List<TicketId> tickets = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      TicketId id = TicketId.of("busy-" + i);
      open(stores.get(i % 2), id);
      tickets.add(id);
    }
    int threads = 4;
    int each = 60;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int me = k;
      TicketStore store = stores.get(k % 2);
      futures.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < each; i++) {
          TicketId id = tickets.get((me + i) % tickets.size());
          while (true) {
            List<TicketEvent> log = store.events(id);
            TicketEvent e = TicketStoreContractAccess.note(id, log.size() + 1, T0.plusSeconds(i), me + ":" + i);
            List<TicketEvent> all = new ArrayList<>(log);
            all.add(e);
            try {
              store.append(id, log.size(), List.of(e), Ticket.replay(all), Optional.of(T0.plusSeconds(me * 1000L + i)));
              break;
            } catch (ConflictException retry) {
              conflicts.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Set<String> comments = new HashSet<>();
    int events = 0;
    for (TicketId id : tickets) {
      List<TicketEvent> log = stores.get(1).events(id);
      events += log.size();
      for (int v = 0; v < log.size(); v++) {
        assertThat(log.get(v).version()).isEqualTo(v + 1);
      }
      log.forEach(e -> e.comment().ifPresent(comments::add));
      Ticket replayed = Ticket.replay(log);
      TicketHead head = stores.get(0).head(id).orElseThrow();
      assertThat(head.version()).isEqualTo(replayed.version());
      assertThat(head.updatedAt()).isEqualTo(replayed.updatedAt());
      assertThat(head.state()).isEqualTo(replayed.state());
    }
    assertThat(events).as("every write landed once").isEqualTo(tickets.size() + threads * each);
    assertThat(comments).as("no write twice").hasSize(threads * each);
    assertThat(conflicts.get()).as("the instances did race").isPositive();
  }

  @Test
  void theClockOfEitherInstanceActsOnTicketsTheOtherOpened() {
    org.gridgov.workflow.testing.MutableClock clock = org.gridgov.workflow.testing.MutableClock.at("2024-03-04T09:00");
    org.gridgov.workflow.TicketService a = WORLD.service(clock, first.tickets(WORLD.tree));
    org.gridgov.workflow.TicketService b = WORLD.service(clock, second.tickets(WORLD.tree));
    Ticket t = a.report(WORLD.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1), WORLD.worker);
    clock.set("2024-03-04T09:30");
    a.execute(org.gridgov.workflow.Commands.accept(t.id(), WORLD.centre));
    clock.set("2024-03-04T10:00");
    a.execute(org.gridgov.workflow.Commands.dispatch(t.id(), WORLD.centre));
    a.execute(org.gridgov.workflow.Commands.sign(t.id(), WORLD.urbanManagement));
    clock.set("2024-03-11T09:30:01");
    assertThat(b.sweep().events()).extracting(TicketEvent::type).contains(org.gridgov.workflow.TicketEventType.OVERDUE);
    assertThat(a.sweep().events()).as("the first instance finds the work done").isEmpty();
    assertThat(a.get(t.id(), WORLD.centre).overdueRecorded()).isTrue();
  }
}
