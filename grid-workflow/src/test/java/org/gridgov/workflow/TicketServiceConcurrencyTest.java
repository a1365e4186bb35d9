package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;
import static org.gridgov.workflow.testing.WorkflowWorld.ROAD_DAMAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Principal;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Concurrent commands on one ticket: one wins, the other gets a conflict, no update is lost. */
class TicketServiceConcurrencyTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-03-04T09:00");
  private final TicketService service = world.service(clock);

  @RepeatedTest(5)
  void ofTwoThreadsAcceptingTheSameTicketExactlyOneWins() throws Exception {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Object>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(pool.submit(() -> {
        go.await();
        try {
          return service.execute(Command.on(t.id(), "accept", world.centre).expectedVersion(1).build());
        } catch (GridGovException e) {
          return e;
        }
      }));
    }
    go.countDown();
    int wins = 0;
    for (Future<Object> f : results) {
      Object r = f.get(30, TimeUnit.SECONDS);
      if (r instanceof Ticket) {
        wins++;
      } else {
        assertThat(r).isInstanceOf(ConflictException.class);
      }
    }
    pool.shutdown();
    assertThat(wins).isEqualTo(1);
    assertThat(service.store().version(t.id())).isEqualTo(2);
  }

  @Test
  void threadsHammeringOneTicketNeverLoseAnUpdate() throws Exception {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "accept", world.centre));
    int threads = 4;
    int attempts = 300;
    List<Principal> actors = List.of(world.centre, world.worker, world.centre, world.gridLeader);
    ConcurrentLinkedQueue<Ticket> wins = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger others = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      Principal actor = actors.get(k);
      int me = k;
      futures.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < attempts; i++) {
          try {
            wins.add(service.execute(Command.on(t.id(), "note", actor).comment(me + ":" + i).build()));
          } catch (ConflictException e) {
            conflicts.incrementAndGet();
          } catch (GridGovException e) {
            others.incrementAndGet();
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
    List<TicketEvent> log = service.store().events(t.id());
    assertThat(others.get()).isZero();
    assertThat(wins.size() + conflicts.get()).isEqualTo(threads * attempts);
    // every win is in the log exactly once, at the version it returned, and nothing else is
    assertThat(log).hasSize(2 + wins.size());
    for (Ticket w : wins) {
      TicketEvent e = log.get((int) w.version() - 1);
      assertThat(e.version()).isEqualTo(w.version());
      assertThat(Ticket.replay(log.subList(0, (int) w.version()))).isEqualTo(w);
    }
    assertThat(wins.stream().map(Ticket::version).distinct().count()).isEqualTo(wins.size());
    assertThat(Ticket.replay(log)).isEqualTo(service.store().snapshot(t.id()).orElseThrow());
  }
}
