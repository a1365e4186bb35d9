package org.gridgov.workflow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link Clock} tests move by hand; thread-safe. */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public MutableClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  /** A clock at {@code start} in Asia/Shanghai. */
  public static MutableClock at(Instant start) {
    return new MutableClock(start, ZoneId.of("Asia/Shanghai"));
  }

  /** A clock at the local date-time {@code text} (ISO, e.g. {@code 2022-01-13T10:06}) in Asia/Shanghai. */
  public static MutableClock at(String localDateTime) {
    ZoneId z = ZoneId.of("Asia/Shanghai");
    return new MutableClock(java.time.LocalDateTime.parse(localDateTime).atZone(z).toInstant(), z);
  }

  /** Moves the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(instant);
  }

  /** Moves the clock to the local date-time {@code text} in its zone. */
  public void set(String localDateTime) {
    now.set(java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
  }

  /** Moves the clock forward. */
  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now.get(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
