package org.gridgov.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterClass;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingLight;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.spi.TimingLightCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of the head queries (索引查询契约), part of {@link TicketStoreContract}: a ticket's head
 * follows its appends, the sweep's alarms, the open tickets under a grid a page at a time, and the
 * light counts — each equal to what a replay of every ticket says.
 */
public abstract class TicketQueryContract {
  /** The district the contract's tickets live in; a store that numbers grids must number by its tree. */
  protected static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final Instant T0 = Instant.parse("2024-03-04T02:00:00Z");
  private static final BusinessCalendar CN = BusinessCalendar.chinese();
  private static final TimeLimit[] LIMITS = {TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.calendarDays(7)};
  private static final GridCode[] GRIDS = {WorkflowWorld.HEYUN_1, WorkflowWorld.HEYUN_2, WorkflowWorld.YUJING_1,
      WorkflowWorld.JIDONG_1, GridCode.parse("370899001001001")};

  /** A new, empty store. */
  protected abstract TicketStore newStore();

  /** The tree the contract's grids belong to. */
  protected static GridTree contractTree() {
    return WORLD.tree;
  }

  /** The store of the current test. */
  protected TicketStore store;

  @BeforeEach
  void freshStore() {
    store = newStore();
  }

  /** The REPORTED event of a road-damage ticket in {@code grid} with the main clock {@code deadline}. */
  protected static TicketEvent reportedIn(TicketId id, Instant at, GridCode grid, Optional<Deadline> deadline) {
    return TicketEvent.builder().ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
        .state("reported").actor(WORLD.worker).role("reporter").occurredAt(at)
        .payload(new EventPayload.Reported("standard", Channel.PATROL, WorkflowWorld.ROAD_DAMAGE, MatterClass.ESCALATED,
            TimeLimit.workingDays(5), "urban-management", grid, Optional.empty(), Reporter.gridStaff("zhang-min"),
            Priority.NORMAL, "路面破损"))
        .matterType(WorkflowWorld.ROAD_DAMAGE).grid(grid).handlingGrid(grid).deadline(deadline).build();
  }

  /** A ticket opened in {@code grid} with {@code deadline}, appended with {@code alarm}; its state. */
  protected Ticket open(TicketStore s, String id, GridCode grid, Optional<Deadline> deadline, Optional<Instant> alarm) {
    TicketEvent e = reportedIn(TicketId.of(id), T0, grid, deadline);
    Ticket t = Ticket.replay(List.of(e));
    s.append(t.id(), 0, List.of(e), t, alarm);
    return t;
  }

  /** Closes the ticket (cancelled) with one more event. */
  protected Ticket close(TicketStore s, Ticket t) {
    TicketEvent e = TicketEvent.builder().from(TicketStoreContract.note(t.id(), t.version() + 1, T0.plusSeconds(60), "done"))
        .type(TicketEventType.CANCELLED).fromState(t.state()).state("cancelled").payload(EventPayload.none()).build();
    Ticket after = t.apply(e);
    s.append(t.id(), t.version(), List.of(e), after, Optional.empty());
    return after;
  }

  private static Optional<Deadline> clock(int limit) {
    return Optional.of(CN.start(T0, LIMITS[limit]));
  }

  @Test
  void theHeadFollowsEveryAppendAndCarriesTheServicesAlarm() {
    Optional<Instant> alarm = Optional.of(T0.plusSeconds(3600));
    Ticket t = open(store, "h-1", WorkflowWorld.HEYUN_2, clock(1), alarm);
    assertThat(store.head(t.id())).contains(TicketHead.of(t, alarm));
    Deadline d = t.deadline().orElseThrow();
    TicketHead head = store.head(t.id()).orElseThrow();
    assertThat(head.yellowAt()).contains(d.warnAt());
    assertThat(head.redAfter()).contains(d.dueAt());
    assertThat(head.open()).isTrue();
    Ticket closed = close(store, t);
    assertThat(store.head(t.id())).contains(TicketHead.of(closed, Optional.empty()));
    assertThat(store.head(t.id()).orElseThrow().open()).isFalse();
    assertThat(store.head(TicketId.of("nobody"))).isEmpty();
  }

  @Test
  void theFourArgumentAppendRecordsTheTicketsOwnClockAlarm() {
    TicketEvent e = reportedIn(TicketId.of("h-2"), T0, WorkflowWorld.HEYUN_1, clock(0));
    Ticket t = Ticket.replay(List.of(e));
    store.append(t.id(), 0, List.of(e), t);
    assertThat(store.head(t.id())).contains(TicketHead.withClockAlarm(t));
    assertThat(store.head(t.id()).orElseThrow().nextAlarm()).contains(t.deadline().orElseThrow().warnAt());
  }

