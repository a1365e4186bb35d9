package org.gridgov.core;

/** What a code segment's digits may be (编码段规则). */
public enum SegmentRule {
  /** Any digits, zeros included. */
  ANY,
  /** Any digits except all zeros ({@code 000} means "no such unit" in division codes). */
  NON_ZERO,
  /**
   * The township segment of the statistical division code: 001–099 street (街道), 100–199
   * town (镇), 200–399 township (乡, 苏木, 民族乡), 400–599 other township-level units. In a
   * segment wider than 3 digits (a root level keyed on a 9-digit township code) the rule
   * applies to its last 3 digits. See {@link TownshipKind}.
   */
  TOWNSHIP;

  /** Null when {@code value} (of a segment {@code width} digits wide) obeys the rule, else why not. */
  String violation(long value, int width) {
    switch (this) {
      case NON_ZERO:
        return value == 0 ? "segment must not be all zeros" : null;
      case TOWNSHIP:
        if (width < 3) {
          return "a township segment is at least 3 digits wide";
        }
        return TownshipKind.of((int) (value % 1000)).isPresent() ? null
            : "township segment must lie in 001-099 (street), 100-199 (town), 200-399 (township) "
                + "or 400-599 (other)";
      default:
        return null;
    }
  }
}
