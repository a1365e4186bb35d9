package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.gridgov.core.GridNode;
import org.gridgov.workflow.spi.TicketHead;

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
  void aRescheduledAlarmAtTheSameVersionIsKeptSoTheTicketIsNotDueAgainBeforeIt() {
    TimingBoard board = TimingBoard.of(WORLD.tree);
    Instant start = Instant.parse("2024-03-04T01:00:00Z");
    Ticket t = ticket(1, start, 1, -1);
    board.update(t, Optional.of(start.plusSeconds(60)));                // an alarm set too early
    assertThat(board.alarmsDue(start.plusSeconds(120))).containsExactly(t.id());
    board.reschedule(t, Optional.of(start.plusSeconds(3600)));          // the sweep found nothing to do yet
    assertThat(board.alarmsDue(start.plusSeconds(120))).isEmpty();
    assertThat(board.alarmsDue(start.plusSeconds(3600))).containsExactly(t.id());
    board.reschedule(t, Optional.empty());                              // nothing left for the clock
    assertThat(board.alarmsDue(start.plus(Duration.ofDays(400)))).isEmpty();
    TimingBoard fresh = TimingBoard.of(WORLD.tree);
    fresh.reschedule(t, Optional.of(start.plusSeconds(600)));           // not shown yet: shown, with the alarm
    assertThat(fresh.size()).isEqualTo(1);
    assertThat(fresh.alarmsDue(start.plusSeconds(600))).containsExactly(t.id());
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

  @Test
  void everyTicketByLightAcrossManyRunsOfSlotsInSlotOrder() {
    // 5,000 tickets of mixed lights: the listing's pass counts each light's tickets per run of slots,
    // so it must carry the counts from run to run; some tickets closed, so some slots are free. In one pass, and
    // in two halves at once (the upper half backwards), each light stays in slot order
    for (int splitFrom : new int[] {BoardPages.SPLIT_FROM, 1, 4_321}) {
      everyTicketByLightInSlotOrder(TimingBoard.tuned(WORLD.tree, BoardLadders.BATCH, splitFrom));
    }
  }

  private static void everyTicketByLightInSlotOrder(TimingBoard board) {
    Instant base = Instant.parse("2024-03-04T01:00:00Z");
    List<Ticket> open = new ArrayList<>();
    for (int n = 0; n < 5_000; n++) {
      Ticket t = ticket(n, base.plus(Duration.ofMinutes(7L * n)), n % 3, n % 11 == 0 ? 30 : -1);
      board.update(t);
      open.add(t);
    }
    for (int n = 0; n < 5_000; n += 13) {
      Ticket t = open.get(n);
      board.update(new TicketHead(t.id(), t.version() + 1, false, t.grid(), t.matterType(), t.state(),
          Optional.empty(), t.reportedAt(), t.updatedAt(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    // at 12 days every light has many tickets in the lower half of the slots; at 24 days also in the upper one
    for (Instant at : List.of(base.plus(Duration.ofDays(12)), base.plus(Duration.ofDays(24)))) {
      Map<TimingLight, List<TicketId>> expected = new HashMap<>();
      for (TimingLight light : TimingLight.values()) {
        expected.put(light, new ArrayList<>());
      }
      for (int n = 0; n < 5_000; n++) {
        if (n % 13 != 0) {
          expected.get(open.get(n).lightAt(at)).add(open.get(n).id());
        }
      }
      TimingLights lights = board.lights(at);
      for (TimingLight light : TimingLight.values()) {
        assertThat(expected.get(light)).as("%s", light).hasSizeGreaterThan(100);
        assertThat(lights.with(light)).as("%s at %s", light, at).containsExactlyElementsOf(expected.get(light));
      }
    }
  }

  /**
   * One change of a ticket: its grid, when its light turns yellow and red (minutes after the base,
   * from a small range so that many tickets share a second), and what happens — an update, its
   * close, a stale (older) update, a clock paused before red (yellow for ever) or no clock at all.
   */
  record Change(int ticket, int grid, int yellowMinute, int redAfterYellow, int kind) {}

  private static final Instant BASE = Instant.parse("2024-03-04T01:00:00Z");

  private static Gen<Change> changes(int tickets) {
    return integers().between(0, tickets - 1).zip(integers().between(0, 3), integers().between(0, 600),
        integers().between(0, 300), (t, g, y, r) -> new int[] {t, g, y, r})
        .zip(integers().between(0, 9), (a, k) -> new Change(a[0], a[1], a[2], a[3], k));
  }

  private static TicketHead head(Change c, long version, boolean open) {
    TicketId id = TicketId.of("t" + c.ticket());
    Optional<Instant> yellow = c.kind() == 9 ? Optional.empty() : Optional.of(BASE.plus(Duration.ofMinutes(c.yellowMinute())));
    Optional<Instant> red = c.kind() >= 8 ? Optional.empty() : yellow.map(y -> y.plus(Duration.ofMinutes(c.redAfterYellow())));
    return new TicketHead(id, version, open, WORLD.basicGrids().get(c.grid()), "city.road-damage", "filed",
        Optional.empty(), BASE, BASE, yellow, red, red);
  }

  @Test
  void countsPagesAndListsEqualABruteForceClassificationThroughRandomChangesAndInstants() {
    // up to 1,600 tickets, so the city's ladders split their blocks, and closes free slots for reuse
    // the ladders catch up in batches: after every change, every 7 changes, or only when asked (the default
    // batch is larger than any example); the city's counts are also asked now and then in the middle. The
    // listings of every ticket by light are made in one pass (with batches of 7) or in two halves at once, the
    // upper one backwards from the end of each light's part (otherwise: split from a single slot)
    int[] batches = {1, 7, BoardLadders.BATCH};
    qt().withExamples(30).withShrinkCycles(20).forAll(integers().between(1, 1_400).flatMap(n -> lists().of(changes(n))
        .ofSizeBetween(0, 2 * n)), lists().of(integers().between(-60, 1_000)).ofSizeBetween(1, 4),
        integers().between(1, 40), integers().between(0, batches.length - 1))
        .checkAssert((changes, minutes, limit, batch) -> {
          TimingBoard board = TimingBoard.tuned(WORLD.tree, batches[batch], batch == 1 ? BoardPages.SPLIT_FROM : 1);
          Map<Integer, TicketHead> now = new HashMap<>();
          int step = 0;
          for (Change c : changes) {
            if (++step % 97 == 0) {
              Instant mid = BASE.plus(Duration.ofMinutes(c.yellowMinute()));
              assertThat(board.counts(mid)).as("city counts after %d changes", step)
                  .isEqualTo(new BoardReference(WORLD.tree, now.values()).counts(h -> true, mid));
            }
            TicketHead before = now.get(c.ticket());
            long version = before == null ? 1 : before.version() + 1;
            if (c.kind() == 7 && before != null) {
              if (before.version() > 1) {
                board.update(head(c, before.version() - 1, true)); // stale: older than what the board has
              }
              board.update(head(c, before.version(), before.open())); // a repeat: changes nothing either
              continue;
            }
            if (before != null && !before.open()) {
              continue;                                                // closed is final
            }
            TicketHead h = head(before == null ? c : new Change(c.ticket(), WORLD.basicGrids().indexOf(before.grid()),
                c.yellowMinute(), c.redAfterYellow(), c.kind()), version, c.kind() != 6);
            board.update(h);
            now.put(c.ticket(), h);
          }
          BoardReference ref = new BoardReference(WORLD.tree, now.values());
          assertThat(board.size()).isEqualTo(now.values().stream().filter(TicketHead::open).count());
          for (int m : minutes) {
            for (Instant at : List.of(BASE.plus(Duration.ofMinutes(m)), BASE.plus(Duration.ofMinutes(m)).plusNanos(1))) {
              assertThat(board.counts(at)).isEqualTo(ref.counts(h -> true, at));
              TimingLights all = board.lights(at);
              for (TimingLight light : TimingLight.values()) {
                assertThat(all.with(light).stream().sorted().toList()).isEqualTo(ref.ids(h -> true, light, at));
              }
              for (GridNode node : WORLD.tree.nodes()) {
                var under = ref.under(List.of(node));
                assertThat(board.counts(node, at)).as("counts under %s at %s", node, at).isEqualTo(ref.counts(under, at));
                assertThat(board.page(node, TimingLight.RED, at, limit)).as("reds under %s at %s", node, at)
                    .isEqualTo(ref.page(under, TimingLight.RED, at, limit));
                assertThat(board.page(node, TimingLight.YELLOW, at, limit)).as("yellows under %s at %s", node, at)
                    .isEqualTo(ref.page(under, TimingLight.YELLOW, at, limit));
                TimingLights lights = board.lights(node, at);
                for (TimingLight light : TimingLight.values()) {
                  assertThat(lights.with(light).stream().sorted().toList()).isEqualTo(ref.ids(under, light, at));
                }
              }
            }
          }
        });
  }

  @Test
  void pagesRefuseGreenAndLimitsOutOfRangeAndGridsOfAnotherTree() {
    TimingBoard board = TimingBoard.of(WORLD.tree);
    GridNode root = WORLD.tree.node(WorkflowWorld.DISTRICT);
    Instant at = Instant.parse("2024-03-04T01:00:00Z");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> board.page(root, TimingLight.GREEN, at, 10))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("light");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> board.page(root, TimingLight.RED, at, 0))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("limit");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> board.counts(new WorkflowWorld().tree.node(WorkflowWorld.DISTRICT), at))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("board's own tree");
  }
}
