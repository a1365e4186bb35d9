package org.gridgov.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.ConflictException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterClass;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TicketStore} must pass (存储契约测试). Extend it, implement
 * {@link #newStore()} (an empty store per call), and run it: the in-memory store runs it in this
 * module; a PostgreSQL adapter runs it against a database. The head queries' tests come with it
 * from {@link TicketQueryContract}; a store that numbers grids numbers them by
 * {@link #contractTree()}.
 */
public abstract class TicketStoreContract extends TicketQueryContract {
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");

  /** The REPORTED event of a ticket. */
  protected static TicketEvent reported(TicketId id, Instant at) {
    return TicketEvent.builder().ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
        .state("reported").actor(WORLD.worker).role("reporter").occurredAt(at)
        .payload(new EventPayload.Reported("standard", Channel.PATROL, WorkflowWorld.ROAD_DAMAGE, MatterClass.ESCALATED,
            TimeLimit.workingDays(5), "urban-management", WorkflowWorld.HEYUN_1, java.util.Optional.empty(),
            Reporter.gridStaff("zhang-min"), Priority.NORMAL, "路面破损"))
        .matterType(WorkflowWorld.ROAD_DAMAGE).grid(WorkflowWorld.HEYUN_1).handlingGrid(WorkflowWorld.HEYUN_1).build();
  }

  /** A note at {@code version}. */
  protected static TicketEvent note(TicketId id, long version, Instant at, String comment) {
    return TicketEvent.builder().ticketId(id).version(version).type(TicketEventType.NOTED).transition("note")
        .fromState("reported").state("reported").actor(WORLD.centre).role("command-centre").occurredAt(at).comment(comment)
        .matterType(WorkflowWorld.ROAD_DAMAGE).grid(WorkflowWorld.HEYUN_1).handlingGrid(WorkflowWorld.HEYUN_1).build();
  }

  private static Ticket replay(List<TicketEvent> events) {
    return Ticket.replay(events);
  }

  private void open(TicketId id, Instant at) {
    TicketEvent first = reported(id, at);
    store.append(id, 0, List.of(first), replay(List.of(first)));
  }

  private void appendNotes(TicketId id, long expected, int n, Instant at) {
    List<TicketEvent> all = new ArrayList<>(store.events(id));
    List<TicketEvent> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(note(id, expected + 1 + i, at, "n" + (expected + 1 + i)));
    }
    all.addAll(batch);
    store.append(id, expected, batch, replay(all));
  }

  @Test
  void aNewTicketIsAppendedAtVersionZeroAndReadBackInOrder() {
    TicketId id = TicketId.of("t-1");
    open(id, T0);
    appendNotes(id, 1, 3, T0.plusSeconds(60));
    List<TicketEvent> events = store.events(id);
    assertThat(events).extracting(TicketEvent::version).containsExactly(1L, 2L, 3L, 4L);
    assertThat(events.get(0)).isEqualTo(reported(id, T0));
    assertThat(store.version(id)).isEqualTo(4);
  }

  @Test
  void anUnknownTicketHasVersionZeroAndNoEvents() {
    TicketId id = TicketId.of("nobody");
    assertThat(store.version(id)).isZero();
    assertThat(store.events(id)).isEmpty();
    assertThat(store.eventsAfter(id, 3)).isEmpty();
    assertThat(store.snapshot(id)).isEmpty();
  }

  @Test
  void anAppendWithAStaleVersionConflictsAndAppendsNothing() {
    TicketId id = TicketId.of("t-2");
    open(id, T0);
    appendNotes(id, 1, 1, T0);
    List<TicketEvent> before = store.events(id);
    List<TicketEvent> all = new ArrayList<>(before.subList(0, 1));
    TicketEvent stale = note(id, 2, T0, "stale");
    all.add(stale);
    assertThatThrownBy(() -> store.append(id, 1, List.of(stale), replay(all))).isInstanceOf(ConflictException.class)
        .hasMessageContaining("expectedVersion");
    assertThat(store.events(id)).isEqualTo(before);
    assertThat(store.version(id)).isEqualTo(2);
  }

  @Test
  void openingATicketTwiceConflicts() {
    TicketId id = TicketId.of("t-3");
    open(id, T0);
    assertThatThrownBy(() -> open(id, T0.plusSeconds(1))).isInstanceOf(ConflictException.class);
    assertThat(store.events(id)).containsExactly(reported(id, T0));
  }

  @Test
  void anAppendToAnUnknownTicketAtAVersionAboveZeroConflicts() {
    TicketId id = TicketId.of("t-4");
    TicketEvent first = reported(id, T0);
    TicketEvent second = note(id, 2, T0, "x");
    Ticket after = replay(List.of(first, second));
    assertThatThrownBy(() -> store.append(id, 1, List.of(second), after)).isInstanceOf(ConflictException.class);
    assertThat(store.version(id)).isZero();
  }

  @Test
  void malformedAppendsAreRefusedAndAppendNothing() {
    TicketId id = TicketId.of("t-5");
    open(id, T0);
    Ticket current = replay(store.events(id));
    TicketId other = TicketId.of("t-other");
    assertThatThrownBy(() -> store.append(id, 1, List.of(), current)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("events");
    assertThatThrownBy(() -> store.append(id, 1, List.of(note(other, 2, T0, "x")), current))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ticketId");
    assertThatThrownBy(() -> store.append(id, 1, List.of(note(id, 3, T0, "gap")), current))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
    assertThatThrownBy(() -> store.append(id, 1, List.of(note(id, 2, T0, "x")), current))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("after");
    assertThat(store.version(id)).isEqualTo(1);
  }

  @Test
  void eventsAfterAVersionAreTheTail() {
    TicketId id = TicketId.of("t-6");
    open(id, T0);
    appendNotes(id, 1, 4, T0);
    assertThat(store.eventsAfter(id, 3)).extracting(TicketEvent::version).containsExactly(4L, 5L);
    assertThat(store.eventsAfter(id, 5)).isEmpty();
    assertThat(store.eventsAfter(id, 0)).isEqualTo(store.events(id));
  }

  @Test
  void returnedListsCannotBeModified() {
    TicketId id = TicketId.of("t-7");
    open(id, T0);
    List<TicketEvent> events = store.events(id);
    assertThatThrownBy(() -> events.add(note(id, 2, T0, "x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(store.version(id)).isEqualTo(1);
  }

  @Test
  void aSnapshotWhenKeptIsTheReplayOfTheLog() {
    TicketId id = TicketId.of("t-8");
    open(id, T0);
    appendNotes(id, 1, 2, T0);
    store.snapshot(id).ifPresent(s -> assertThat(s).isEqualTo(replay(store.events(id))));
  }

  @Test
  void everyTicketIsVisitedOnce() {
    Set<TicketId> opened = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      TicketId id = TicketId.of("v-" + i);
      open(id, T0);
      opened.add(id);
    }
    List<TicketId> visited = Collections.synchronizedList(new ArrayList<>());
    store.forEachTicket(visited::add);
    assertThat(visited).containsExactlyInAnyOrderElementsOf(opened);
  }

  @Test
  void eventsBetweenTwoInstantsComeInTimeThenTicketThenVersionOrder() {
    TicketId a = TicketId.of("a");
    TicketId b = TicketId.of("b");
    open(b, T0);
    open(a, T0);
    appendNotes(a, 1, 2, T0.plusSeconds(10));
    appendNotes(b, 1, 1, T0.plusSeconds(5));
    List<TicketEvent> window = store.eventsBetween(T0, T0.plusSeconds(10));
    assertThat(window).extracting(e -> e.ticketId().value() + e.version()).containsExactly("a1", "b1", "b2");
    assertThat(store.eventsBetween(T0, T0.plusSeconds(11))).hasSize(5);
  }

  @Test
  void ofTwoAppendsExpectingTheSameVersionExactlyOneWins() throws Exception {
    TicketId id = TicketId.of("race");
    open(id, T0);
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int me = k;
      futures.add(pool.submit(() -> {
        TicketEvent e = note(id, 2, T0, "thread " + me);
        Ticket after = replay(List.of(reported(id, T0), e));
        start.await();
        try {
          store.append(id, 1, List.of(e), after);
          wins.incrementAndGet();
        } catch (ConflictException c) {
          conflicts.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(wins.get()).isEqualTo(1);
    assertThat(conflicts.get()).isEqualTo(threads - 1);
    assertThat(store.version(id)).isEqualTo(2);
  }

  @Test
  void concurrentWritersThatRetryOnConflictNeverLoseAnEvent() throws Exception {
    TicketId id = TicketId.of("busy");
    open(id, T0);
    int threads = 3;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int me = k;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < each; i++) {
          while (true) {
            List<TicketEvent> log = store.events(id);
            TicketEvent e = note(id, log.size() + 1, T0, me + ":" + i);
            List<TicketEvent> all = new ArrayList<>(log);
            all.add(e);
            try {
              store.append(id, log.size(), List.of(e), replay(all));
              break;
            } catch (ConflictException retry) {
              // another writer won this version; read again
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    List<TicketEvent> log = store.events(id);
    assertThat(log).hasSize(1 + threads * each);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).version()).isEqualTo(i + 1);
    }
    Set<String> comments = new HashSet<>();
    log.forEach(e -> e.comment().ifPresent(comments::add));
    assertThat(comments).hasSize(threads * each);
    store.snapshot(id).ifPresent(s -> assertThat(s).isEqualTo(replay(log)));
  }
}
