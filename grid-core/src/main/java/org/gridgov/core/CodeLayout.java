package org.gridgov.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the segments of a grid code fall (编码结构), from the root down. A code of depth
 * {@code d} is the concatenation of the first {@code d} segments; its parent's code is its
 * prefix of depth {@code d - 1}.
 *
 * <p>{@link #standard()} is the unit-grid code of 15 digits: province, prefecture and county
 * (the 6 digits of GB/T 2260), township and village (completing the 12-digit statistical
 * division code) and the basic grid; {@link #extend} appends a place's own segments such as
 * micro-grids. {@link #parse(String)} and {@link #format(GridCode)} are inverse: the formatted
 * form separates segments with {@code -}.
 */
public final class CodeLayout {
  private static final CodeLayout STANDARD = new CodeLayout(List.of(
      new CodeSegment("province", 2, SegmentRule.NON_ZERO),
      new CodeSegment("prefecture", 2, SegmentRule.ANY),
      new CodeSegment("county", 2, SegmentRule.ANY),
      new CodeSegment("township", 3, SegmentRule.TOWNSHIP),
      new CodeSegment("village", 3, SegmentRule.ANY),
      new CodeSegment("grid", 3, SegmentRule.NON_ZERO)));

  private final List<CodeSegment> segments;
  private final int[] ends;

  private CodeLayout(List<CodeSegment> segments) {
    this.segments = List.copyOf(segments);
    this.ends = new int[segments.size()];
    int end = 0;
    for (int i = 0; i < ends.length; i++) {
      end += segments.get(i).width();
      ends[i] = end;
    }
    if (end > GridCode.MAX_LENGTH) {
      throw new InvalidInputException("segments", Integer.toString(end),
          "a layout spans at most " + GridCode.MAX_LENGTH + " digits");
    }
  }

  /** A layout of the given segments, root first. */
  public static CodeLayout of(List<CodeSegment> segments) {
    if (segments == null || segments.isEmpty()) {
      throw new InvalidInputException("segments", String.valueOf(segments), "a layout has at least one segment");
    }
    return new CodeLayout(segments);
  }

  /** The 15-digit unit-grid code: 2+2+2 (GB/T 2260) + 3 township + 3 village + 3 grid. */
  public static CodeLayout standard() {
    return STANDARD;
  }

  /** This layout with one more segment at the bottom, for example {@code micro-grid}. */
  public CodeLayout extend(String name, int width, SegmentRule rule) {
    List<CodeSegment> more = new ArrayList<>(segments);
    more.add(new CodeSegment(name, width, rule));
    return new CodeLayout(more);
  }

  /** The segments, root first. */
  public List<CodeSegment> segments() {
    return segments;
  }

  /** The number of segments: the depth of the deepest code. */
  public int depth() {
    return segments.size();
  }

  /** The length of a code of depth {@code depth} (1-based). */
  public int lengthAt(int depth) {
    if (depth < 1 || depth > ends.length) {
      throw new InvalidInputException("depth", Integer.toString(depth),
          "must be between 1 and the layout's depth " + ends.length);
    }
    return ends[depth - 1];
  }

  /**
   * The depth of a code, 1 for the root segment.
   *
   * @throws InvalidCodeException when the code ends inside a segment or breaks a segment rule
   */
  public int depthOf(GridCode code) {
    requireCode(code);
    return check("code", code.value());
  }

  /**
   * Parses a code, with or without {@code -} between segments, and checks every segment.
   *
   * @throws InvalidCodeException naming the position at fault
   */
  public GridCode parse(String text) {
    return parse("code", text);
  }

  /** As {@link #parse(String)}, naming {@code field} in the error. */
  public GridCode parse(String field, String text) {
    if (text == null) {
      throw new InvalidCodeException(field, "null", 1, "a grid code must not be empty");
    }
    String digits = text.indexOf('-') < 0 ? text : stripSeparators(field, text);
    GridCode code = GridCode.parse(field, digits);
    check(field, digits);
    return code;
  }

  /** The code with {@code -} between its segments; {@link #parse} reads it back. */
  public String format(GridCode code) {
    requireCode(code);
    int depth = depthOf(code);
    String digits = code.value();
    StringBuilder out = new StringBuilder(digits.length() + depth);
    int start = 0;
    for (int i = 0; i < depth; i++) {
      if (i > 0) {
        out.append('-');
      }
      out.append(digits, start, ends[i]);
      start = ends[i];
    }
    return out.toString();
  }

  /** The parent's code: this code cut to the previous segment boundary; empty at the root. */
  public Optional<GridCode> parent(GridCode code) {
    requireCode(code);
    int depth = depthOf(code);
    return depth == 1 ? Optional.empty() : Optional.of(code.prefix(ends[depth - 2]));
  }

  /** The value of segment {@code depth} (1-based) of a code at least that deep. */
  public int segmentValue(GridCode code, int depth) {
    requireCode(code);
    int start = depth == 1 ? 0 : lengthAt(depth - 1);
    return code.segmentValue(start, lengthAt(depth));
  }

  private static void requireCode(GridCode code) {
    if (code == null) {
      throw new MissingValueException("code");
    }
  }

  private String stripSeparators(String field, String text) {
    StringBuilder digits = new StringBuilder(text.length());
    int segment = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (segment >= ends.length || digits.length() != ends[segment]) {
          throw new InvalidCodeException(field, text, i + 1, "a '-' may only separate whole segments");
        }
        segment++;
      } else {
        digits.append(c);
        while (segment < ends.length && digits.length() > ends[segment]) {
          segment++;
        }
      }
    }
    return digits.toString();
  }

  /** Checks segment boundaries and rules of an all-digit string; returns its depth. */
  private int check(String field, String digits) {
    int depth = -1;
    for (int i = 0; i < ends.length; i++) {
      if (ends[i] == digits.length()) {
        depth = i + 1;
        break;
      }
    }
    if (depth < 0) {
      int position = Math.min(digits.length(), ends[ends.length - 1]) + 1;
      throw new InvalidCodeException(field, digits, position,
          "a code's length must end on a segment boundary " + boundaries());
    }
    int start = 0;
    for (int i = 0; i < depth; i++) {
      CodeSegment segment = segments.get(i);
      long value = Long.parseLong(digits, start, ends[i], 10);
      String violation = segment.rule().violation(value, segment.width());
      if (violation != null) {
        throw new InvalidCodeException(field, digits, start + 1, segment.name() + " " + violation);
      }
      start = ends[i];
    }
    return depth;
  }

  private String boundaries() {
    StringBuilder out = new StringBuilder("(lengths ");
    for (int i = 0; i < ends.length; i++) {
      out.append(i == 0 ? "" : ", ").append(ends[i]);
    }
    return out.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeLayout && ((CodeLayout) o).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    return "CodeLayout" + segments;
  }
}
