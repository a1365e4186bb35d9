package org.gridgov.workflow;

import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.workflow.CompiledDefinition.Step;

/**
 * Which of a transition's roles a principal holds for a ticket (角色绑定): its principal kind, its
 * binding to the ticket (the handling grid, the assigned or a summoned department, the reporter;
 * the {@code system} role only for the service's own clock) and how far above the ticket's basic
 * grid its scope starts.
 */
final class RoleCheck {
  private final ServiceContext ctx;

  RoleCheck(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /** The first of the step's roles that {@code actor} holds for the ticket, or null when none. */
  WorkflowRole roleFor(Step step, Principal actor, Ticket t, GridNode node) {
    for (WorkflowRole r : step.roles) {
      if (holds(r, actor, t, node)) {
        return r;
      }
    }
    return null;
  }

  private boolean holds(WorkflowRole r, Principal actor, Ticket t, GridNode node) {
    if (r.binding() == RoleBinding.SYSTEM) {
      return actor == ctx.system;
    }
    if (actor == ctx.system) {
      return false;
    }
    if (!r.principalKinds().isEmpty() && !r.principalKinds().contains(actor.kind())) {
      return false;
    }
    switch (r.binding()) {
      case HANDLING_GRID:
        if (!ctx.admitsHandling(actor, t)) {
          return false;
        }
        break;
      case ASSISTING_DEPARTMENT:
        if (actor.department().isEmpty() || !t.assistingDepartments().contains(actor.department().get())) {
          return false;
        }
        break;
      case ASSIGNED_DEPARTMENT:
        if (t.department().isEmpty() || !t.department().equals(actor.department())) {
          return false;
        }
        break;
      case SUMMONED_DEPARTMENT: {
        if (actor.department().isEmpty()) {
          return false;
        }
        boolean summoned = false;
        for (Summons s : t.summons()) {
          summoned |= s.department().equals(actor.department().get());
        }
        if (!summoned) {
          return false;
        }
        break;
      }
      case REPORTER:
        if (!actor.id().equals(t.reportedBy())) {
          return false;
        }
        break;
      default:
        break;
    }
    if (r.levelsAbove() > 0) {
      boolean high = false;
      for (GridCode root : actor.scopeRoots()) {
        Optional<GridNode> rn = ctx.tree.findNode(root);
        if (rn.isPresent() && rn.get().covers(node) && node.level() - rn.get().level() >= r.levelsAbove()) {
          high = true;
        }
      }
      return high;
    }
    return true;
  }
}
