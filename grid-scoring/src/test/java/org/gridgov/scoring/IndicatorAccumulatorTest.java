package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.DISTRICT;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_2;
import static org.gridgov.workflow.testing.WorkflowWorld.ROAD_DAMAGE;
import static org.gridgov.workflow.testing.WorkflowWorld.XUZHUANG;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.scoring.testing.TicketSimulation;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class IndicatorAccumulatorTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private static final ScoringPeriod JAN_2022 = ScoringPeriod.month(YearMonth.of(2022, 1));

  private IndicatorAccumulator accumulator(ScoringPeriod period, boolean tracing) {
    return IndicatorAccumulator.builder(world.tree, world.catalogue).period(period).tracing(tracing).build();
  }

  @Test
  void theArticlesTicketCountsAsReceivedHandledVerifiedOnTimeAndClosedOnTimeInItsGridAndEveryAncestor() {
    IndicatorAccumulator acc = accumulator(JAN_2022, true);
    acc.acceptAll(world.articlesTicket());
    Indicators ind = acc.snapshot();
    for (GridCode g : List.of(HEYUN_1, HEYUN, XUZHUANG, DISTRICT)) {
      Figures f = ind.grid(g);
      assertThat(f.count(Indicator.RECEIVED)).as(g.value()).isEqualTo(1);
      assertThat(f.count(Indicator.HANDLED)).isEqualTo(1);
      assertThat(f.count(Indicator.VERIFIED)).isEqualTo(1);
      assertThat(f.count(Indicator.VERIFIED_ON_TIME)).isEqualTo(1);
      assertThat(f.count(Indicator.CLOSED)).isEqualTo(1);
      assertThat(f.count(Indicator.CLOSED_ON_TIME)).isEqualTo(1);
      assertThat(f.rate(Rate.ON_TIME_CLOSURE)).contains(new Ratio(1, 1));
    }
    assertThat(ind.grid(HEYUN_2).isZero()).isTrue();
    assertThat(ind.departments()).allMatch(Figures::isZero);
    assertThat(ind.evidence(Subject.grid(XUZHUANG), Indicator.CLOSED)).extracting(EventRef::version).containsExactly(4L);
    assertThat(ind.eventsCounted()).isEqualTo(4);
  }

  @Test
  void aReturnCountsAgainstTheReturningDepartmentAndTheDispatcherAndTheRedispatchCountsForTheNextOne() {
    MutableClock clock = MutableClock.at("2022-01-10T09:00");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    clock.set("2022-01-10T09:30");
    service.execute(Command.of(t.id(), "accept", world.centre));
    clock.set("2022-01-10T10:00");
    service.execute(Command.of(t.id(), "dispatch", world.centre));
    clock.set("2022-01-10T11:00");
    service.execute(Command.on(t.id(), "return", world.urbanManagement).reason("outside-remit").build());
    clock.set("2022-01-10T16:00");
    service.execute(Command.on(t.id(), "dispatch", world.centre).department("housing").build());
    clock.set("2022-01-11T09:00");
    service.execute(Command.of(t.id(), "sign", world.housing));
    clock.set("2022-01-12T09:00");
    service.execute(Command.of(t.id(), "handle", world.housing));
    service.execute(Command.of(t.id(), "feed-back", world.housing));
    clock.set("2022-01-12T11:00");
    service.execute(Command.on(t.id(), "verify", world.centre).passed(true).build());
    service.execute(Command.on(t.id(), "rate", world.centre).satisfaction(Satisfaction.BASICALLY_SATISFIED).build());

    IndicatorAccumulator acc = accumulator(JAN_2022, true);
    acc.acceptAll(service.history(t.id(), world.centre));
    Indicators ind = acc.snapshot();
    Figures um = ind.department("urban-management");
    assertThat(um.count(Indicator.RECEIVED)).isEqualTo(1);
    assertThat(um.count(Indicator.RETURNED)).isEqualTo(1);
    assertThat(um.count(Indicator.ACCURATELY_DISPATCHED)).isZero();
    Figures housing = ind.department("housing");
    assertThat(housing.count(Indicator.RECEIVED)).isEqualTo(1);
    assertThat(housing.count(Indicator.ACCURATELY_DISPATCHED)).isEqualTo(1);
    assertThat(housing.count(Indicator.CLOSED)).isEqualTo(1);
    assertThat(housing.count(Indicator.BASICALLY_SATISFIED)).isEqualTo(1);
    assertThat(housing.rate(Rate.SATISFACTION)).contains(new Ratio(1, 1));
    Figures centre = ind.dispatcher(world.centre.id());
    assertThat(centre.count(Indicator.FILED)).isEqualTo(1);
    assertThat(centre.count(Indicator.DISPATCHED)).isEqualTo(2);
    assertThat(centre.count(Indicator.RETURNED)).isEqualTo(1);
    assertThat(centre.count(Indicator.ACCURATELY_DISPATCHED)).isEqualTo(1);
    assertThat(centre.rate(Rate.ACCURATE_DISPATCH)).contains(new Ratio(1, 2));
    // 2 working hours to dispatch: the first at 10:00 after filing at 09:30 is on time; the second at
    // 16:00 comes more than 2 working hours after the return at 11:00 (the lunch break does not count)
    assertThat(centre.count(Indicator.DISPATCHED_ON_TIME)).isEqualTo(1);
    assertThat(centre.rate(Rate.ON_TIME_DISPATCH)).contains(new Ratio(1, 2));
    assertThat(ind.evidence(Subject.dispatcher(world.centre.id()), Indicator.DISPATCHED_ON_TIME)).extracting(EventRef::version)
        .containsExactly(3L);
    assertThat(ind.evidence(Subject.department("urban-management"), Indicator.RETURNED)).extracting(EventRef::version).containsExactly(4L);
  }

  @Test
  void countsAreThoseOfTheDocumentedDefinitionsComputedNaively() {
    qt().withExamples(40).forAll(ScoringGenerators.runs(6)).checkAssert(run -> {
      for (ScoringPeriod period : periodsOf(run)) {
        IndicatorAccumulator acc = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(period).build();
        acc.acceptAll(run.events());
        Indicators ind = acc.snapshot();
        NaiveIndicators naive = NaiveIndicators.of(run.world().tree, run.events(), period);
        for (Grid g : run.world().tree.grids()) {
          for (Indicator i : Indicator.values()) {
            assertThat(ind.grid(g.code()).count(i)).as(g.code() + " " + i + " " + period.label()).isEqualTo(naive.count(Subject.grid(g.code()), i));
          }
        }
        for (String d : ind.departmentIds()) {
          for (Indicator i : Indicator.values()) {
            assertThat(ind.department(d).count(i)).as(d + " " + i).isEqualTo(naive.count(Subject.department(d), i));
          }
        }
        for (String x : naive.dispatchers()) {
          for (Indicator i : Indicator.values()) {
            assertThat(ind.dispatcher(x).count(i)).as(x + " " + i).isEqualTo(naive.count(Subject.dispatcher(x), i));
          }
        }
        assertThat(ind.dispatchers()).extracting(f -> f.subject().id()).containsExactlyInAnyOrderElementsOf(naive.dispatchers());
      }
    });
  }

  private static List<ScoringPeriod> periodsOf(TicketSimulation.Run run) {
    List<ScoringPeriod> out = new ArrayList<>();
    for (PeriodKind k : PeriodKind.values()) {
      out.add(ScoringPeriod.containing(k, run.start(), ScoringPeriod.CHINA));
    }
    out.add(ScoringPeriod.containing(PeriodKind.DAY, run.start().plusSeconds(3 * 86_400), ScoringPeriod.CHINA));
    return out;
  }

  @Test
  void feedingEventsAgainChangesNothing() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(5), range(0, 1000)).checkAssert((run, seed) -> {
      ScoringPeriod p = ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
      IndicatorAccumulator once = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build();
      once.acceptAll(run.events());
      IndicatorAccumulator twice = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build();
      List<TicketEvent> repeated = ScoringGenerators.withRepeats(run.events(), seed);
      twice.acceptAll(repeated);
      assertThat(twice.snapshot()).isEqualTo(once.snapshot());
      assertThat(twice.repeatsIgnored()).isEqualTo(repeated.size() - run.events().size());
    });
  }

  @Test
  void anyOrderThatKeepsEachTicketsOwnOrderCountsTheSameEvenWhenEveryIdHasOneHashCode() {
    // counts are sums and a ticket's state depends on its own events only, so the order across tickets
    // is free: time order as the store's eventsBetween gives it, ticket by ticket, or anything between
    qt().withExamples(25).forAll(ScoringGenerators.runs(6), range(0, 1000)).checkAssert((run, seed) -> {
      ScoringPeriod p = ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
      List<TicketEvent> colliding = ScoringGenerators.withCollidingIds(run.events());
      List<TicketEvent> mixed = ScoringGenerators.interleaved(colliding, seed);
      IndicatorAccumulator inTime = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).build();
      inTime.acceptAll(run.events());
      IndicatorAccumulator inAnyOrder = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).build();
      inAnyOrder.acceptAll(mixed);
      IndicatorAccumulator oneByOne = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).build();
      mixed.forEach(oneByOne::accept);
      assertThat(inAnyOrder.snapshot()).isEqualTo(inTime.snapshot());
      assertThat(oneByOne.snapshot()).isEqualTo(inTime.snapshot());
      assertThat(inAnyOrder.ticketsFollowed()).isEqualTo(inTime.ticketsFollowed());
      assertThat(inAnyOrder.repeatsIgnored()).isZero();
      inAnyOrder.acceptAll(mixed); // every event a repeat now
      assertThat(inAnyOrder.repeatsIgnored()).isEqualTo(mixed.size());
      assertThat(inAnyOrder.snapshot()).isEqualTo(inTime.snapshot());
    });
  }

  @Test
  void aPeriodsOwnEventsWithTheStoreAsHistoryCountTheSameAsEveryEvent() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(8), range(0, 12)).checkAssert((run, offset) -> {
      ScoringPeriod week = ScoringPeriod.containing(PeriodKind.WEEK, run.start().plusSeconds(offset * 86_400L), ScoringPeriod.CHINA);
      IndicatorAccumulator all = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(week).tracing(true).build();
      all.acceptAll(run.events());
      IndicatorAccumulator own = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(week).tracing(true)
          .history(HistorySource.of(run.service().store())).build();
      own.acceptAll(run.service().store().eventsBetween(week.start(), week.end()));
      assertThat(own.snapshot()).isEqualTo(all.snapshot());
    });
  }

  @Test
  void theLiveFiguresAreTheSnapshotsAfterEveryEvent() {
    qt().withExamples(15).forAll(ScoringGenerators.runs(3)).checkAssert(run -> {
      ScoringPeriod p = ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
      IndicatorAccumulator acc = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).build();
      for (int i = 0; i < run.events().size(); i++) {
        TicketEvent e = run.events().get(i);
        acc.accept(e);
        if (i % 17 == 0 || i == run.events().size() - 1) {
          Indicators snap = acc.snapshot();
          assertThat(acc.figures(Subject.grid(e.grid()))).isEqualTo(snap.grid(e.grid()));
          assertThat(acc.figures(Subject.grid(DISTRICT))).isEqualTo(snap.grid(DISTRICT));
          for (String d : snap.departmentIds()) {
            assertThat(acc.figures(Subject.department(d))).isEqualTo(snap.department(d));
          }
          assertThat(acc.figures(Subject.dispatcher("centre-1"))).isEqualTo(snap.dispatcher("centre-1"));
        }
      }
    });
  }

  @Test
  void everyCountHasExactlyAsManyEventsBehindIt() {
    qt().withExamples(20).forAll(ScoringGenerators.runs(5)).checkAssert(run -> {
      ScoringPeriod p = ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
      Indicators ind = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build()
          .acceptAll(run.events()).snapshot();
      List<Subject> subjects = new ArrayList<>();
      run.world().tree.grids().forEach(g -> subjects.add(Subject.grid(g.code())));
      ind.departmentIds().forEach(d -> subjects.add(Subject.department(d)));
      ind.dispatchers().forEach(f -> subjects.add(f.subject()));
      for (Subject s : subjects) {
        for (Indicator i : Indicator.values()) {
          List<EventRef> ev = ind.evidence(s, i);
          assertThat((long) ev.size()).as(s + " " + i).isEqualTo(ind.figures(s).count(i));
          for (EventRef r : ev) {
            TicketEvent e = run.service().store().events(r.ticket()).get((int) r.version() - 1);
            assertThat(p.contains(e.occurredAt())).isTrue();
            if (s.kind() == SubjectKind.GRID) {
              assertThat(run.world().tree.node(GridCode.parse(s.id())).covers(run.world().tree.node(e.grid()))).isTrue();
            }
          }
        }
      }
    });
  }

  @Test
  void anEventOfATicketWhoseEarlierVersionsItNeverSawIsRefusedWithoutAHistoryAndChangesNothing() {
    List<TicketEvent> history = world.articlesTicket();
    IndicatorAccumulator acc = accumulator(JAN_2022, true);
    Indicators before = acc.snapshot();
    assertThatThrownBy(() -> acc.accept(history.get(2)))
        .isInstanceOf(UnknownTicketException.class)
        .hasMessageContaining("event.ticketId")
        .hasMessageContaining(history.get(2).ticketId().value())
        .hasMessageContaining("history source")
        .satisfies(e -> assertThat(((UnknownTicketException) e).field()).isEqualTo("event.ticketId"));
    assertThat(acc.snapshot()).isEqualTo(before);
    assertThat(acc.ticketsFollowed()).isZero();
    acc.accept(history.get(0));
    assertThatThrownBy(() -> acc.accept(history.get(2)))
        .isInstanceOf(UnknownTicketException.class)
        .satisfies(e -> assertThat(((UnknownTicketException) e).field()).isEqualTo("event.version"))
        .satisfies(e -> assertThat(((UnknownTicketException) e).value()).isEqualTo("3"));
  }

  @Test
  void aGapIsCaughtUpFromTheHistoryWithoutCountingWhatWasLookedUp() {
    List<TicketEvent> history = world.articlesTicket();
    IndicatorAccumulator acc = IndicatorAccumulator.builder(world.tree, world.catalogue).period(JAN_2022).tracing(true)
        .history(id -> history).build();
    acc.accept(history.get(2));
    acc.accept(history.get(3));
    Indicators ind = acc.snapshot();
    assertThat(ind.grid(HEYUN_1).count(Indicator.RECEIVED)).isZero();
    assertThat(ind.grid(HEYUN_1).count(Indicator.HANDLED)).isZero();
    assertThat(ind.grid(HEYUN_1).count(Indicator.VERIFIED_ON_TIME)).isEqualTo(1);
    assertThat(ind.grid(HEYUN_1).count(Indicator.CLOSED)).isEqualTo(1);
    assertThat(acc.accept(history.get(1))).as("an older version after catching up is a repeat").isFalse();
  }

  @Test
  void anEventInAGridOrDepartmentTheScorerDoesNotKnowIsRefusedNamingIt() {
    List<TicketEvent> history = world.articlesTicket();
    TicketEvent alien = history.get(0).withGrid(GridCode.parse("110101001001001"))
        .withHandlingGrid(GridCode.parse("110101001001001"));
    IndicatorAccumulator acc = accumulator(JAN_2022, false);
    assertThatThrownBy(() -> acc.accept(alien)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("event.grid"))
        .satisfies(e -> assertThat(((NotFoundException) e).value()).isEqualTo("110101001001001"));
    TicketEvent unknownDept = history.get(0).withDepartment("ministry-of-magic");
    assertThatThrownBy(() -> acc.accept(unknownDept)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("event.department"))
        .satisfies(e -> assertThat(((NotFoundException) e).value()).isEqualTo("ministry-of-magic"));
    assertThat(acc.ticketsFollowed()).isZero();
  }

  @Test
  void evidenceWithoutTracingIsATypedError() {
    Indicators ind = accumulator(JAN_2022, false).acceptAll(world.articlesTicket()).snapshot();
    assertThatThrownBy(() -> ind.evidence(Subject.grid(HEYUN_1), Indicator.CLOSED))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("tracing");
  }

  @Test
  void idsOfEveryLengthAndOneByOneOrInBatchesCountTheSame() {
    // the ticket table keeps ids of up to 40 characters inline and longer ones aside; acceptAll reads ahead
    qt().withExamples(12).forAll(ScoringGenerators.runs(4), range(1, 64)).checkAssert((run, length) -> {
      ScoringPeriod p = ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
      IndicatorAccumulator oneByOne = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build();
      run.events().forEach(oneByOne::accept);
      java.util.Map<TicketId, TicketId> renamed = new java.util.HashMap<>();
      List<TicketEvent> events = new ArrayList<>();
      for (TicketEvent e : run.events()) {
        TicketId id = renamed.computeIfAbsent(e.ticketId(), t -> {
          String n = Integer.toString(renamed.size(), 36);
          return TicketId.of(("x".repeat(64) + n).substring(n.length() + 64 - Math.max(length, n.length())));
        });
        events.add(e.withTicketId(id));
      }
      IndicatorAccumulator batched = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build();
      batched.acceptAll(events);
      IndicatorAccumulator again = IndicatorAccumulator.builder(run.world().tree, run.world().catalogue).period(p).tracing(true).build();
      again.acceptAll(events);
      again.acceptAll(events); // every event a repeat now
      Indicators a = oneByOne.snapshot();
      Indicators b = batched.snapshot();
      assertThat(batched.ticketsFollowed()).isEqualTo(oneByOne.ticketsFollowed());
      assertThat(again.snapshot()).isEqualTo(b);
      assertThat(again.repeatsIgnored()).isEqualTo(events.size());
      for (Grid g : run.world().tree.grids()) {
        assertThat(b.grid(g.code())).isEqualTo(a.grid(g.code()));
      }
      for (String d : a.departmentIds()) {
        assertThat(b.department(d)).isEqualTo(a.department(d));
      }
      assertThat(b.dispatchers()).isEqualTo(a.dispatchers());
    });
  }
}
