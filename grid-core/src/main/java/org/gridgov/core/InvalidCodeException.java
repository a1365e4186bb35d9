package org.gridgov.core;

/**
 * A grid code that does not parse (编码不合法): a character that is not a digit, a length that
 * ends inside a segment, a segment outside its allowed range. {@link #position()} is the
 * 1-based character position at fault.
 */
public final class InvalidCodeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final int position;

  public InvalidCodeException(String field, String value, int position, String rule) {
    super(field, value, rule + " (at position " + position + ")");
    this.position = position;
  }

  /** The 1-based position of the first character at fault. */
  public int position() {
    return position;
  }
}
