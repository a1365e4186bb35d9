package org.gridgov.core;

/**
 * One segment of a {@link CodeLayout} (编码段): its name, its width in digits and the rule its
 * digits obey.
 *
 * @param name what the segment numbers, for example {@code township} or {@code micro-grid}
 * @param width digits, 1 to 18 (a root level may carry a whole 12-digit division code)
 * @param rule what the digits may be
 */
public record CodeSegment(String name, int width, SegmentRule rule) {
  public CodeSegment {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("segment.name", String.valueOf(name), "must not be blank");
    }
    if (width < 1 || width > 18) {
      throw new InvalidInputException("segment.width", Integer.toString(width),
          "a code segment is 1 to 18 digits wide");
    }
    if (rule == null) {
      throw new MissingValueException("segment.rule");
    }
    if (rule == SegmentRule.TOWNSHIP && width < 3) {
      throw new InvalidInputException("segment.width", Integer.toString(width),
          "a TOWNSHIP segment is at least 3 digits wide (the rule checks its last 3)");
    }
  }
}
