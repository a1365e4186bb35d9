package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A named time-limit class of the matter catalogue (时限类别), for example 紧急 = 2 working hours,
 * 一般 = 5 working days.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeLimitClass.class)
@JsonDeserialize(as = ImmutableTimeLimitClass.class)
public abstract class TimeLimitClass {
  /** A short id matter types refer to, for example {@code ordinary}. */
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The class's name, for example 一般件. */
  @Value.Parameter
  @NotBlank
  public abstract String name();

  /** The limit. */
  @Value.Parameter
  @NotNull
  public abstract TimeLimit limit();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static TimeLimitClass of(String id, String name, TimeLimit limit) {
    return ImmutableTimeLimitClass.of(id, name, limit);
  }
}
