package org.gridgov.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gridgov.core.InvalidInputException;

/**
 * An exact ratio of two counts (比率): numerator over a positive denominator. It may exceed 1
 * (a month that closes last month's backlog closes more than it receives).
 *
 * @param numerator the counted events
 * @param denominator the events they are counted against, at least 1
 */
public record Ratio(long numerator, long denominator) implements Comparable<Ratio> {
  public Ratio {
    if (numerator < 0) {
      throw new InvalidInputException("ratio.numerator", Long.toString(numerator), "must not be negative");
    }
    if (denominator <= 0) {
      throw new InvalidInputException("ratio.denominator", Long.toString(denominator), "must be positive");
    }
  }

  /** The ratio as a double (for display and charts; compare ratios with {@link #compareTo}). */
  public double value() {
    return (double) numerator / denominator;
  }

  /** The ratio in per cent, rounded half-up to {@code scale} decimals. */
  public BigDecimal percent(int scale) {
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /** Exact comparison by cross-multiplication. */
  @Override
  public int compareTo(Ratio o) {
    long hi = Math.multiplyHigh(numerator, o.denominator);
    long otherHi = Math.multiplyHigh(o.numerator, denominator);
    if (hi != otherHi) {
      return Long.compare(hi, otherHi);
    }
    return Long.compareUnsigned(numerator * o.denominator, o.numerator * denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator + " (" + percent(2).toPlainString() + "%)";
  }
}
