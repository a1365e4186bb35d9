package org.gridgov.core;

/**
 * A scheme file or scheme value that is malformed or inconsistent (网格方案不合法).
 * {@link #field()} is the JSON path of the fault, for example {@code $.levels[2].codeWidth}.
 */
public final class InvalidSchemeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidSchemeException(String jsonPath, String value, String rule) {
    super(jsonPath, value, rule);
  }

  public InvalidSchemeException(String jsonPath, String value, String rule, Throwable cause) {
    super(jsonPath, value, rule, cause);
  }

  /** The JSON path of the fault, as {@link #field()}. */
  public String jsonPath() {
    return field();
  }
}
