package org.gridgov.core;

import org.gridgov.core.internal.BeanValidation;

/**
 * Enforces a value type's own Jakarta constraints ({@code @NotBlank}, {@code @Pattern},
 * {@code @Min}, …) when it is built, not only when it is nested in a scheme or a catalogue.
 */
final class Constraints {
  private Constraints() {}

  /**
   * @throws InvalidInputException naming the attribute, its value and the rule of the first
   *     violation
   */
  static void enforce(Object value) {
    BeanValidation.firstViolation(value, InvalidInputException::new).ifPresent(e -> {
      throw e;
    });
  }
}
