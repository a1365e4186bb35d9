package org.gridgov.core;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception GridGov throws on purpose (SDK 异常根类).
 *
 * <p>Each one names the field at fault, the offending value (masked when it is personal
 * data) and the rule that was broken, so that a message such as
 * {@code code = "11010a": character 6 must be a digit} can be shown to the person who
 * supplied the input. A failed operation leaves every object it touched unchanged.
 *
 * <p>Subtypes by cause: {@link InvalidInputException} (malformed or inconsistent input),
 * {@link NotFoundException}, {@link ConflictException} (a concurrent change won) and
 * {@link ForbiddenException} (outside the caller's grid scope).
 */
public abstract class GridGovException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  protected GridGovException(String field, String value, String rule) {
    this(field, value, rule, null);
  }

  protected GridGovException(String field, String value, String rule, Throwable cause) {
    super(format(field, value, rule), cause);
    this.field = requireNonNull(field, "field");
    this.value = requireNonNull(value, "value");
    this.rule = requireNonNull(rule, "rule");
  }

  /** The name (or path) of the input field at fault, for example {@code levels[2].codeWidth}. */
  public String field() {
    return field;
  }

  /** The offending value as text; personal data appears masked. */
  public String value() {
    return value;
  }

  /** The rule the value broke, in words. */
  public String rule() {
    return rule;
  }

  private static String format(String field, String value, String rule) {
    return field + " = \"" + abbreviate(value) + "\": " + rule;
  }

  private static String abbreviate(String value) {
    return value.length() <= 200 ? value : value.substring(0, 197) + "...";
  }
}
