package org.gridgov.core;

/** Who a {@link Principal} is (主体类型). */
public enum PrincipalKind {
  /** 网格员: a grid worker, scoped to the grids they serve. */
  GRID_WORKER,
  /** 网格长: a grid leader at some level, scoped to that grid's subtree. */
  GRID_LEADER,
  /** 职能部门: a functional department (or one of its units), scoped to its jurisdiction. */
  DEPARTMENT,
  /** 指挥中心 / 综治中心: a command centre, usually scoped to the whole tree. */
  COMMAND_CENTRE
}
