package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/** A functional department that owns and handles matters (职能部门), for example 城管局. */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public abstract class Department {
  /** A short id, for example {@code urban-management}. */
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The department's name, for example 综合行政执法局. */
  @Value.Parameter
  @NotBlank
  public abstract String name();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static Department of(String id, String name) {
    return ImmutableDepartment.of(id, name);
  }
}
