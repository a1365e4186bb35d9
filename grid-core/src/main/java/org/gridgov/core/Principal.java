package org.gridgov.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Someone who reads and acts through the SDK (操作主体): a grid worker, a grid leader, a
 * department or a command centre, with the roots of the grid subtrees it may see and act on.
 * Bind it to a tree with {@link Scope#of(GridTree, Principal)}.
 */
@Value.Immutable
public abstract class Principal {
  /** The principal's id, for example a staff id or a department id. */
  public abstract String id();

  /** What kind of principal this is. */
  public abstract PrincipalKind kind();

  /** The roots of the subtrees this principal may read and act on (at least one). */
  public abstract Set<GridCode> scopeRoots();

  /** The department this principal belongs to or is, for departments and their staff. */
  public abstract Optional<String> department();

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("principal.id", id(), "must not be blank");
    }
    if (scopeRoots().isEmpty()) {
      throw new InvalidInputException("principal.scopeRoots", "[]",
          "a principal sees at least one grid subtree");
    }
    if (kind() == PrincipalKind.DEPARTMENT && department().isEmpty()) {
      throw new InvalidInputException("principal.department", "", "a DEPARTMENT principal names its department");
    }
  }

  /** A principal of {@code kind} scoped to the subtrees under {@code roots}. */
  public static Principal of(String id, PrincipalKind kind, GridCode... roots) {
    if (roots == null) {
      throw new MissingValueException("roots");
    }
    for (int i = 0; i < roots.length; i++) {
      if (roots[i] == null) {
        throw new MissingValueException("roots[" + i + "]");
      }
    }
    return builder().id(id).kind(kind).addScopeRoots(roots).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Principal}. */
  public static class Builder extends ImmutablePrincipal.Builder {}
}
