package org.gridgov.examples.cli;

import java.nio.charset.StandardCharsets;

/**
 * Reads a decimal number from ASCII bytes without making a string (数值解析), for
 * {@code locate --stdin}. Numbers of at most 15 significant digits with at most 22 decimals —
 * every coordinate in practice — take the exact fast path (Clinger): the digits as a long, then
 * one correctly rounded IEEE division or multiplication by an exact power of ten, so the result
 * is exactly {@link Double#parseDouble}'s. Anything else (more digits, exponents, NaN) is handed
 * to {@link Double#parseDouble}.
 */
final class Decimal {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private Decimal() {}

  /**
   * The number in {@code b[from, to)}.
   *
   * @throws NumberFormatException when it is not a number
   */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long digits = 0;
    int significant = 0;
    int decimals = 0;
    boolean seenDigit = false;
    boolean seenPoint = false;
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        seenDigit = true;
        if (digits != 0 || c != '0') {
          significant++;
        }
        digits = digits * 10 + (c - '0');
        if (seenPoint) {
          decimals++;
        }
        if (significant > 15) {
          return slow(b, from, to);
        }
      } else if (c == '.' && !seenPoint) {
        seenPoint = true;
      } else {
        return slow(b, from, to);
      }
    }
    if (!seenDigit || decimals >= POWERS.length) {
      return slow(b, from, to);
    }
    double value = decimals == 0 ? (double) digits : digits / POWERS[decimals];
    return negative ? -value : value;
  }

  private static double slow(byte[] b, int from, int to) {
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1).trim());
  }
}
