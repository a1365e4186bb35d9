package org.gridgov.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.gridgov.core.PrincipalKind;
import org.immutables.value.Value;

/**
 * A role of a workflow definition (流程角色), for example 指挥中心 or 承办部门: which principals
 * hold it for a given ticket. A principal holds the role when its kind is one of
 * {@link #principalKinds()} (any kind when empty), its scope admits the ticket's grid, the
 * {@link #binding()} holds, and it has a scope root at least {@link #levelsAbove()} levels above
 * the ticket's basic grid (a community committee is 1 level above a basic grid).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowRole.class)
@JsonDeserialize(as = ImmutableWorkflowRole.class)
public abstract class WorkflowRole {
  /** The role's id transitions refer to, for example {@code command-centre}. */
  public abstract String id();

  /** The role's name, for example 指挥中心. */
  public abstract String name();

  /** The principal kinds that may hold it; empty means any kind. */
  public abstract Set<PrincipalKind> principalKinds();

  /** What ties the role to the ticket. */
  @Value.Default
  public RoleBinding binding() {
    return RoleBinding.ANY;
  }

  /** How many levels above the ticket's basic grid the principal's scope root must be (0: any). */
  @Value.Default
  public int levelsAbove() {
    return 0;
  }

  /** A role of these kinds with this binding. */
  public static WorkflowRole of(String id, String name, RoleBinding binding, PrincipalKind... kinds) {
    return builder().id(id).name(name).binding(binding).addPrincipalKinds(kinds).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowRole}. */
  public static class Builder extends ImmutableWorkflowRole.Builder {}
}
