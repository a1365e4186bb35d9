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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
    hammer(4, 300, 0);
  }

  @Test
  void concurrentCommandsNeverLoseAnUpdateWhateverTheThreadsAndTheMix() {
    qt().withExamples(25).forAll(integers().between(2, 4), integers().between(5, 80), integers().between(0, 3))
        .checkAssert((threads, attempts, mix) -> {
          try {
            hammer(threads, attempts, mix);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  /**
   * {@code threads} threads each send {@code attempts} commands to one ticket, without expected
   * versions: notes, and with {@code mix > 0} also urging and extension requests/decisions that
   * race on the ticket's state.
   */
  private void hammer(int threads, int attempts, int mix) throws Exception {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "accept", world.centre));
    service.execute(Command.of(t.id(), "dispatch", world.centre));
    service.execute(Command.of(t.id(), "sign", world.urbanManagement));
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
          Command c;
          switch (mix == 0 ? 0 : (me + i) % (mix + 1)) {
            case 1:
              c = Command.of(t.id(), "urge", world.centre);
              break;
            case 2:
              c = Command.on(t.id(), "request-extension", world.urbanManagement).limit(org.gridgov.core.TimeLimit.workingDays(1)).build();
              break;
            case 3:
              c = Command.of(t.id(), i % 2 == 0 ? "approve-extension" : "deny-extension", world.centre);
              break;
            default:
              c = Command.on(t.id(), "note", actor).comment(me + ":" + i).build();
          }
          try {
            wins.add(service.execute(c));
          } catch (ConflictException e) {
            conflicts.incrementAndGet();
          } catch (IllegalCommandException e) {
            if (mix == 0) {
              others.incrementAndGet();
            }
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
    if (mix == 0) {
      assertThat(wins.size() + conflicts.get()).isEqualTo(threads * attempts);
    }
    // every win is in the log exactly once, at the version it returned, and nothing else is
    assertThat(log).hasSize(4 + wins.size());
    for (Ticket w : wins) {
      TicketEvent e = log.get((int) w.version() - 1);
      assertThat(e.version()).isEqualTo(w.version());
      assertThat(Ticket.replay(log.subList(0, (int) w.version()))).isEqualTo(w);
    }
    assertThat(wins.stream().map(Ticket::version).distinct().count()).isEqualTo(wins.size());
    assertThat(Ticket.replay(log)).isEqualTo(service.store().snapshot(t.id()).orElseThrow());
  }
}
