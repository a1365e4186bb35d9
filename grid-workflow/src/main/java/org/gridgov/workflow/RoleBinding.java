package org.gridgov.workflow;

/**
 * What ties a definition role to a particular ticket, beyond the principal's kind and grid scope
 * (角色绑定).
 */
public enum RoleBinding {
  /** Any principal of the role's kinds whose scope admits the ticket's grid. */
  ANY,
  /**
   * Also: the principal's scope admits the grid level now handling the ticket (after escalation);
   * before any escalation, a grid of the other fused layer the ticket landed in counts too.
   */
  HANDLING_GRID,
  /** Also: the principal belongs to the department the ticket is assigned to. */
  ASSIGNED_DEPARTMENT,
  /** Also: the principal belongs to a department summoned by an escalation (吹哨报到). */
  SUMMONED_DEPARTMENT,
  /** Also: the principal belongs to a department assisting the assigned one (联合处置: 协同单位). */
  ASSISTING_DEPARTMENT,
  /** Also: the principal reported the ticket. */
  REPORTER,
  /** The service's own clock only (automatic urging, overdue and timeouts). */
  SYSTEM
}
