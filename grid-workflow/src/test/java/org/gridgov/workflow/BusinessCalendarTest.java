package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final BusinessCalendar CN = BusinessCalendar.chinese();
  private static final ZoneId SH = BusinessCalendar.CHINA;

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(SH).toInstant();
  }

  @Test
  void theShippedDataCoversTwentyTwentyToTwentyTwentySix() {
    assertThat(CN.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(CN.workingDayLength()).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void fiveWorkingDaysFromTheFridayBeforeSpringFestival2024SkipTheHolidayAndCountTheAdjustedSunday() {
    // Fri 2024-02-09 (除夕, a working day by the notice); 02-10..02-17 off; Sun 02-18 worked (调休)
    assertThat(CN.dueAt(at("2024-02-09T10:00"), TimeLimit.workingDays(5))).isEqualTo(at("2024-02-22T10:00"));
    // the Friday a week earlier: Sun 02-04 is an adjusted working day too
    assertThat(CN.dueAt(at("2024-02-02T10:00"), TimeLimit.workingDays(5))).isEqualTo(at("2024-02-08T10:00"));
  }

  @Test
  void adjustedWorkingDaysOnWeekendsAreWorkingDays() {
    // 2024-02-04 and 2024-02-18 are Sundays, 2024-05-11 and 2024-10-12 Saturdays, all worked (调休上班)
    assertThat(LocalDate.parse("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(LocalDate.parse("2024-05-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    for (String d : new String[] {"2024-02-04", "2024-02-18", "2024-05-11", "2024-10-12", "2025-10-11"}) {
      assertThat(CN.isWorkingDay(LocalDate.parse(d))).as(d).isTrue();
    }
    for (String d : new String[] {"2024-02-12", "2024-05-01", "2024-10-07", "2024-05-12", "2023-01-02"}) {
      assertThat(CN.isWorkingDay(LocalDate.parse(d))).as(d).isFalse();
    }
    // a working-day limit runs through the adjusted Saturday: Fri 16:00 + 7 h = Sat 16:00
    assertThat(CN.dueAt(at("2024-05-10T16:00"), TimeLimit.workingDays(1))).isEqualTo(at("2024-05-11T16:00"));
  }

  @Test
  void aLimitCrossingNationalDay2025ResumesAfterTheEightDaysOff() {
    // Tue 09-30 10:00 + 3 working days: 6 h that day, Oct 1-8 off, Oct 9 and 10, 1 h of Sat Oct 11 (调休)
    assertThat(CN.dueAt(at("2025-09-30T10:00"), TimeLimit.workingDays(3))).isEqualTo(at("2025-10-11T10:00"));
    // calendar days ignore holidays
    assertThat(CN.dueAt(at("2025-09-30T10:00"), TimeLimit.calendarDays(7))).isEqualTo(at("2025-10-07T10:00"));
  }

  @Test
  void aSuspensionInTheMiddleMovesTheDeadlineByTheWorkingTimeItStoodStill() {
    Deadline d = CN.start(at("2024-03-04T09:00"), TimeLimit.workingDays(5));
    assertThat(d.dueAt()).isEqualTo(at("2024-03-08T17:00"));
    Deadline paused = d.pausedAt(at("2024-03-05T14:00"));
    assertThat(paused.lightAt(at("2024-03-20T10:00"))).isEqualTo(TimingLight.GREEN);
    Deadline resumed = CN.resume(paused, at("2024-03-07T14:00"));
    // stood still 3 h on Tue, 7 h on Wed, 4 h on Thu = 14 h = 2 working days
    assertThat(resumed.paused()).isEqualTo(Duration.ofHours(14));
    assertThat(resumed.dueAt()).isEqualTo(at("2024-03-12T17:00"));
    assertThat(resumed.isPaused()).isFalse();
  }

  @Test
  void aCalendarClockResumedAfterAFractionOfASecondStillFallsDueOnAWholeSecond() {
    Instant start = at("2024-03-04T10:00");
    for (TimeLimit limit : List.of(TimeLimit.calendarDays(7), TimeLimit.calendarHours(2))) {
      Deadline d = CN.start(start, limit).pausedAt(start.plusSeconds(600));
      Deadline resumed = CN.resume(d, start.plusSeconds(1200).plusMillis(400));   // stood 600.4 s
      assertThat(resumed.dueAt().getNano()).as("%s due", limit).isZero();
      assertThat(resumed.warnAt().getNano()).as("%s warn", limit).isZero();
      assertThat(resumed.dueAt()).isEqualTo(d.dueAt().plusSeconds(601));          // rounded up, never earlier
    }
  }

  @Test
  void theWarningIsAtEightyPercentOfTheLimit() {
    Deadline d = CN.start(at("2024-03-04T09:00"), TimeLimit.workingDays(5));
    // 80 % of 35 h is 28 h: Mon to Thu
    assertThat(d.warnAt()).isEqualTo(at("2024-03-07T17:00"));
    assertThat(d.lightAt(at("2024-03-07T16:59"))).isEqualTo(TimingLight.GREEN);
    assertThat(d.lightAt(at("2024-03-08T09:00"))).isEqualTo(TimingLight.YELLOW);
    assertThat(d.lightAt(at("2024-03-08T17:00"))).isEqualTo(TimingLight.YELLOW);
    assertThat(d.lightAt(at("2024-03-08T17:00:01"))).isEqualTo(TimingLight.RED);
  }

  @Test
  void workingHoursSkipTheLunchBreakAndTheNight() {
    assertThat(CN.dueAt(at("2024-03-04T11:30"), TimeLimit.workingHours(1))).isEqualTo(at("2024-03-04T13:30"));
    assertThat(CN.dueAt(at("2024-03-04T12:30"), TimeLimit.workingHours(1))).isEqualTo(at("2024-03-04T14:00"));
    assertThat(CN.dueAt(at("2024-03-04T16:30"), TimeLimit.workingHours(1))).isEqualTo(at("2024-03-05T09:30"));
    assertThat(CN.dueAt(at("2024-03-08T20:00"), TimeLimit.workingHours(2))).isEqualTo(at("2024-03-11T11:00"));
  }

  @Test
  void aYearWithoutDataIsAnErrorNotAYearWithoutHolidays() {
    assertThatThrownBy(() -> CN.isWorkingDay(LocalDate.parse("2027-01-04")))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027-01-04")
        .hasMessageContaining("no holiday data for 2027");
    assertThatThrownBy(() -> CN.dueAt(at("2026-12-29T10:00"), TimeLimit.workingDays(5)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> CN.dueAt(at("2019-06-03T10:00"), TimeLimit.workingHours(1)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2019");
  }

  @Test
  void aGapBetweenCoveredYearsIsUnknownToo() {
    BusinessCalendar gappy = BusinessCalendar.builder().year(2024, Map.of()).year(2026, Map.of()).build();
    assertThat(gappy.isWorkingDay(LocalDate.parse("2024-12-31"))).isTrue();
    assertThatThrownBy(() -> gappy.dueAt(at("2024-12-31T10:00"), TimeLimit.workingDays(3)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2025");
  }

  @Test
  void aBadHolidayFileIsRefusedNamingThePath() {
    String bad = "{\"year\": 2030, \"papers\": [], \"days\": [{\"name\": \"x\", \"date\": \"2030-13-01\", \"isOffDay\": true}]}";
    assertThatThrownBy(() -> BusinessCalendar.builder().holidayYear(stream(bad)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("holidays[2030].days[0].date")
        .hasMessageContaining("2030-13-01");
    String noYear = "{\"papers\": [], \"days\": []}";
    assertThatThrownBy(() -> BusinessCalendar.builder().holidayYear(stream(noYear))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("holidays.year");
    String empty = "{\"year\": 2027, \"papers\": [], \"days\": []}";
    assertThatThrownBy(() -> BusinessCalendar.builder().holidayYear(stream(empty)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one year");
  }

  @Test
  void officeHoursAndZoneAreConfigurable() {
    BusinessCalendar c = BusinessCalendar.builder().chineseHolidays().zone(ZoneId.of("Asia/Urumqi"))
        .officeHours(LocalTime.of(10, 0), LocalTime.of(14, 0)).officeHours(LocalTime.of(15, 30), LocalTime.of(19, 30)).build();
    assertThat(c.workingDayLength()).isEqualTo(Duration.ofHours(8));
    Instant start = LocalDateTime.parse("2024-03-04T13:00").atZone(ZoneId.of("Asia/Urumqi")).toInstant();
    assertThat(c.dueAt(start, TimeLimit.workingHours(2))).isEqualTo(
        LocalDateTime.parse("2024-03-04T16:30").atZone(ZoneId.of("Asia/Urumqi")).toInstant());
    assertThatThrownBy(() -> BusinessCalendar.builder().officeHours(LocalTime.NOON, LocalTime.of(9, 0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("officeHours");
  }

  @Test
  void addingWorkingTimeAndMeasuringItAgree() {
    qt().withExamples(300).forAll(WorkflowGenerators.instants(), integers().between(0, 60 * 60 * 24 * 20))
        .checkAssert((start, seconds) -> {
          Duration amount = Duration.ofSeconds(seconds);
          Instant end = CN.plusWorkingTime(start, amount);
          assertThat(end).isAfterOrEqualTo(start);
          assertThat(CN.workingTimeBetween(start, end)).isEqualTo(amount);
          // and end is the earliest such instant: a second before, less time has passed
          if (!amount.isZero() && end.isAfter(start)) {
            assertThat(CN.workingTimeBetween(start, end.minusSeconds(1))).isLessThan(amount);
          }
        });
  }

  @Test
  void dueInstantsNeverMoveBackWhenTheStartMovesForward() {
    qt().withExamples(300).forAll(WorkflowGenerators.instants(), integers().between(0, 3 * 24 * 3600), integers().between(1, 10))
        .checkAssert((start, later, days) -> {
          Instant a = CN.dueAt(start, TimeLimit.workingDays(days));
          Instant b = CN.dueAt(start.plusSeconds(later), TimeLimit.workingDays(days));
          assertThat(b).isAfterOrEqualTo(a);
          Deadline d = CN.start(start, TimeLimit.workingDays(days));
          assertThat(d.warnAt()).isBetween(start, d.dueAt());
          assertThat(d.dueAt().getNano()).isZero();
        });
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
