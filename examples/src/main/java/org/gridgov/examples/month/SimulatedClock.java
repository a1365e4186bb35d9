package org.gridgov.examples.month;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The simulation's clock (仿真时钟): the ticket service reads it, the event loop moves it forward. */
final class SimulatedClock extends Clock {
  private final ZoneId zone;
  private volatile Instant at;

  SimulatedClock(Instant start, ZoneId zone) {
    this.at = start;
    this.zone = zone;
  }

  /** Moves the clock; it never goes back. */
  void moveTo(Instant instant) {
    if (instant.isAfter(at)) {
      at = instant;
    }
  }

  @Override
  public Instant instant() {
    return at;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(at, other);
  }
}
