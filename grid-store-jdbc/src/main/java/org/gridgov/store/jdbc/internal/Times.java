package org.gridgov.store.jdbc.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * Instants in and out of {@code timestamptz} (时间换算): PostgreSQL keeps microseconds from 4713 BC to
 * 294276 AD. Values are written truncated to the microsecond; query bounds are rounded so that a
 * comparison with a stored whole-microsecond instant gives the same answer as with the exact one.
 */
final class Times {
  /** The earliest instant a {@code timestamptz} holds (4713-11-24 BC, proleptic Gregorian). */
  static final Instant MIN = Instant.parse("-4712-11-24T00:00:00Z");
  /** The latest instant a {@code timestamptz} holds (a day short, to stay clear of the edge). */
  static final Instant MAX = Instant.parse("+294276-12-30T00:00:00Z");

  private Times() {}

  /** The instant to store, truncated to the microsecond. */
  static OffsetDateTime stored(String field, Instant t) {
    if (t.isBefore(MIN) || t.isAfter(MAX)) {
      throw new InvalidInputException(field, t.toString(), "lies outside the range a PostgreSQL timestamp holds ("
          + MIN + " to " + MAX + ")");
    }
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static OffsetDateTime stored(String field, Optional<Instant> t) {
    return t.map(x -> stored(field, x)).orElse(null);
  }

  /** A query bound, clamped into the range and rounded down to the microsecond. */
  static OffsetDateTime floor(Instant t) {
    Instant c = t.isBefore(MIN) ? MIN : t.isAfter(MAX) ? MAX : t;
    return OffsetDateTime.ofInstant(c.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** A query bound, clamped into the range and rounded up to the microsecond. */
  static OffsetDateTime ceil(Instant t) {
    Instant c = t.isBefore(MIN) ? MIN : t.isAfter(MAX) ? MAX : t;
    Instant down = c.truncatedTo(ChronoUnit.MICROS);
    return OffsetDateTime.ofInstant(down.equals(c) ? down : down.plus(1, ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static Instant read(OffsetDateTime t) {
    return t.toInstant();
  }

  static Optional<Instant> readOptional(OffsetDateTime t) {
    return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
  }
}
