package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScoringPeriodTest {
  @Test
  void aMonthRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastInShanghai() {
    ScoringPeriod april = ScoringPeriod.month(YearMonth.of(2024, 4));
    assertThat(april.start()).isEqualTo(Instant.parse("2024-03-31T16:00:00Z"));
    assertThat(april.end()).isEqualTo(Instant.parse("2024-04-30T16:00:00Z"));
    assertThat(april.contains(Instant.parse("2024-03-31T16:00:00Z"))).isTrue();
    assertThat(april.contains(Instant.parse("2024-04-30T15:59:59.999999999Z"))).isTrue();
    assertThat(april.contains(Instant.parse("2024-04-30T16:00:00Z"))).isFalse();
    assertThat(april.label()).isEqualTo("2024-04");
    assertThat(april.previous().label()).isEqualTo("2024-03");
    assertThat(april.days()).hasSize(30);
  }

  @Test
  void weeksStartOnMondayAndQuartersAndHalvesFollowTheCalendar() {
    ScoringPeriod week = ScoringPeriod.week(LocalDate.of(2024, 4, 4));
    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2024, 4, 7));
    assertThat(week.label()).isEqualTo("2024-W14");
    assertThat(ScoringPeriod.quarter(2024, 2).firstDay()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(ScoringPeriod.quarter(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(ScoringPeriod.halfYear(2024, 2).label()).isEqualTo("2024-H2");
    assertThat(ScoringPeriod.halfYear(2024, 1).next()).isEqualTo(ScoringPeriod.halfYear(2024, 2));
    assertThatThrownBy(() -> ScoringPeriod.quarter(2024, 5)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quarter");
  }

  @Test
  void everyInstantLiesInExactlyOnePeriodOfEachKindAndItsDaysTileIt() {
    qt().withExamples(300).forAll(longRange(1_500_000_000L, 1_900_000_000L)).checkAssert(seconds -> {
      Instant t = Instant.ofEpochSecond(seconds);
      for (ZoneId zone : List.of(ScoringPeriod.CHINA, ZoneId.of("Europe/Berlin"))) {
        for (PeriodKind k : PeriodKind.values()) {
          ScoringPeriod p = ScoringPeriod.containing(k, t, zone);
          assertThat(p.contains(t)).isTrue();
          assertThat(p.previous().contains(t)).isFalse();
          assertThat(p.next().contains(t)).isFalse();
          assertThat(p.previous().end()).isEqualTo(p.start());
          assertThat(p.next().start()).isEqualTo(p.end());
          List<ScoringPeriod> days = p.dayPeriods();
          assertThat(days.get(0).start()).isEqualTo(p.start());
          assertThat(days.get(days.size() - 1).end()).isEqualTo(p.end());
          assertThat(days.stream().filter(d -> d.contains(t))).hasSize(1);
        }
      }
    });
  }
}
