package org.gridgov.scoring.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.EntryKind;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsLedger;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsRules;
import org.gridgov.scoring.PointsSource;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.scoring.spi.PointsStore;
import org.gridgov.workflow.TicketId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The points ledger's rules on any {@link PointsStore} (积分台账契约测试): booked once per source,
 * outcome and person (once per ticket for the outcomes of one party), caps, compensations, and the
 * property that the balance is the sum of entries that never change. Extend it with
 * {@link #newStore()} (an empty store per call): the in-memory store runs it in grid-scoring, the
 * PostgreSQL store in grid-store-jdbc.
 */
public abstract class PointsLedgerContract {
  private static final Instant APRIL_1 = Instant.parse("2024-04-01T02:00:00Z");
  private final PointsRules rules = PointsRules.builder().id("t").dailyCap(10).monthlyCap(25).build();

  /** A new, empty store. */
  protected abstract PointsStore newStore();

  /** A ledger in Asia/Shanghai on a new, empty store. */
  protected PointsLedger newLedger(PointsRules r) {
    return PointsLedger.create(r, ScoringPeriod.CHINA, newStore());
  }

  private static PointsSource ticket(String id, long v) {
    return PointsSource.ticket(TicketId.of(id), v);
  }

  @Test
  void anAwardIsBookedOncePerSourceOutcomeAndPersonWhateverTheVersion() {
    PointsLedger ledger = newLedger(rules);
    assertThat(ledger.award("w1", PointsOutcome.VERIFIED_REPORT, ticket("T1", 3), 7, Optional.of("m"), APRIL_1, "ok")).isPresent();
    assertThat(ledger.award("w1", PointsOutcome.VERIFIED_REPORT, ticket("T1", 3), 7, Optional.of("m"), APRIL_1, "again")).isEmpty();
    assertThat(ledger.award("w1", PointsOutcome.VERIFIED_REPORT, ticket("T1", 9), 7, Optional.of("m"), APRIL_1, "later")).isEmpty();
    assertThat(ledger.award("w2", PointsOutcome.VERIFIED_REPORT, ticket("T1", 3), 7, Optional.of("m"), APRIL_1, "other")).isPresent();
    assertThat(ledger.award("w1", PointsOutcome.ON_TIME_HANDLING, ticket("T1", 4), 2, Optional.of("m"), APRIL_1, "ok")).isPresent();
    assertThat(ledger.balance("w1")).isEqualTo(9);
  }

  @Test
  void aTicketsReworkOnTimeHandlingAndOverdueAreBookedToOnePersonOnly() {
    PointsLedger ledger = newLedger(rules);
    PointsEntry rework = ledger.award("h1", PointsOutcome.REWORK, ticket("T000060", 5), -2, Optional.of("m"), APRIL_1, "failed")
        .orElseThrow();
    assertThatThrownBy(() -> ledger.award("h2", PointsOutcome.REWORK, ticket("T000060", 9), -2, Optional.of("m"), APRIL_1,
        "reopened")).as("a second person for the same ticket").isInstanceOf(ConflictException.class)
        .hasMessageContaining("REWORK").hasMessageContaining("ticket:T000060").hasMessageContaining("h1")
        .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("person"))
        .satisfies(e -> assertThat(((ConflictException) e).value()).isEqualTo("h2"));
    assertThat(ledger.award("h1", PointsOutcome.REWORK, ticket("T000060", 9), -2, Optional.of("m"), APRIL_1, "again"))
        .as("the same person again").isEmpty();
    assertThat(ledger.award("w-old", PointsOutcome.OVERDUE, ticket("T000061", 4), -2, Optional.empty(), APRIL_1, "late"))
        .isPresent();
    assertThatThrownBy(() -> ledger.award("w-new", PointsOutcome.OVERDUE, ticket("T000061", 4), -2, Optional.empty(), APRIL_1,
        "re-run")).as("the same overdue event with a new roster").isInstanceOf(ConflictException.class)
        .hasMessageContaining("w-old");
    assertThatThrownBy(() -> ledger.award("w-new", PointsOutcome.OVERDUE, ticket("T000061", 7), -2, Optional.empty(), APRIL_1,
        "again")).as("overdue again after an extension").isInstanceOf(ConflictException.class);
    assertThat(ledger.award("h1", PointsOutcome.ON_TIME_HANDLING, ticket("T000062", 6), 2, Optional.empty(), APRIL_1, "ok"))
        .isPresent();
    assertThatThrownBy(() -> ledger.award("h2", PointsOutcome.ON_TIME_HANDLING, ticket("T000062", 9), 2, Optional.empty(),
        APRIL_1, "ok")).isInstanceOf(ConflictException.class);
    assertThat(ledger.size()).isEqualTo(3);
    assertThat(ledger.balance("h2")).isZero();
    assertThat(ledger.balance("w-new")).isZero();
    assertThat(ledger.booking(ticket("T000060", 1), PointsOutcome.REWORK)).contains(rework);
    assertThat(ledger.isBooked(ticket("T000060", 1), PointsOutcome.REWORK, "h1")).isTrue();
    assertThat(ledger.isBooked(ticket("T000060", 1), PointsOutcome.REWORK, "h2")).isFalse();
  }

  @Test
  void awardsAreCutToTheDailyAndMonthlyCapsAndTheEntryKeepsWhatWasAskedFor() {
    PointsLedger ledger = newLedger(rules);
    ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("A", 1), 7, Optional.empty(), APRIL_1, "a");
    PointsEntry second = ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("B", 1), 7, Optional.empty(), APRIL_1, "b").orElseThrow();
    assertThat(second.points()).isEqualTo(3);
    assertThat(second.requested()).isEqualTo(7);
    assertThat(second.capped()).isTrue();
    assertThat(second.note()).contains("capped from 7 to 3");
    PointsEntry penalty = ledger.award("w", PointsOutcome.REWORK, ticket("B", 2), -2, Optional.empty(), APRIL_1, "r").orElseThrow();
    assertThat(penalty.points()).as("penalties are not capped").isEqualTo(-2);
    Instant nextDay = APRIL_1.plusSeconds(86_400);
    ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("C", 1), 7, Optional.empty(), nextDay, "c");
    ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("D", 1), 7, Optional.empty(), nextDay, "d");
    PointsEntry capped = ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("E", 1), 7, Optional.empty(),
        nextDay.plusSeconds(86_400), "e").orElseThrow();
    assertThat(capped.points()).as("25 a month: 10 + 10 then 5").isEqualTo(5);
    PointsEntry nextMonth = ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("F", 1), 7, Optional.empty(),
        Instant.parse("2024-05-01T01:00:00Z"), "f").orElseThrow();
    assertThat(nextMonth.points()).isEqualTo(7);
    assertThat(ledger.balance("w", ScoringPeriod.month(YearMonth.of(2024, 4)))).isEqualTo(10 - 2 + 10 + 5);
  }

  @Test
  void aReversalCompensatesTheRemainderAndAnAppealPartOfItReferencingTheOriginal() {
    PointsLedger ledger = newLedger(PointsRules.builder().id("t").build());
    PointsEntry penalty = ledger.award("w", PointsOutcome.OVERDUE, ticket("A", 5), -6, Optional.empty(), APRIL_1, "late").orElseThrow();
    PointsEntry appeal = ledger.appeal(penalty.id(), 4, APRIL_1.plusSeconds(60), "the department was summoned late, not the worker");
    assertThat(appeal.kind()).isEqualTo(EntryKind.APPEAL);
    assertThat(appeal.compensates()).contains(penalty.id());
    assertThat(appeal.points()).isEqualTo(4);
    assertThatThrownBy(() -> ledger.appeal(penalty.id(), 3, APRIL_1, "too much")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 2");
    assertThatThrownBy(() -> ledger.appeal(penalty.id(), -1, APRIL_1, "wrong sign")).isInstanceOf(InvalidInputException.class);
    PointsEntry reversal = ledger.reverse(penalty.id(), APRIL_1.plusSeconds(120), "penalty withdrawn");
    assertThat(reversal.points()).isEqualTo(2);
    assertThat(ledger.balance("w")).isZero();
    assertThatThrownBy(() -> ledger.reverse(penalty.id(), APRIL_1, "again")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> ledger.reverse(appeal.id(), APRIL_1, "of a compensation")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("only awards");
    assertThatThrownBy(() -> ledger.reverse(99, APRIL_1, "nothing")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ledger.reverse(penalty.id(), APRIL_1, " ")).isInstanceOf(InvalidInputException.class);
    assertThat(ledger.entries()).extracting(PointsEntry::kind).containsExactly(EntryKind.AWARD, EntryKind.APPEAL, EntryKind.REVERSAL);
  }

  @Test
  void pointsOfTheWrongSignOrForTheWrongKindOfSourceAreRefused() {
    PointsLedger ledger = newLedger(rules);
    assertThatThrownBy(() -> ledger.award("w", PointsOutcome.REWORK, ticket("A", 1), 3, Optional.empty(), APRIL_1, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("penalty");
    assertThatThrownBy(() -> ledger.award("w", PointsOutcome.SPECIAL_GROUP_VISIT, ticket("A", 1), 1, Optional.empty(), APRIL_1, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("visit");
    assertThatThrownBy(() -> ledger.award(" ", PointsOutcome.VERIFIED_REPORT, ticket("A", 1), 1, Optional.empty(), APRIL_1, "x"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(ledger.size()).isZero();
  }

  /** One step of a random ledger session. */
  private record Op(int kind, int person, int source, int outcome, int points, int target, int hours) {}

  private static Gen<List<Op>> sessions() {
    Gen<Op> op = range(0, 9).zip(range(0, 3), range(0, 6), range(0, 6), (k, p, s, o) -> new int[] {k, p, s, o})
        .zip(range(0, 12), range(0, 40), range(0, 24 * 40), (a, pts, t, h) -> new Op(a[0], a[1], a[2], a[3], pts, t, h));
    return in -> {
      int n = range(0, 60).generate(in);
      List<Op> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(op.generate(in));
      }
      return out;
    };
  }

  @Test
  void theBalanceIsAlwaysTheSumOfTheEntriesWhichNeverChange() {
    qt().withExamples(300).forAll(sessions()).checkAssert(ops -> {
      PointsLedger ledger = newLedger(rules);
      List<PointsEntry> seen = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (Op op : ops) {
        String person = "p" + op.person();
        PointsOutcome outcome = PointsOutcome.values()[op.outcome()];
        Instant at = APRIL_1.plusSeconds(3600L * op.hours());
        try {
          if (op.kind() < 6) {
            int pts = outcome.isPenalty() ? -op.points() : op.points();
            Optional<PointsEntry> e = ledger.award(person, outcome, ticket("T" + op.source(), 1 + op.kind()), pts, Optional.empty(), at, "op");
            String key = "T" + op.source() + "/" + outcome + "/" + person;
            assertThat(e.isPresent()).as("booked at most once: " + key).isEqualTo(keys.add(key));
          } else if (op.kind() < 8) {
            ledger.reverse(1 + op.target(), at, "reversal");
          } else {
            ledger.appeal(1 + op.target(), op.points() - 6, at, "appeal");
          }
        } catch (GridGovException refused) {
          // refused operations change nothing: checked below
        }
        List<PointsEntry> now = ledger.entries();
        assertThat(now.subList(0, seen.size())).isEqualTo(seen);
        seen = now;
      }
      Map<String, Long> sums = new HashMap<>();
      Map<Long, Long> compensation = new HashMap<>();
      for (PointsEntry e : ledger.entries()) {
        sums.merge(e.person(), (long) e.points(), Long::sum);
        e.compensates().ifPresent(o -> compensation.merge(o, (long) e.points(), Long::sum));
      }
      for (String p : ledger.persons()) {
        assertThat(ledger.balance(p)).isEqualTo(sums.get(p));
      }
      compensation.forEach((original, c) -> {
        long pts = ledger.entry(original).orElseThrow().points();
        assertThat(Math.abs(c)).as("compensations never exceed the original").isLessThanOrEqualTo(Math.abs(pts));
        assertThat(Long.signum(c)).isEqualTo(-Long.signum(pts));
      });
    });
  }

  @Test
  void theSmallestIntIsNotWithinAThousandPointsSoItCannotOverflowAReversal() {
    PointsLedger ledger = newLedger(rules);
    assertThatThrownBy(() -> ledger.award("w", PointsOutcome.OVERDUE, ticket("A", 1), Integer.MIN_VALUE, Optional.empty(), APRIL_1,
        "x")).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("points"))
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("-2147483648"));
    assertThat(ledger.size()).isZero();
  }

  @Test
  void aWorkersAndADepartmentsPointsForAPeriodAreTheSumsOfTheirEntriesInIt() {
    PointsLedger ledger = newLedger(PointsRules.builder().id("t").build());
    ledger.award("w1", PointsOutcome.VERIFIED_REPORT, ticket("A", 1), 7, Optional.empty(), APRIL_1, "a");
    ledger.award("w2", PointsOutcome.VERIFIED_REPORT, ticket("B", 1), 5, Optional.empty(), APRIL_1.plusSeconds(60), "b");
    ledger.award("w2", PointsOutcome.OVERDUE, ticket("B", 4), -2, Optional.empty(), Instant.parse("2024-03-31T15:59:59Z"), "c");
    ledger.award("w3", PointsOutcome.VERIFIED_REPORT, ticket("C", 1), 3, Optional.empty(), Instant.parse("2024-04-30T16:00:00Z"), "d");
    ScoringPeriod april = ScoringPeriod.month(YearMonth.of(2024, 4));
    assertThat(ledger.balance("w2", april)).as("2024-03-31T15:59:59Z is 23:59:59 on 31 March in Shanghai").isEqualTo(5);
    assertThat(ledger.total(List.of("w1", "w2", "w3"), april)).as("2024-04-30T16:00Z is 1 May in Shanghai").isEqualTo(12);
    assertThat(ledger.total(List.of("w1", "nobody"), april)).isEqualTo(7);
    assertThat(ledger.total(List.of(), april)).isZero();
    assertThat(ledger.balances(april)).containsExactly(Map.entry("w1", 7L), Map.entry("w2", 5L), Map.entry("w3", 0L));
  }

  @Test
  void concurrentAwardsOfOneTicketBookItOnceAndTheCapsHold() throws Exception {
    PointsLedger ledger = newLedger(rules);
    int threads = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<List<Object>>> futures = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int me = k;
      futures.add(pool.submit(() -> {
        start.await();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          try {
            out.add(ledger.award("h" + me, PointsOutcome.OVERDUE, ticket("T" + i, 4), -2, Optional.empty(), APRIL_1, "late"));
          } catch (ConflictException c) {
            out.add(c);
          }
          out.add(ledger.award("w", PointsOutcome.VERIFIED_REPORT, ticket("R" + (me * 6 + i), 1), 3, Optional.empty(),
              APRIL_1, "report"));
        }
        return out;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<List<Object>> f : futures) {
      f.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
    pool.shutdown();
    for (int i = 0; i < 6; i++) {
      int n = i;
      assertThat(ledger.entries()).filteredOn(e -> e.outcome() == PointsOutcome.OVERDUE && e.source().id().equals("T" + n))
          .as("one overdue penalty per ticket").hasSize(1);
    }
    assertThat(ledger.entries("w")).hasSize(threads * 6);
    assertThat(ledger.balance("w")).as("the daily cap of 10 holds across threads").isEqualTo(10);
    assertThat(ledger.entries()).extracting(PointsEntry::id).doesNotHaveDuplicates();
  }
}
