package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.core.ConflictException;
import org.gridgov.workflow.testing.ScenarioRunner;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Properties of the service under generated command sequences: random legal and illegal commands
 * by several actors with random clock moves and clock sweeps.
 */
class TicketServicePropertiesTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();

  private static final java.util.concurrent.atomic.AtomicInteger SUCCEEDED = new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.Map<String, Integer> FAILED = new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void stateIsAlwaysTheReplayOfTheEventsAndIllegalCommandsChangeNothing() {
    qt().withExamples(300).withShrinkCycles(50).forAll(WorkflowGenerators.plans(WORLD, 80)).checkAssert(plan -> check(plan));
    // the plans exercise both sides: commands that apply and every kind of refusal
    assertThat(SUCCEEDED.get()).isGreaterThan(1000);
    assertThat(FAILED.keySet()).contains("IllegalCommandException", "ForbiddenException", "ConflictException",
        "NotFoundException");
  }

  @Test
  @Tag("slow")
  void theSamePropertiesHoldOnLongPlans() {
    qt().withExamples(2000).forAll(WorkflowGenerators.plans(WORLD, 150)).checkAssert(plan -> check(plan));
  }

  private static void check(WorkflowGenerators.Plan plan) {
    ScenarioRunner runner = ScenarioRunner.run(WORLD, plan, (o, r) -> {
      var store = r.service().store();
      var id = o.before().id();
      Ticket now = store.snapshot(id).orElseThrow();
      if (o.failure().isPresent()) {
        FAILED.merge(o.failure().get().getClass().getSimpleName(), 1, Integer::sum);
        // an illegal or unauthorised command changes nothing
        assertThat(now).as("after %s", o.failure().get().getMessage()).isEqualTo(o.before());
        assertThat(store.version(id)).isEqualTo(o.before().version());
        if (o.failure().get() instanceof ConflictException) {
          assertThat(o.command().orElseThrow().expectedVersion()).isPresent();
        }
      } else {
        SUCCEEDED.incrementAndGet();
        assertThat(o.after().orElseThrow()).isEqualTo(now);
      }
      assertThat(Ticket.replay(store.events(id))).isEqualTo(now);
    });
    List<TicketEvent> heard = runner.heard();
    for (TicketId id : runner.tickets()) {
      List<TicketEvent> log = runner.service().store().events(id);
      // versions are 1..n without gaps: no event lost, none reordered
      for (int i = 0; i < log.size(); i++) {
        assertThat(log.get(i).version()).isEqualTo(i + 1);
      }
      // the listener heard exactly the log, in order
      assertThat(heard.stream().filter(e -> e.ticketId().equals(id)).collect(Collectors.toList())).isEqualTo(log);
      assertThat(Ticket.replay(log)).isEqualTo(runner.service().store().snapshot(id).orElseThrow());
      // the board agrees with the replay on every open ticket
      Ticket t = Ticket.replay(log);
      java.time.Instant at = runner.clock().instant();
      TimingLights lights = runner.service().lights(at, runner.service().systemPrincipal());
      if (t.isOpen()) {
        assertThat(lights.with(t.lightAt(at))).contains(id);
      } else {
        assertThat(lights.green()).doesNotContain(id);
        assertThat(lights.yellow()).doesNotContain(id);
        assertThat(lights.red()).doesNotContain(id);
      }
    }
  }

  @Test
  void everyReaderSeesTheBoardAsABruteForceClassificationOfItsScopeAtRandomInstants() {
    qt().withExamples(60).withShrinkCycles(30).forAll(WorkflowGenerators.plans(WORLD, 40),
        org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.integers()
            .between(-3 * 24 * 60, 30 * 24 * 60)).ofSizeBetween(1, 3),
        org.quicktheories.generators.SourceDSL.integers().between(1, 3))
        .checkAssert((plan, offsets, limit) -> {
          java.util.concurrent.atomic.AtomicInteger step = new java.util.concurrent.atomic.AtomicInteger();
          ScenarioRunner.run(WORLD, plan, (o, r) -> {
            java.time.Instant at = r.clock().instant().plus(java.time.Duration.ofMinutes(
                offsets.get(step.getAndIncrement() % offsets.size())));
            BoardChecks.readersSeeTheirScope(WORLD, r, at, limit);
          });
        });
  }
}
