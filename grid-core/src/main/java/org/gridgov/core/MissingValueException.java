package org.gridgov.core;

import java.util.Arrays;
import java.util.List;

/**
 * A required attribute of a value was not given, or was given as {@code null}
 * (缺少必填项). Thrown by every builder of the SDK's value types.
 */
public final class MissingValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final List<String> attributes;

  /** Used by the generated builders: the names of the attributes that are missing. */
  public MissingValueException(String... missingAttributes) {
    super(String.join(", ", missingAttributes), "", "is required and was not set");
    this.attributes = List.copyOf(Arrays.asList(missingAttributes));
  }

  /** Used by the generated code when {@code null} is passed for an attribute. */
  public MissingValueException(String attribute) {
    super(attribute, "null", "must not be null");
    this.attributes = List.of(attribute);
  }

  /** The attributes that were missing. */
  public List<String> attributes() {
    return attributes;
  }
}
