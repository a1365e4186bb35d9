package org.gridgov.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.TimeLimit;
import org.gridgov.core.TimeLimitUnit;
import org.gridgov.workflow.internal.WorkingTimeIndex;

/**
 * The business calendar (工作日历): working days on the Chinese calendar — Monday to Friday, less
 * public holidays, plus adjusted working days (调休上班) — office hours on those days, and a time
 * zone (Asia/Shanghai by default). It turns a {@link TimeLimit} into instants:
 *
 * <ul>
 *   <li>{@link TimeLimitUnit#WORKING_HOURS}: that many hours of office time;</li>
 *   <li>{@link TimeLimitUnit#WORKING_DAYS}: that many working days' worth of office time, so a
 *       limit of 5 working days started at 10:00 on a working day is due at 10:00 on the fifth
 *       working day after (a start outside office hours counts from the next opening);</li>
 *   <li>{@link TimeLimitUnit#CALENDAR_DAYS}: the same local time that many days later, holidays
 *       included;</li>
 *   <li>{@link TimeLimitUnit#CALENDAR_HOURS}: that many hours later, round the clock (emergencies,
 *       the one-key call for help).</li>
 * </ul>
 *
 * Due instants are the earliest instant the limit is used up, rounded up to a whole second.
 *
 * <p>Holiday data comes as one file per year in the format of {@code NateScarlet/holiday-cn}
 * (shipped for 2020–2026, see the README beside the resource). A year with no data is unknown:
 * any working-time computation that touches it throws a {@link CalendarDataMissingException}.
 * Immutable and thread-safe.
 */
public final class BusinessCalendar {
  /** The zone of the Chinese calendar. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String RESOURCE = "/org/gridgov/workflow/holidays/";
  private static final int[] SHIPPED = {2020, 2021, 2022, 2023, 2024, 2025, 2026};
  private static final long HOUR = 3_600_000_000_000L;
  /** Instants the calendar's arithmetic accepts: far beyond any holiday data, short of overflow. */
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  private final ZoneId zone;
  private final List<LocalTime[]> officeHours;
  private final long dayLength;
  private final WorkingTimeIndex index;
  private final SortedSet<Integer> covered;

  private BusinessCalendar(ZoneId zone, List<LocalTime[]> officeHours, SortedSet<Integer> covered,
      Map<LocalDate, Boolean> overrides) {
    this.zone = zone;
    this.officeHours = officeHours;
    long len = 0;
    for (LocalTime[] iv : officeHours) {
      len += Duration.between(iv[0], iv[1]).toNanos();
    }
    this.dayLength = len;
    this.covered = Collections.unmodifiableSortedSet(covered);
    this.index = new WorkingTimeIndex(zone, officeHours, this.covered, overrides, CalendarDataMissingException::new);
  }

  private static volatile BusinessCalendar chinese;

