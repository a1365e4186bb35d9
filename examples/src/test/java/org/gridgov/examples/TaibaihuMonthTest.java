package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gridgov.core.Department;
import org.gridgov.core.GridCode;
import org.gridgov.core.SpecialGroup;
import org.gridgov.scoring.AccountabilityCase;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.Figures;
import org.gridgov.scoring.HistorySource;
import org.gridgov.scoring.Indicator;
import org.gridgov.scoring.Indicators;
import org.gridgov.scoring.MonthlyBriefing;
import org.gridgov.scoring.MonthlyReview;
import org.gridgov.scoring.OverdueRegister;
import org.gridgov.scoring.OverdueTicket;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.Ranked;
import org.gridgov.scoring.Ranking;
import org.gridgov.scoring.Ratio;
import org.gridgov.scoring.Score;
import org.gridgov.scoring.ScoreComponent;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.scoring.Subject;
import org.gridgov.scoring.VisitCompliance;
import org.gridgov.scoring.VisitDuty;
import org.gridgov.scoring.VisitRecord;
import org.gridgov.scoring.VisitTarget;
import org.gridgov.scoring.testing.Choices;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.scoring.testing.TicketSimulation;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.ReporterKind;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A month of Taibaihu (article 003): 219 basic grids and their 219 grid workers, the place's 8
 * departments and 14 matter types, March and April 2024 simulated with a seeded random source
 * driving the real ticket service. April's briefing is built the way a platform would — from
 * April's events, with the store as history and March's ranking for the movement — and every
 * figure in it is checked against counts made here, independently, from the raw events.
 */
class TaibaihuMonthTest {
  private static final YearMonth APRIL = YearMonth.of(2024, 4);
  private static SimWorld world;
  private static TicketSimulation.Run run;
  private static List<TicketEvent> april;
  private static MonthlyBriefing briefing;
  private static MonthlyReview aprilReview;
  private static Ranking march;
  private static PointsLedger ledger;
  private static VisitCompliance visits;

