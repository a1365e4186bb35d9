package org.gridgov.core;

/**
 * Input that is malformed or breaks a rule of the domain (输入不合法). Thrown by every
 * public entry point before it changes anything.
 */
public class InvalidInputException extends GridGovException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, String value, String rule) {
    super(field, value, rule);
  }

  public InvalidInputException(String field, String value, String rule, Throwable cause) {
    super(field, value, rule, cause);
  }
}