  /**
   * The Chinese calendar with the shipped holiday data (2020–2026), Asia/Shanghai, office hours
   * 09:00–12:00 and 13:00–17:00 (7 working hours a day).
   */
  public static BusinessCalendar chinese() {
    BusinessCalendar c = chinese;
    if (c == null) {
      c = builder().chineseHolidays().build();
      chinese = c;
    }
    return c;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The zone days and office hours are in. */
  public ZoneId zone() {
    return zone;
  }

  /** The years with holiday data. */
  public SortedSet<Integer> coveredYears() {
    return covered;
  }

  /** The office time of one working day. */
  public Duration workingDayLength() {
    return Duration.ofNanos(dayLength);
  }

  /** The office hours as {from, to} pairs, in order. */
  public List<LocalTime[]> officeHours() {
    List<LocalTime[]> copy = new ArrayList<>();
    officeHours.forEach(iv -> copy.add(iv.clone()));
    return copy;
  }

  /**
   * True when {@code date} is a working day (工作日), adjusted working days included.
   *
   * @throws CalendarDataMissingException when the calendar has no data for its year
   */
  public boolean isWorkingDay(LocalDate date) {
    if (date == null) {
      throw new MissingValueException("date");
    }
    return index.isWorkingDay(date);
  }

  /** The office time between two instants (zero when {@code to} is not after {@code from}). */
  public Duration workingTimeBetween(Instant from, Instant to) {
    require(from, "from");
    require(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(index.w(to) - index.w(from));
  }

  /** The earliest instant at which {@code amount} of office time has passed since {@code from}. */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    require(from, "from");
    require(amount, "amount");
    if (amount.isNegative() || amount.compareTo(Duration.ofDays(36_500)) > 0) {
      throw new InvalidInputException("amount", amount.toString(), "must lie between zero and a hundred years");
    }
    return index.inverse(index.w(from) + amount.toNanos(), from);
  }

  /** The instant a limit started at {@code start} is used up, rounded up to a whole second. */
  public Instant dueAt(Instant start, TimeLimit limit) {
    require(start, "start");
    require(limit, "limit");
    if (!limit.unit().countsWorkingTime()) {
      requireSane(limit);
      return ceil(limit.unit() == TimeLimitUnit.CALENDAR_HOURS ? start.plus(Duration.ofHours(limit.amount()))
          : start.atZone(zone).plusDays(limit.amount()).toInstant());
    }
    return ceil(index.inverse(index.w(start) + budget(limit), start));
  }

  /** A clock started at {@code start} with {@code limit}: its warning (80 %) and due instants. */
  public Deadline start(Instant start, TimeLimit limit) {
    require(start, "start");
    require(limit, "limit");
    if (!limit.unit().countsWorkingTime()) {
      Instant due = dueAt(start, limit);
      Duration total = Duration.between(start, due);
      return Deadline.running(start, limit, ceil(start.plus(total.multipliedBy(4).dividedBy(5))), due);
    }
    long w0 = index.w(start);
    long budget = budget(limit);
    Instant due = ceil(index.inverse(w0 + budget, start));
    Instant warn = ceil(index.inverse(w0 + (budget - budget / 5), start));
    return Deadline.running(start, limit, warn, due);
  }

  /**
   * The paused clock {@code d} resumed at {@code at}: its instants move later by the office time
   * (elapsed time, for calendar-day and calendar-hour limits) it stood still.
   */
  public Deadline resume(Deadline d, Instant at) {
    require(d, "deadline");
    require(at, "at");
    if (!d.isPaused()) {
      return d;
    }
    Instant since = d.pausedSince().get();
    if (at.isBefore(since)) {
      throw new InvalidInputException("at", at.toString(), "a clock resumes after it paused at " + since);
    }
    if (!d.limit().unit().countsWorkingTime()) {
      Duration stood = Duration.between(since, at);   // instants stay whole seconds, as the board and the stores count them
      return d.resumed(ceil(d.warnAt().plus(stood)), ceil(d.dueAt().plus(stood)), stood);
    }
    long stood = index.w(at) - index.w(since);
    Instant warn = ceil(index.inverse(index.w(d.warnAt()) + stood, d.warnAt()));
    Instant due = ceil(index.inverse(index.w(d.dueAt()) + stood, d.dueAt()));
    return d.resumed(warn, due, Duration.ofNanos(stood));
  }

  /**
   * The clock {@code d} extended by {@code by} (延期): the due instant moves by {@code by} counted
   * from the old due instant, the warning instant to 80 % of the new whole.
   */
  public Deadline extend(Deadline d, TimeLimit by) {
    require(d, "deadline");
    require(by, "by");
    Instant due = dueAt(d.dueAt(), by);
    TimeLimit limit = by.unit() == d.limit().unit() ? new TimeLimit(d.limit().amount() + by.amount(), by.unit()) : d.limit();
    Instant warn;
    if (!d.limit().unit().countsWorkingTime()) {
      Duration total = Duration.between(d.startedAt(), due).minus(d.paused());
      warn = ceil(d.startedAt().plus(d.paused()).plus(total.multipliedBy(4).dividedBy(5)));
    } else {
      long ws = index.w(d.startedAt()) + d.paused().toNanos();
      long total = index.w(due) - ws;
      warn = ceil(index.inverse(ws + (total - total / 5), d.startedAt()));
    }
    if (warn.isBefore(d.startedAt())) {
      warn = d.startedAt();
    }
    return d.extended(limit, warn, due);
  }

  private long budget(TimeLimit limit) {
    requireSane(limit);
    return limit.unit() == TimeLimitUnit.WORKING_HOURS ? limit.amount() * HOUR : limit.amount() * dayLength;
  }

  /** At most a hundred years of days or hours: longer limits are mistakes and would overflow the arithmetic. */
  private static void requireSane(TimeLimit limit) {
    long most = limit.unit() == TimeLimitUnit.WORKING_HOURS || limit.unit() == TimeLimitUnit.CALENDAR_HOURS ? 876_000 : 36_500;
    if (limit.amount() > most) {
      throw new InvalidInputException("limit", limit.toString(), "must be at most " + most + " "
          + limit.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (a hundred years)");
    }
  }

  private static Instant ceil(Instant t) {
    return t.getNano() == 0 ? t : Instant.ofEpochSecond(t.getEpochSecond() + 1);
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    if (value instanceof Instant && (((Instant) value).isBefore(EARLIEST) || !((Instant) value).isBefore(LATEST))) {
      throw new InvalidInputException(field, value.toString(), "must lie in the years 1900 to 2199");
    }
  }


  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", years " + covered + ", " + workingDayLength().toMinutes() + " min a day]";
  }

  /** Builds a {@link BusinessCalendar}. Not thread-safe. */
  public static final class Builder {
    private ZoneId zone = CHINA;
    private final List<LocalTime[]> officeHours = new ArrayList<>();
    private final SortedSet<Integer> covered = new TreeSet<>();
    private final Map<LocalDate, Boolean> overrides = new HashMap<>();

    private Builder() {}

    /** The zone (Asia/Shanghai unless set). */
    public Builder zone(ZoneId zone) {
      require(zone, "zone");
      this.zone = zone;
      return this;
    }

    /** Adds an office-hours interval; 09:00–12:00 and 13:00–17:00 when none is added. */
    public Builder officeHours(LocalTime from, LocalTime to) {
      require(from, "officeHours.from");
      require(to, "officeHours.to");
      if (!from.isBefore(to)) {
        throw new InvalidInputException("officeHours", from + "-" + to, "an interval starts before it ends");
      }
      if (!officeHours.isEmpty() && from.isBefore(officeHours.get(officeHours.size() - 1)[1])) {
        throw new InvalidInputException("officeHours", from + "-" + to, "intervals are added in order and do not overlap");
      }
      officeHours.add(new LocalTime[] {from, to});
      return this;
    }

    /** Adds the shipped Chinese holiday data (2020–2026). */
    public Builder chineseHolidays() {
      for (int year : SHIPPED) {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(RESOURCE + year + ".json")) {
          if (in == null) {
            throw new IllegalStateException("holiday resource for " + year + " is missing from the jar");
          }
          holidayYear(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return this;
    }

    /**
     * Adds one year file in the holiday-cn format ({@code {"year": 2024, "papers": [...], "days":
     * [{"name": "春节", "date": "2024-02-10", "isOffDay": true}, ...]}}). The stream is not closed.
     * A file with no days does not cover its year.
     *
     * @throws InvalidInputException naming the JSON path of a fault
     */
    public Builder holidayYear(InputStream json) {
      require(json, "json");
      JsonNode root = GridGovJson.read(json, JsonNode.class, "holiday",
          (path, value, rule, cause) -> new InvalidInputException("holidays", value, rule, cause));
      if (root == null || !root.isObject() || !root.path("year").isIntegralNumber()) {
        throw new InvalidInputException("holidays.year", String.valueOf(root == null ? null : root.get("year")),
            "a holiday file is an object with an integer year");
      }
      int year = root.get("year").intValue();
      JsonNode days = root.path("days");
      if (!days.isArray()) {
        throw new InvalidInputException("holidays[" + year + "].days", String.valueOf(days), "must be an array");
      }
      Map<LocalDate, Boolean> read = new HashMap<>();
      for (int i = 0; i < days.size(); i++) {
        JsonNode day = days.get(i);
        String at = "holidays[" + year + "].days[" + i + "]";
        if (!day.path("date").isTextual() || !day.path("isOffDay").isBoolean() || !day.path("name").isTextual()) {
          throw new InvalidInputException(at, day.toString(), "each day has a text name, a text date and a boolean isOffDay");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(day.get("date").textValue());
        } catch (DateTimeException e) {
          throw new InvalidInputException(at + ".date", day.get("date").textValue(), "must be an ISO date (yyyy-mm-dd)");
        }
        if (Math.abs(date.getYear() - year) > 1) {
          throw new InvalidInputException(at + ".date", date.toString(), "must lie in or next to the file's year " + year);
        }
        read.put(date, !day.get("isOffDay").booleanValue());
      }
      if (!read.isEmpty()) {
        overrides.putAll(read);
        covered.add(year);
      }
      return this;
    }

    /**
     * Adds a year from data already at hand: the dates whose status differs from the normal week
     * (true: an adjusted working day; false: a day off).
     */
    public Builder year(int year, Map<LocalDate, Boolean> exceptions) {
      require(exceptions, "exceptions");
      if (year < 1900 || year > 2999) {
        throw new InvalidInputException("year", Integer.toString(year), "must be a year from 1900 to 2999");
      }
      exceptions.forEach((d, w) -> {
        require(d, "exceptions.date");
        require(w, "exceptions.working");
        overrides.put(d, w);
      });
      covered.add(year);
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @throws InvalidInputException when no year has data
     */
    public BusinessCalendar build() {
      if (covered.isEmpty()) {
        throw new InvalidInputException("holidays", "[]", "a business calendar needs holiday data for at least one year");
      }
      List<LocalTime[]> hours = officeHours.isEmpty()
          ? List.of(new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(12, 0)},
              new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 0)})
          : List.copyOf(officeHours);
      return new BusinessCalendar(zone, hours, new TreeSet<>(covered), new HashMap<>(overrides));
    }
  }
}
