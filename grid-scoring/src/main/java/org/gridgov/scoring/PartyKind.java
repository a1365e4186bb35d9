package org.gridgov.scoring;

/** Who may answer for a ticket (责任主体类型). */
public enum PartyKind {
  /** 承办部门: the department that held the ticket when it went overdue or was reworked. */
  HANDLING_DEPARTMENT,
  /** 报到部门: a department summoned by an escalation that reported in late. */
  SUMMONED_DEPARTMENT,
  /** 本级网格长: the leader of the grid level handling the ticket. */
  GRID_LEADER,
  /** 上报链条: the leader of a level the ticket was escalated from or to. */
  ESCALATION_LEVEL
}
