package org.gridgov.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact non-negative fraction for scores: no rounding until {@link #toDecimal(int)}. */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  public static Fraction of(long n, long d) {
    return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d)).reduced();
  }

  public static Fraction of(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() <= 0) {
      return new Fraction(s.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Fraction(s.unscaledValue(), BigInteger.TEN.pow(s.scale())).reduced();
  }

  private Fraction reduced() {
    BigInteger g = numerator.gcd(denominator);
    return g.signum() == 0 || g.equals(BigInteger.ONE) ? this : new Fraction(numerator.divide(g), denominator.divide(g));
  }

  public Fraction plus(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator)).reduced();
  }

  public Fraction minus(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator)).reduced();
  }

  public Fraction times(Fraction o) {
    return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator)).reduced();
  }

  public Fraction dividedBy(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator)).reduced();
  }

  /** Clamped to [0, 1]. */
  public Fraction clamped() {
    if (numerator.signum() < 0) {
      return ZERO;
    }
    return compareTo(ONE) > 0 ? ONE : this;
  }

  /** Rounded half-up to {@code scale} decimals. */
  public BigDecimal toDecimal(int scale) {
    if (scale == 4 && numerator.bitLength() < 40 && denominator.bitLength() < 40 && numerator.signum() >= 0) {
      long n = numerator.longValueExact();
      long d = denominator.longValueExact();
      return BigDecimal.valueOf((2 * n * 10_000 + d) / (2 * d), 4);
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }
}
