package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many people must hold a role in each grid of a level (岗位配备要求), for example exactly one
 * full-time grid worker per basic grid.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleRequirement.class)
@JsonDeserialize(as = ImmutableRoleRequirement.class)
public abstract class RoleRequirement {
  /** The role's id. */
  @NotBlank
  public abstract String role();

  /** The level (id) whose grids are checked; the scheme's basic level when absent. */
  public abstract Optional<String> level();

  /** The layer (id) whose grids are checked; the scheme's base layer when absent. */
  public abstract Optional<String> layer();

  /** Only grids of this kind are checked (for example {@code rural} for 一村一辅警). */
  public abstract Optional<String> kind();

  /** The fewest people holding the role in each such grid. */
  @Value.Default
  @Min(value = 0, message = "must not be negative")
  public int min() {
    return 0;
  }

  /** The most people holding the role in each such grid; unbounded when absent. */
  public abstract Optional<Integer> max();

  /** When true, a person may hold this role in one grid only (一格一员: no worker shares grids). */
  @Value.Default
  public boolean exclusive() {
    return false;
  }

  @Value.Check
  protected void check() {
    Constraints.enforce(this);
    if (max().isPresent() && max().get() < min()) {
      throw new InvalidInputException("max", max().get().toString(),
          "must not be less than min " + min() + " for role " + role());
    }
  }

  /** Exactly {@code count} people hold {@code role} in each grid of the basic level. */
  public static RoleRequirement exactly(Role role, int count) {
    requireRole(role);
    return builder().role(role.id()).min(count).max(count).build();
  }

  /** At least {@code count} people hold {@code role} in each grid of the basic level. */
  public static RoleRequirement atLeast(Role role, int count) {
    requireRole(role);
    return builder().role(role.id()).min(count).build();
  }

  private static void requireRole(Role role) {
    if (role == null) {
      throw new MissingValueException("role");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleRequirement}. */
  public static class Builder extends ImmutableRoleRequirement.Builder {}
}
