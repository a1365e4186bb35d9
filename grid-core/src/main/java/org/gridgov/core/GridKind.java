package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A kind of grid in a scheme (网格类别), such as urban (城市社区网格) and rural (农村网格) in the
 * "two kinds, four levels" (两类四级) scheme.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridKind.class)
@JsonDeserialize(as = ImmutableGridKind.class)
public abstract class GridKind {
  /** The id grids refer to, for example {@code urban}. */
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The name people use, for example 社区网格. */
  @Value.Parameter
  @NotBlank
  public abstract String name();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static GridKind of(String id, String name) {
    return ImmutableGridKind.of(id, name);
  }
}
