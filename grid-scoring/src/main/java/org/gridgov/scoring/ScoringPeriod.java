package org.gridgov.scoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * A calendar period in a time zone (考核周期): the days {@link #firstDay()} to {@link #lastDay()}
 * and the instants {@code [start, end)} from the first day's midnight to the midnight after the
 * last day, in {@link #zone()}. A ticket event counts in the period when its
 * {@code occurredAt} lies in {@code [start, end)}.
 *
 * <p>Periods are calendar periods: a month is the calendar month, a week the ISO week (Monday to
 * Sunday), a quarter three calendar months from January, April, July or October, a half-year
 * January–June or July–December. The default zone is Asia/Shanghai ({@link #CHINA}).
 */
public final class ScoringPeriod implements Comparable<ScoringPeriod> {
  /** Asia/Shanghai, the default zone. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PeriodKind kind;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final ZoneId zone;
  private final Instant start;
  private final Instant end;

  private ScoringPeriod(PeriodKind kind, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.zone = zone;
    this.start = firstDay.atStartOfDay(zone).toInstant();
    this.end = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * The period of {@code kind} that contains {@code day}, in {@code zone}.
   *
   * @throws MissingValueException when an argument is missing
   */
  public static ScoringPeriod containing(PeriodKind kind, LocalDate day, ZoneId zone) {
    require(kind, "kind");
    require(day, "day");
    require(zone, "zone");
    try {
      return of(kind, day, zone);
    } catch (DateTimeException | ArithmeticException e) {
      throw new InvalidInputException("day", day.toString(), "the " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " containing it must lie within " + LocalDate.MIN + " to " + LocalDate.MAX + " in " + zone, e);
    }
  }

  private static ScoringPeriod of(PeriodKind kind, LocalDate day, ZoneId zone) {
    switch (kind) {
      case DAY:
        return new ScoringPeriod(kind, day, day, zone);
      case WEEK: {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new ScoringPeriod(kind, monday, monday.plusDays(6), zone);
      }
      case MONTH: {
        YearMonth m = YearMonth.from(day);
        return new ScoringPeriod(kind, m.atDay(1), m.atEndOfMonth(), zone);
      }
      case QUARTER: {
        int q = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate first = LocalDate.of(day.getYear(), 3 * (q - 1) + 1, 1);
        return new ScoringPeriod(kind, first, first.plusMonths(3).minusDays(1), zone);
      }
      default: {
        LocalDate first = LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
        return new ScoringPeriod(kind, first, first.plusMonths(6).minusDays(1), zone);
      }
    }
  }

  /** The period of {@code kind} that contains {@code instant}, in {@code zone}. */
  public static ScoringPeriod containing(PeriodKind kind, Instant instant, ZoneId zone) {
    require(kind, "kind");
    require(instant, "instant");
    require(zone, "zone");
    LocalDate day;
    try {
      day = LocalDate.ofInstant(instant, zone);
    } catch (DateTimeException e) {
      throw new InvalidInputException("instant", instant.toString(), "must fall on a date from " + LocalDate.MIN + " to "
          + LocalDate.MAX + " in " + zone, e);
    }
    return containing(kind, day, zone);
  }

  /** One day in Asia/Shanghai. */
  public static ScoringPeriod day(LocalDate day) {
    return containing(PeriodKind.DAY, day, CHINA);
  }

  /** The ISO week (Monday to Sunday) containing {@code day}, in Asia/Shanghai. */
  public static ScoringPeriod week(LocalDate day) {
    return containing(PeriodKind.WEEK, day, CHINA);
  }

  /** A calendar month in Asia/Shanghai. */
  public static ScoringPeriod month(YearMonth month) {
    require(month, "month");
    return containing(PeriodKind.MONTH, month.atDay(1), CHINA);
  }

  /** A calendar month in {@code zone}. */
  public static ScoringPeriod month(YearMonth month, ZoneId zone) {
    require(month, "month");
    return containing(PeriodKind.MONTH, month.atDay(1), zone);
  }

  /**
   * Quarter {@code quarter} (1–4) of {@code year}, in Asia/Shanghai.
   *
   * @throws InvalidInputException for a quarter outside 1–4
   */
  public static ScoringPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException("quarter", Integer.toString(quarter), "a quarter is 1 to 4");
    }
    requireYear(year);
    return containing(PeriodKind.QUARTER, LocalDate.of(year, 3 * (quarter - 1) + 1, 1), CHINA);
  }

  /**
   * Half-year {@code half} (1: January–June, 2: July–December) of {@code year}, in Asia/Shanghai.
   *
   * @throws InvalidInputException for a half outside 1–2
   */
  public static ScoringPeriod halfYear(int year, int half) {
    if (half < 1 || half > 2) {
      throw new InvalidInputException("half", Integer.toString(half), "a half-year is 1 or 2");
    }
    requireYear(year);
    return containing(PeriodKind.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1), CHINA);
  }

  private static void requireYear(int year) {
    if (!ChronoField.YEAR.range().isValidIntValue(year)) {
      throw new InvalidInputException("year", Integer.toString(year), "a year is " + ChronoField.YEAR.range());
    }
  }

  /** Day, week, month, quarter or half-year. */
  public PeriodKind kind() {
    return kind;
  }

  /** The first day. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last day. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** The zone the days are reckoned in. */
  public ZoneId zone() {
    return zone;
  }

  /** The first instant, inclusive: midnight starting the first day. */
  public Instant start() {
    return start;
  }

  /** The end, exclusive: midnight after the last day. */
  public Instant end() {
    return end;
  }

  /** True when {@code instant} lies in {@code [start, end)}. */
  public boolean contains(Instant instant) {
    require(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** The period of the same kind just before this one (last month for a month). */
  public ScoringPeriod previous() {
    return containing(kind, firstDay.minusDays(1), zone);
  }

  /** The period of the same kind just after this one. */
  public ScoringPeriod next() {
    return containing(kind, lastDay.plusDays(1), zone);
  }

  /** The days of the period, first to last. */
  public List<LocalDate> days() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      out.add(d);
    }
    return Collections.unmodifiableList(out);
  }

  /** The day periods the period consists of; their figures merge into this period's. */
  public List<ScoringPeriod> dayPeriods() {
    List<ScoringPeriod> out = new ArrayList<>();
    for (LocalDate d : days()) {
      out.add(containing(PeriodKind.DAY, d, zone));
    }
    return Collections.unmodifiableList(out);
  }

  /** A short label: {@code 2024-04-07}, {@code 2024-W14}, {@code 2024-04}, {@code 2024-Q2}, {@code 2024-H1}. */
  public String label() {
    switch (kind) {
      case DAY:
        return firstDay.toString();
      case WEEK:
        return firstDay.get(IsoFields.WEEK_BASED_YEAR) + "-W"
            + String.format("%02d", firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return YearMonth.from(firstDay).toString();
      case QUARTER:
        return firstDay.getYear() + "-Q" + firstDay.get(IsoFields.QUARTER_OF_YEAR);
      default:
        return firstDay.getYear() + "-H" + (firstDay.getMonthValue() <= 6 ? 1 : 2);
    }
  }

  @Override
  public int compareTo(ScoringPeriod o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ScoringPeriod)) {
      return false;
    }
    ScoringPeriod p = (ScoringPeriod) o;
    return p.kind == kind && p.firstDay.equals(firstDay) && p.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + firstDay.hashCode()) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + label() + " (" + firstDay + ".." + lastDay + " " + zone + ")";
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }
}