  @BeforeAll
  static void simulateMarchAndAprilAndBrief() throws IOException {
    Place place = Place.load("taibaihu");
    world = SimWorld.of(place.tree(), place.matters().orElseThrow(), place.roster());
    run = TicketSimulation.run(world, new TicketSimulation.Settings(LocalDate.of(2024, 3, 1), 61, 0, 45, 12, 4), Choices.seeded(20240401L));
    HistorySource store = HistorySource.of(run.service().store());
    PointsRules rules = PointsRules.standard(world.catalogue);
    ledger = PointsLedger.create(rules);
    CompositeWeights weights = CompositeWeights.standard();

    ScoringPeriod m = ScoringPeriod.month(APRIL.minusMonths(1));
    MonthlyReview marchReview = MonthlyReview.builder(world.tree, world.catalogue, APRIL.minusMonths(1)).rules(rules).ledger(ledger)
        .roster(world.roster).history(store).build();
    marchReview.acceptAll(run.service().store().eventsBetween(m.start(), m.end()));
    march = marchReview.departmentRanking(weights);

    ScoringPeriod a = ScoringPeriod.month(APRIL);
    april = run.service().store().eventsBetween(a.start(), a.end());
    aprilReview = MonthlyReview.builder(world.tree, world.catalogue, APRIL).rules(rules).ledger(ledger).roster(world.roster)
        .history(store).build();
    aprilReview.acceptAll(april);

    visits = simulatedVisits(a);
    visits.awardBonuses(rules, ledger);
    briefing = aprilReview.briefing("太白湖新区", weights, Optional.of(visits)).previous(march).bottomN(3).topN(5).build();
    Path out = Path.of("target", "taibaihu-2024-04-briefing.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, briefing.toMarkdown(), StandardCharsets.UTF_8);
  }

  /** Ten households and two elderly people living alone per basic grid, visited at random. */
  private static VisitCompliance simulatedVisits(ScoringPeriod month) {
    Random r = new Random(42);
    List<VisitTarget> targets = new ArrayList<>();
    List<VisitRecord> records = new ArrayList<>();
    for (GridCode g : world.basicGrids) {
      String worker = world.worker(g).id();
      for (int h = 0; h < 10; h++) {
        String id = g.value() + "-h" + h;
        targets.add(new VisitTarget(id, VisitTarget.Kind.HOUSEHOLD, g, 1, Set.of(), Optional.empty()));
        if (r.nextInt(100) < 93) {
          records.add(new VisitRecord("v" + records.size(), worker, id, month.start().plusSeconds(r.nextInt(29 * 86_400))));
        }
      }
      for (int p = 0; p < 2; p++) {
        String id = g.value() + "-p" + p;
        targets.add(new VisitTarget(id, VisitTarget.Kind.PERSON, g, 4, Set.of(SpecialGroup.ELDERLY_LIVING_ALONE),
            Optional.of(g.value() + "-h" + p)));
        int n = r.nextInt(6);
        for (int k = 0; k < n; k++) {
          records.add(new VisitRecord("v" + records.size(), worker, id, month.start().plusSeconds(r.nextInt(30 * 86_400))));
        }
      }
    }
    return VisitDuty.standard().check(targets, records, month, world.roster);
  }

  // ------------------------------------------------------------------ independent counts

  private static Map<String, long[]> departmentCounts(List<TicketEvent> events) {
    Map<String, long[]> c = new TreeMap<>();
    for (Department d : world.catalogue.departments()) {
      c.put(d.id(), new long[8]);
    }
    for (TicketEvent e : events) {
      EventPayload p = e.payload();
      switch (e.type()) {
        case DISPATCHED:
          c.get(((EventPayload.Dispatched) p).department())[0]++;
          break;
        case CLOSED:
          if (e.department().isPresent()) {
            c.get(e.department().get())[1]++;
            if (((EventPayload.Closed) p).onTime()) {
              c.get(e.department().get())[2]++;
            }
          }
          break;
        case HANDLED:
          e.department().ifPresent(d -> c.get(d)[3]++);
          break;
        case VERIFICATION_FAILED:
        case REOPENED:
          e.department().ifPresent(d -> c.get(d)[4]++);
          break;
        case RATED:
          if (e.department().isPresent()) {
            c.get(e.department().get())[5]++;
            if (((EventPayload.Rated) p).satisfaction() != Satisfaction.DISSATISFIED) {
              c.get(e.department().get())[6]++;
            }
          }
          break;
        case OVERDUE: {
          EventPayload.Overdue o = (EventPayload.Overdue) p;
          if (o.clock().equals("main") && o.department().isPresent()) {
            c.get(o.department().get())[7]++;
          }
          break;
        }
        default:
          break;
      }
    }
    return c;
  }

  /** The standard department weights by hand: on time 30, closure 20, rework 15, satisfaction 20, overdue 15. */
  private static Optional<Double> score(long[] n) {
    double sum = 0;
    double w = 0;
    if (n[0] > 0) {
      sum += 20 * Math.min(1.0, (double) n[1] / n[0]) + 15 * (1 - Math.min(1.0, (double) n[7] / n[0]));
      w += 35;
    }
    if (n[1] > 0) {
      sum += 30 * Math.min(1.0, (double) n[2] / n[1]);
      w += 30;
    }
    if (n[3] > 0) {
      sum += 15 * (1 - Math.min(1.0, (double) n[4] / n[3]));
      w += 15;
    }
    if (n[5] > 0) {
      sum += 20 * Math.min(1.0, (double) n[6] / n[5]);
      w += 20;
    }
    return w == 0 ? Optional.empty() : Optional.of(100 * sum / w);
  }

  // ------------------------------------------------------------------ the checks

  @Test
  void theMonthIsTheArticlesPlaceAndBusy() {
    assertThat(world.basicGrids).hasSize(219);
    assertThat(world.workers()).hasSize(219);
    assertThat(world.catalogue.departments()).hasSize(8);
    assertThat(april.size()).isGreaterThan(20_000);
    assertThat(briefing.overdueCount()).isGreaterThan(50);
    assertThat(briefing.workers().orElseThrow().entries()).hasSize(219);
  }

  @Test
  void theTotalsAreTheEventsOfAprilCounted() {
    Figures t = briefing.total();
    assertThat(t.subject()).isEqualTo(Subject.grid(GridCode.parse("370811")));
    assertThat(t.count(Indicator.RECEIVED)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.REPORTED).count());
    assertThat(t.count(Indicator.CLOSED)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.CLOSED).count());
    assertThat(t.count(Indicator.CLOSED_ON_TIME)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.CLOSED
        && ((EventPayload.Closed) e.payload()).onTime()).count());
    assertThat(t.count(Indicator.RETURNED)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.RETURNED).count());
    assertThat(t.count(Indicator.OVERDUE)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.OVERDUE
        && ((EventPayload.Overdue) e.payload()).clock().equals("main")).count());
    assertThat(t.count(Indicator.EXTENDED)).isEqualTo(april.stream().filter(e -> e.type() == TicketEventType.EXTENSION_APPROVED).count());
  }

  @Test
  void eachDepartmentsFiguresAreItsEventsCounted() {
    Map<String, long[]> n = departmentCounts(april);
    n.forEach((d, c) -> {
      Figures f = briefing.departmentFigures().get(d);
      assertThat(new long[] {f.count(Indicator.RECEIVED), f.count(Indicator.CLOSED), f.count(Indicator.CLOSED_ON_TIME),
          f.count(Indicator.HANDLED), f.count(Indicator.REWORK), f.count(Indicator.RATED),
          f.count(Indicator.SATISFIED) + f.count(Indicator.BASICALLY_SATISFIED), f.count(Indicator.OVERDUE)}).as(d).containsExactly(c);
    });
  }

  @Test
  void theRankingFollowsTheScoresComputedByHandWithTiesSharingARankAndMovementAgainstMarch() {
    Map<String, long[]> n = departmentCounts(april);
    Map<String, long[]> m = departmentCounts(run.service().store().eventsBetween(ScoringPeriod.month(APRIL.minusMonths(1)).start(),
        ScoringPeriod.month(APRIL.minusMonths(1)).end()));
    Map<String, BigDecimal> shown = new HashMap<>();
    for (Ranked r : briefing.departments().entries()) {
      Optional<Double> mine = score(n.get(r.subject().id()));
      assertThat(r.score().value().isPresent()).isEqualTo(mine.isPresent());
      mine.ifPresent(v -> assertThat(r.score().value().get().doubleValue()).as(r.subject().id()).isCloseTo(v, org.assertj.core.data.Offset.offset(0.0051)));
      r.score().value().ifPresent(v -> shown.put(r.subject().id(), v));
    }
    for (Ranked r : briefing.departments().ranked()) {
      long higher = shown.values().stream().filter(v -> v.compareTo(shown.get(r.subject().id())) > 0).count();
      assertThat(r.rank().getAsInt()).isEqualTo(1 + higher);
      Optional<Double> before = score(m.get(r.subject().id()));
      if (before.isPresent()) {
        long marchHigher = m.values().stream().map(TaibaihuMonthTest::score).filter(Optional::isPresent)
            .filter(v -> new BigDecimal(v.get()).setScale(2, java.math.RoundingMode.HALF_UP)
                .compareTo(new BigDecimal(before.get()).setScale(2, java.math.RoundingMode.HALF_UP)) > 0).count();
        assertThat(r.previousRank()).hasValue((int) (1 + marchHigher));
        assertThat(r.movement()).hasValue((int) (1 + marchHigher) - r.rank().getAsInt());
      }
    }
  }

  @Test
  void theBottomWarningsAndTopPerformersAreTheLowestAndHighestScoresTiesIncluded() {
    List<BigDecimal> scores = briefing.departments().ranked().stream().map(r -> r.score().value().get())
        .sorted().collect(Collectors.toList());
    BigDecimal third = scores.get(Math.min(2, scores.size() - 1));
    assertThat(briefing.bottomWarnings()).extracting(r -> r.subject().id()).containsExactlyInAnyOrderElementsOf(
        briefing.departments().ranked().stream().filter(r -> r.score().value().get().compareTo(third) <= 0).map(r -> r.subject().id()).toList());
    BigDecimal fifth = scores.get(Math.max(0, scores.size() - 5));
    assertThat(briefing.topDepartments()).extracting(r -> r.subject().id()).containsExactlyInAnyOrderElementsOf(
        briefing.departments().ranked().stream().filter(r -> r.score().value().get().compareTo(fifth) >= 0).map(r -> r.subject().id()).toList());
    List<BigDecimal> workers = briefing.workers().orElseThrow().ranked().stream().map(r -> r.score().value().get())
        .sorted(Comparator.reverseOrder()).toList();
    assertThat(briefing.topWorkers()).allSatisfy(r -> assertThat(r.score().value().get()).isGreaterThanOrEqualTo(workers.get(4)));
    assertThat(briefing.topWorkers().size()).isEqualTo((int) workers.stream().filter(v -> v.compareTo(workers.get(4)) >= 0).count());
  }

  @Test
  void theOverdueNoticeListsExactlyTheTicketsWhoseLimitPassedInAprilUnderTheDepartmentHoldingThem() {
    Map<TicketId, String> expected = new LinkedHashMap<>();
    Map<TicketId, String> ended = new HashMap<>();
    for (TicketEvent e : april) {
      if (e.type() == TicketEventType.OVERDUE && ((EventPayload.Overdue) e.payload()).clock().equals("main")) {
        expected.put(e.ticketId(), ((EventPayload.Overdue) e.payload()).department().orElse("(grid)"));
      }
      if ((e.type() == TicketEventType.CLOSED || e.type() == TicketEventType.REJECTED || e.type() == TicketEventType.CANCELLED)
          && expected.containsKey(e.ticketId())) {
        ended.put(e.ticketId(), e.type().name());
      }
    }
    Map<TicketId, String> listed = new HashMap<>();
    int total = 0;
    for (OverdueRegister.Group g : briefing.overdue()) {
      for (OverdueTicket t : g.tickets()) {
        listed.put(t.ticket(), g.department().orElse("(grid)"));
        assertThat(t.stillOpen()).as(t.ticket().value()).isEqualTo(!ended.containsKey(t.ticket()));
        assertThat(t.evidence()).isNotEmpty();
        total++;
      }
      assertThat(g.tickets()).isSortedAccordingTo(Comparator.comparing(OverdueTicket::dueAt).thenComparing(OverdueTicket::ticket));
    }
    assertThat(listed).isEqualTo(expected);
    assertThat(total).isEqualTo(briefing.overdueCount()).isEqualTo(expected.size());
    List<Integer> sizes = briefing.overdue().stream().filter(g -> g.department().isPresent()).map(g -> g.tickets().size()).toList();
    assertThat(sizes).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void everyDepartmentsOverdueFigureTracesToTheTicketsOnTheNotice() {
    Indicators ind = aprilReview.indicators();
    for (String d : ind.departmentIds()) {
      Set<TicketId> mine = new TreeSet<>();
      april.stream().filter(e -> e.type() == TicketEventType.OVERDUE && ((EventPayload.Overdue) e.payload()).clock().equals("main")
          && ((EventPayload.Overdue) e.payload()).department().equals(Optional.of(d))).forEach(e -> mine.add(e.ticketId()));
      assertThat(ind.tickets(Subject.department(d), Indicator.OVERDUE)).as(d).isEqualTo(mine);
      assertThat((long) ind.evidence(Subject.department(d), Indicator.OVERDUE).size()).isEqualTo(ind.department(d).count(Indicator.OVERDUE));
    }
  }

  @Test
  void eachVerifiedReportOfMarchAndAprilEarnedItsReporterPointsOnceAcrossTheMonths() {
    Set<TicketId> verified = new HashSet<>();
    Map<TicketId, String> reporter = new HashMap<>();
    for (TicketEvent e : run.events()) {
      if (e.type() == TicketEventType.REPORTED && ((EventPayload.Reported) e.payload()).reporter().kind() == ReporterKind.GRID_STAFF) {
        reporter.put(e.ticketId(), ((EventPayload.Reported) e.payload()).reporter().id());
      }
      if (e.type() == TicketEventType.VERIFICATION_PASSED) {
        verified.add(e.ticketId());
      }
    }
    List<PointsEntry> awards = ledger.entries().stream().filter(e -> e.outcome() == PointsOutcome.VERIFIED_REPORT).toList();
    assertThat(awards).hasSize(verified.size());
    for (PointsEntry e : awards) {
      assertThat(e.person()).isEqualTo(reporter.get(TicketId.of(e.source().id())));
      assertThat(e.requested()).isEqualTo(7);
    }
    for (String w : ledger.persons()) {
      assertThat(ledger.balance(w)).isEqualTo(ledger.entries(w).stream().mapToLong(PointsEntry::points).sum());
    }
  }

  @Test
  void everyWorkerIsAssessedOnTheirGridTheirAprilPointsAndTheirVisits() {
    for (Ranked r : briefing.workers().orElseThrow().entries()) {
      String w = r.subject().id();
      Score s = r.score();
      Score.Component points = s.components().stream().filter(c -> c.component() == ScoreComponent.POINTS).findFirst().orElseThrow();
      long pts = Math.max(0, ledger.balance(w, ScoringPeriod.month(APRIL)));
      assertThat(points.ratio()).contains(new Ratio(pts, 100));
      Score.Component v = s.components().stream().filter(c -> c.component() == ScoreComponent.VISIT_COMPLIANCE).findFirst().orElseThrow();
      assertThat(v.ratio()).isEqualTo(visits.ofWorker(w));
      assertThat(v.ratio().orElseThrow().denominator()).isEqualTo(12);
    }
  }

  @Test
  void theMarkdownNamesEverySectionEveryDepartmentAndTheCounts() {
    String md = briefing.toMarkdown();
    assertThat(md).contains("# 太白湖新区 2024-04 月度通报", "## 一、总体情况", "## 二、职能部门综合排名", "## 三、超期工单通报",
        "## 四、末位预警", "## 五、先进典型", "本月超期工单共 " + briefing.overdueCount() + " 件");
    for (Department d : world.catalogue.departments()) {
      assertThat(md).contains(d.name());
    }
    for (Ranked r : briefing.bottomWarnings()) {
      assertThat(md).contains("第 " + r.rank().getAsInt() + " 名 " + briefing.name(r.subject().id()));
    }
    assertThat(md).contains("| " + Indicator.RECEIVED.chineseName() + " | " + briefing.total().count(Indicator.RECEIVED) + " |");
  }

  @Test
  void theAccountabilityFindingsCoverTheMonthsOverdueAndReworkedTicketsWithEvidence() {
    Set<TicketId> causes = new HashSet<>();
    for (TicketEvent e : april) {
      boolean cause = (e.type() == TicketEventType.OVERDUE && ((EventPayload.Overdue) e.payload()).clock().equals("main"))
          || e.type() == TicketEventType.VERIFICATION_FAILED || e.type() == TicketEventType.REOPENED
          || (e.type() == TicketEventType.CLOSED && !((EventPayload.Closed) e.payload()).onTime());
      if (cause) {
        causes.add(e.ticketId());
      }
    }
    Set<TicketId> found = briefing.accountability().stream().map(AccountabilityCase::ticket).collect(Collectors.toSet());
    assertThat(found).containsAll(causes);
    Instant end = ScoringPeriod.month(APRIL).end();
    for (AccountabilityCase c : briefing.accountability()) {
      List<TicketEvent> h = run.service().store().events(c.ticket());
      assertThat(c.evidence()).allSatisfy(r -> assertThat(h.get((int) r.version() - 1).occurredAt()).isBefore(end));
    }
  }
}