  @Test
  void theSweepSeesDueAlarmsEarliestFirstAndARescheduleAtTheCurrentVersionOnly() {
    Ticket a = open(store, "a-1", WorkflowWorld.HEYUN_1, clock(1), Optional.of(T0.plusSeconds(300)));
    Ticket b = open(store, "a-2", WorkflowWorld.JIDONG_1, clock(1), Optional.of(T0.plusSeconds(100)));
    open(store, "a-3", WorkflowWorld.YUJING_1, clock(1), Optional.of(T0.plusSeconds(900)));
    open(store, "a-4", WorkflowWorld.YUJING_1, Optional.empty(), Optional.empty());
    Ticket c = open(store, "a-5", WorkflowWorld.HEYUN_2, clock(1), Optional.of(T0.plusSeconds(100)));
    close(store, c);
    assertThat(store.alarmsDue(T0.plusSeconds(300), 10)).containsExactly(b.id(), a.id());
    assertThat(store.alarmsDue(T0.plusSeconds(299), 10)).containsExactly(b.id());
    assertThat(store.alarmsDue(T0.plusSeconds(3600), 2)).containsExactly(b.id(), a.id());
    assertThat(store.reschedule(b.id(), b.version(), Optional.of(T0.plusSeconds(5000)))).isTrue();
    assertThat(store.alarmsDue(T0.plusSeconds(3600), 10)).extracting(TicketId::value).containsExactly("a-1", "a-3");
    assertThat(store.reschedule(a.id(), a.version() + 1, Optional.empty())).as("a stale version").isFalse();
    assertThat(store.reschedule(c.id(), c.version() + 1, Optional.of(T0))).as("a closed ticket").isFalse();
    assertThat(store.reschedule(TicketId.of("nobody"), 1, Optional.of(T0))).isFalse();
    assertThat(store.head(a.id()).orElseThrow().nextAlarm()).contains(T0.plusSeconds(300));
    assertThatThrownBy(() -> store.alarmsDue(T0, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
  }

  @Test
  void theOpenTicketsUnderAGridComeInTreeOrderAPageAtATime() {
    List<Ticket> opened = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      opened.add(open(store, String.format("o-%02d", i), GRIDS[i % GRIDS.length], clock(i % 3), Optional.empty()));
    }
    close(store, opened.get(0));
    GridTree tree = contractTree();
    List<TicketHead> all = pages(store, tree.node(WorkflowWorld.DISTRICT), 5);
    assertThat(all).extracting(h -> h.id().value()).as("closed tickets and grids outside the tree are left out")
        .containsExactlyElementsOf(expected(opened.subList(1, 12), WorkflowWorld.DISTRICT));
    assertThat(pages(store, tree.node(WorkflowWorld.XUZHUANG), 2)).extracting(h -> h.id().value())
        .containsExactlyElementsOf(expected(opened.subList(1, 12), WorkflowWorld.XUZHUANG));
    assertThat(pages(store, tree.node(WorkflowWorld.HEYUN_2), 100)).extracting(h -> h.grid())
        .containsOnly(WorkflowWorld.HEYUN_2).hasSize(3);
    assertThat(store.openUnder(tree.node(WorkflowWorld.JIDONG), Optional.empty(), 1)).hasSize(1);
  }

  private static List<TicketHead> pages(TicketStore s, org.gridgov.core.GridNode under, int size) {
    List<TicketHead> out = new ArrayList<>();
    Optional<TicketHead> after = Optional.empty();
    while (true) {
      List<TicketHead> page = s.openUnder(under, after, size);
      assertThat(page.size()).isLessThanOrEqualTo(size);
      out.addAll(page);
      if (page.size() < size) {
        return out;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  private static List<String> expected(List<Ticket> tickets, GridCode under) {
    GridTree tree = contractTree();
    return tickets.stream().filter(t -> tree.findNode(t.grid()).filter(n -> tree.node(under).covers(n)).isPresent())
        .sorted(Comparator.comparingInt((Ticket t) -> tree.node(t.grid()).ordinal()).thenComparing(Ticket::id))
        .map(t -> t.id().value()).toList();
  }

  @Test
  void theLightCountsAreTheLightsOfTheReplayedTicketsAtEveryInstant() {
    Gen<int[]> spec = integers().between(0, 2).zip(integers().between(-1, 20_000), integers().between(0, GRIDS.length - 1),
        (l, p, g) -> new int[] {l, p, g});
    qt().withExamples(40).forAll(lists().of(spec).ofSizeBetween(1, 12), integers().between(-24 * 60, 30 * 24 * 60))
        .checkAssert((specs, offsetMinutes) -> {
          TicketStore s = newStore();
          List<Ticket> tickets = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            int[] sp = specs.get(i);
            Deadline d = CN.start(T0.plusSeconds(i * 977L), LIMITS[sp[0]]);
            if (sp[1] >= 0) {
              d = d.pausedAt(T0.plus(Duration.ofMinutes(sp[1])));
            }
            tickets.add(open(s, "l-" + i, GRIDS[sp[2]], Optional.of(d), Optional.empty()));
          }
          Deadline first = tickets.get(0).deadline().orElseThrow();
          for (Instant at : List.of(T0.plus(Duration.ofMinutes(offsetMinutes)), first.warnAt(), first.dueAt(),
              first.dueAt().plusSeconds(1), first.warnAt().minusSeconds(1))) {
            assertThat(s.countLights(at)).isEqualTo(counted(tickets, at, WorkflowWorld.DISTRICT, false));
            assertThat(s.countLights(contractTree().node(WorkflowWorld.XUZHUANG), at))
                .isEqualTo(counted(tickets, at, WorkflowWorld.XUZHUANG, true));
            for (Ticket t : tickets) {
              assertThat(s.head(t.id()).orElseThrow().lightAt(at)).isEqualTo(t.lightAt(at));
            }
          }
        });
  }

  private static TimingLightCounts counted(List<Ticket> tickets, Instant at, GridCode under, boolean inTreeOnly) {
    long[] n = new long[3];
    GridTree tree = contractTree();
    for (Ticket t : tickets) {
      boolean inside = tree.findNode(t.grid()).filter(g -> tree.node(under).covers(g)).isPresent();
      if (inside || !inTreeOnly) {
        n[t.lightAt(at).ordinal()]++;
      }
    }
    return new TimingLightCounts(at, n[TimingLight.GREEN.ordinal()], n[TimingLight.YELLOW.ordinal()],
        n[TimingLight.RED.ordinal()]);
  }
}
