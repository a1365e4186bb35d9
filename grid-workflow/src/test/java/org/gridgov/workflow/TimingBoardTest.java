package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TimingBoardTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final BusinessCalendar CN = BusinessCalendar.chinese();
  private static final TimeLimit[] LIMITS = {TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.calendarDays(7)};

  /** A ticket with a main clock started at {@code start}, paused {@code pauseAfter} minutes later when non-negative. */
  private static Ticket ticket(int n, Instant start, int limit, int pauseAfterMinutes) {
    Deadline d = CN.start(start, LIMITS[limit]);
    if (pauseAfterMinutes >= 0) {
      d = d.pausedAt(start.plus(Duration.ofMinutes(pauseAfterMinutes)).plusMillis(pauseAfterMinutes % 7 * 137));
    }
    TicketId id = TicketId.of("b" + n);
    TicketEvent reported = org.gridgov.workflow.testing.TicketStoreContractAccess.reported(id, start);
    return Ticket.replay(List.of(TicketEvent.builder().from(reported).deadline(d).build()));
  }

  @Test
  void theBoardAgreesWithTheTicketsOwnLightAtEveryInstant() {
    Gen<int[]> spec = integers().between(0, 2).zip(integers().between(-1, 20_000), (l, p) -> new int[] {l, p});
    qt().withExamples(200).forAll(WorkflowGenerators.instants(), lists().of(spec).ofSizeBetween(1, 40),
        integers().between(-3 * 24 * 60, 30 * 24 * 60), integers().between(0, 999_999_999))
        .checkAssert((start, specs, offsetMinutes, nanos) -> {
          TimingBoard board = TimingBoard.of(WORLD.tree);
          List<Ticket> tickets = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            Ticket t = ticket(i, start.plusSeconds(i * 977L), specs.get(i)[0], specs.get(i)[1]);
            tickets.add(t);
            board.update(t);
          }
          for (Instant at : List.of(start.plus(Duration.ofMinutes(offsetMinutes)),
              start.plus(Duration.ofMinutes(offsetMinutes)).plusNanos(nanos),
              tickets.get(0).deadline().get().dueAt(), tickets.get(0).deadline().get().warnAt(),
              tickets.get(0).deadline().get().dueAt().plusNanos(1))) {
            TimingLights lights = board.lights(at);
            assertThat(lights.total()).isEqualTo(tickets.size());
            for (Ticket t : tickets) {
              assertThat(lights.with(t.lightAt(at))).as("%s at %s", t.deadline().get(), at).contains(t.id());
            }
          }
        });
  }

  @Test
  void staleUpdatesAreIgnoredAndClosedTicketsLeave() {
    TimingBoard board = TimingBoard.of(WORLD.tree);
    Instant start = Instant.parse("2024-03-04T01:00:00Z");
    Ticket v1 = ticket(1, start, 1, -1);
    TicketEvent note = org.gridgov.workflow.testing.TicketStoreContractAccess.note(v1.id(), 2, start.plusSeconds(60), "x");
    Ticket v2 = v1.apply(TicketEvent.builder().from(note).fromState(v1.state()).state(v1.state()).deadline(Optional.empty()).build());
    board.update(v2);
    board.update(v1);
    assertThat(board.lights(start.plus(Duration.ofDays(30))).green()).containsExactly(v1.id());
    assertThat(board.size()).isEqualTo(1);
    Ticket closed = v2.apply(TicketEvent.builder().from(note).version(3).type(TicketEventType.CANCELLED).fromState(v2.state())
        .state("cancelled").payload(EventPayload.none()).build());
    board.update(closed);
    board.update(v2);
    assertThat(board.size()).isZero();
    assertThat(board.lights(start).total()).isZero();
  }

  @Test
  void theBoardGrowsPastOneChunkAndReusesFreedSlots() {
    TimingBoard board = TimingBoard.of(WORLD.tree);
    Instant start = Instant.parse("2024-03-04T01:00:00Z");
    Deadline d = CN.start(start, TimeLimit.workingDays(5));
    TicketEvent template = org.gridgov.workflow.testing.TicketStoreContractAccess.reported(TicketId.of("g0"), start);
    for (int i = 0; i < 70_000; i++) {
      board.update(Ticket.replay(List.of(TicketEvent.builder().from(template).ticketId(TicketId.of("g" + i)).deadline(d).build())));
    }
    assertThat(board.size()).isEqualTo(70_000);
    TimingLights lights = board.lights(d.dueAt().plusSeconds(1));
    assertThat(lights.red()).hasSize(70_000);
    assertThat(lights.red().get(69_999)).isEqualTo(TicketId.of("g69999"));
  }
}
