package org.gridgov.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Working time as a coordinate: W(t) is the number of working nanoseconds (office hours on
 * working days) from the first covered day to instant t. W is non-decreasing, so adding working
 * time is W⁻¹(W(t) + amount), and both directions are an array lookup or a binary search over
 * per-day prefix sums: O(1) and O(log days).
 *
 * <p>It knows nothing of the API: a question about a day without data is answered with the
 * exception that the {@link Unknown} factory given at construction makes.
 */
public final class WorkingTimeIndex {
  /** Makes the exception for a question about a day the index has no data for: field, value, rule. */
  @FunctionalInterface
  public interface Unknown {
    RuntimeException create(String field, String value, String rule);
  }

  private static final long NANOS = 1_000_000_000L;

  private final ZoneId zone;
  private final LocalDate first;
  private final int days;
  private final int perDay;
  private final long[] dayStart;
  private final long[] ivStart;
  private final long[] ivEnd;
  private final long[] cum;
  private final boolean[] working;
  private final boolean[] known;
  private final int[] unknownBefore;
  private final SortedSet<Integer> covered;
  private final Unknown unknown;

  /**
   * Builds the index over every day of the years from the first to the last covered year.
   *
   * @param overrides dates whose status differs from the normal week (true: a working day)
   * @param unknown makes the exception for a day without data
   */
  public WorkingTimeIndex(ZoneId zone, List<LocalTime[]> officeHours, SortedSet<Integer> covered,
      Map<LocalDate, Boolean> overrides, Unknown unknown) {
    this.zone = zone;
    this.unknown = unknown;
    this.covered = covered;
    this.first = LocalDate.of(covered.first(), 1, 1);
    LocalDate end = LocalDate.of(covered.last() + 1, 1, 1);
    this.days = (int) (end.toEpochDay() - first.toEpochDay());
    this.perDay = officeHours.size();
    this.dayStart = new long[days + 1];
    this.ivStart = new long[days * perDay];
    this.ivEnd = new long[days * perDay];
    this.cum = new long[days + 1];
    this.working = new boolean[days];
    this.known = new boolean[days];
    this.unknownBefore = new int[days + 1];
    for (int d = 0; d <= days; d++) {
      LocalDate date = first.plusDays(d);
      dayStart[d] = nanos(date.atStartOfDay(zone).toInstant());
      if (d == days) {
        break;
      }
      known[d] = covered.contains(date.getYear());
      Boolean override = overrides.get(date);
      working[d] = override != null ? override : date.getDayOfWeek().getValue() <= 5;
      long sum = 0;
      for (int i = 0; i < perDay; i++) {
        LocalTime[] iv = officeHours.get(i);
        ivStart[d * perDay + i] = nanos(date.atTime(iv[0]).atZone(zone).toInstant());
        ivEnd[d * perDay + i] = nanos(date.atTime(iv[1]).atZone(zone).toInstant());
        sum += ivEnd[d * perDay + i] - ivStart[d * perDay + i];
      }
      cum[d + 1] = cum[d] + (working[d] ? sum : 0);
      unknownBefore[d + 1] = unknownBefore[d] + (known[d] ? 0 : 1);
    }
  }

  /** True when {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    int d = (int) (date.toEpochDay() - first.toEpochDay());
    if (d < 0 || d >= days || !known[d]) {
      throw missing("date", date.toString(), date.getYear());
    }
    return working[d];
  }

  /** W(t): working nanoseconds from the start of the index to {@code t}. */
  public long w(Instant t) {
    long n = nanos(t);
    int d = day(n, t);
    long w = cum[d];
    if (working[d]) {
      int base = d * perDay;
      for (int i = 0; i < perDay; i++) {
        long s = ivStart[base + i];
        long e = ivEnd[base + i];
        if (n > s) {
          w += Math.min(n, e) - s;
        }
      }
    }
    return w;
  }

  /** The earliest instant with W ≥ {@code w}, reached from {@code from} (every day between must be covered). */
  public Instant inverse(long w, Instant from) {
    int fromDay = day(nanos(from), from);
    if (w > cum[days]) {
      throw missing("deadline", "after " + first.plusDays(days - 1), covered.last() + 1);
    }
    int lo = 0;
    int hi = days - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid + 1] >= w) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int d = Math.max(lo, fromDay);
    if (unknownBefore[d + 1] - unknownBefore[fromDay] != 0) {
      for (int k = fromDay; k <= d; k++) {
        if (!known[k]) {
          throw missing("deadline", first.plusDays(k).toString(), first.plusDays(k).getYear());
        }
      }
    }
    long r = w - cum[d];
    int base = d * perDay;
    for (int i = 0; i < perDay; i++) {
      long len = ivEnd[base + i] - ivStart[base + i];
      if (r <= len) {
        return instant(ivStart[base + i] + r);
      }
      r -= len;
    }
    return instant(ivEnd[base + perDay - 1]);
  }

  private int day(long n, Instant t) {
    if (n < dayStart[0] || n >= dayStart[days]) {
      throw missing("instant", t.toString(), t.atZone(zone).getYear());
    }
    int i = Arrays.binarySearch(dayStart, n);
    int d = i >= 0 ? i : -i - 2;
    if (!known[d]) {
      throw missing("instant", t.toString(), first.plusDays(d).getYear());
    }
    return d;
  }

  private RuntimeException missing(String field, String value, int year) {
    return unknown.create(field, value, "the business calendar has no holiday data for " + year
        + " (it covers " + covered + "); a year without data is unknown, not a year without holidays");
  }

  static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }
}
