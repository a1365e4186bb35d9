package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gridgov.core.internal.CodeIndex;

/**
 * The unique code of a grid (网格编码): a string of decimal digits whose prefix is the code of
 * its parent grid. The root starts from the 6-digit administrative division code (GB/T 2260),
 * the township and village segments follow the 12-digit statistical division code, then come
 * the place's own segments (basic grid, micro-grid).
 *
 * <p>This class only knows the digits; where the segments fall is a {@link CodeLayout}'s
 * business ({@link CodeLayout#parse(String)} checks every segment). Codes order
 * lexicographically, so an ancestor sorts before its descendants and sibling codes of equal
 * length sort numerically.
 */
public final class GridCode implements Comparable<GridCode> {
  /** The longest code accepted; far beyond any real layout (15 digits plus micro-grids). */
  public static final int MAX_LENGTH = 40;

  private final String digits;
  /** The digits packed for a tree's code index, computed once like a string's hash; -1 past 18 digits. */
  private final long indexKey;

  private GridCode(String digits) {
    this.digits = digits;
    this.indexKey = CodeIndex.pack(digits, digits.length());
  }

  /**
   * Parses a code made only of the digits 0–9.
   *
   * @throws InvalidCodeException naming the first position that is not a digit, or when the
   *     text is empty or longer than {@link #MAX_LENGTH}
   */
  @JsonCreator
  public static GridCode parse(String text) {
    return parse("code", text);
  }

  /** As {@link #parse(String)}, naming {@code field} in the error. */
  public static GridCode parse(String field, String text) {
    if (text == null || text.isEmpty()) {
      throw new InvalidCodeException(field, String.valueOf(text), 1, "a grid code must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidCodeException(field, text, MAX_LENGTH + 1,
          "a grid code has at most " + MAX_LENGTH + " digits");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCodeException(field, text, i + 1, "a grid code must contain only digits 0-9");
      }
    }
    return new GridCode(text);
  }

  /** The number of digits. */
  public int length() {
    return digits.length();
  }

  /** True when this code is a proper prefix of {@code other}: the shape of an ancestor. */
  public boolean isPrefixOf(GridCode other) {
    if (other == null) {
      throw new MissingValueException("other");
    }
    return other.digits.length() > digits.length() && other.digits.startsWith(digits);
  }

  /** The first {@code length} digits, for example the county code of a basic grid. */
  public GridCode prefix(int length) {
    if (length < 1 || length > digits.length()) {
      throw new InvalidInputException("length", Integer.toString(length),
          "must be between 1 and the code's length " + digits.length());
    }
    return length == digits.length() ? this : new GridCode(digits.substring(0, length));
  }

  /** The digits from {@code start} (0-based, inclusive) to {@code end} (exclusive) as a number. */
  public int segmentValue(int start, int end) {
    if (start < 0 || end > digits.length() || start >= end || end - start > 9) {
      throw new InvalidInputException("segment", start + ".." + end,
          "must lie within the code's " + digits.length() + " digits and span 1 to 9 of them");
    }
    return Integer.parseInt(digits, start, end, 10);
  }

  /** The key a {@link GridTree} looks this code up by, or -1 when it has more than 18 digits. */
  long indexKey() {
    return indexKey;
  }

  /** The digits. {@code GridCode.parse(code.value()).equals(code)} always holds. */
  @JsonValue
  public String value() {
    return digits;
  }

  @Override
  public int compareTo(GridCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCode && ((GridCode) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The digits, as {@link #value()}. */
  @Override
  public String toString() {
    return digits;
  }
}
