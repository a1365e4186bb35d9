package org.gridgov.scoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * The counts of one subject in one period (考核数据): one count per {@link Indicator}, with the
 * rates derived from them. Immutable; {@link #plus(Figures)} adds two subjects' counts (figures
 * form a commutative monoid with {@link #zero(Subject)}).
 */
public final class Figures {
  private final Subject subject;
  private final long[] counts;

  private Figures(Subject subject, long[] counts) {
    this.subject = subject;
    this.counts = counts;
  }

  /** Figures of {@code subject} with every count 0. */
  public static Figures zero(Subject subject) {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    return new Figures(subject, new long[Indicator.count()]);
  }

  /**
   * Figures with the given counts; indicators not named are 0.
   *
   * @throws InvalidInputException for a negative count
   */
  public static Figures of(Subject subject, Map<Indicator, Long> counts) {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    if (counts == null) {
      throw new MissingValueException("counts");
    }
    long[] c = new long[Indicator.count()];
    counts.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new MissingValueException("counts");
      }
      if (v < 0) {
        throw new InvalidInputException("counts." + k, Long.toString(v), "a count is not negative");
      }
      c[k.ordinal()] = v;
    });
    return new Figures(subject, c);
  }

  /** Wraps a row of a count table without copying; the caller hands over the array. */
  static Figures wrap(Subject subject, long[] counts) {
    return new Figures(subject, counts);
  }

  /** Whose figures these are. */
  public Subject subject() {
    return subject;
  }

  /** The count of {@code indicator}. */
  public long count(Indicator indicator) {
    if (indicator == null) {
      throw new MissingValueException("indicator");
    }
    return counts[indicator.ordinal()];
  }

  /** The rate, empty when its denominator is 0. */
  public Optional<Ratio> rate(Rate rate) {
    if (rate == null) {
      throw new MissingValueException("rate");
    }
    return rate.of(this);
  }

  /** Every count, in indicator order. */
  public Map<Indicator, Long> counts() {
    Map<Indicator, Long> out = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      out.put(i, counts[i.ordinal()]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** True when every count is 0. */
  public boolean isZero() {
    for (long c : counts) {
      if (c != 0) {
        return false;
      }
    }
    return true;
  }

  /** These counts plus {@code other}'s, as figures of this subject. */
  public Figures plus(Figures other) {
    if (other == null) {
      throw new MissingValueException("other");
    }
    long[] c = counts.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] += other.counts[i];
    }
    return new Figures(subject, c);
  }

  /** The same counts as figures of another subject. */
  public Figures as(Subject other) {
    if (other == null) {
      throw new MissingValueException("subject");
    }
    return new Figures(other, counts);
  }

  /** True when the counts equal {@code other}'s, whoever the subjects are. */
  public boolean sameCounts(Figures other) {
    if (other == null) {
      throw new MissingValueException("other");
    }
    return Arrays.equals(counts, other.counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Figures && ((Figures) o).subject.equals(subject) && Arrays.equals(((Figures) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return subject.hashCode() * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Figures[").append(subject);
    for (Indicator i : Indicator.values()) {
      if (counts[i.ordinal()] != 0) {
        b.append(' ').append(i).append('=').append(counts[i.ordinal()]);
      }
    }
    return b.append(']').toString();
  }
}
