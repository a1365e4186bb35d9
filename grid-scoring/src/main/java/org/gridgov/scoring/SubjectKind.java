package org.gridgov.scoring;

/** What is assessed (考核对象). */
public enum SubjectKind {
  /** 职能部门: a department of the matter catalogue. */
  DEPARTMENT,
  /** 网格: a grid at any level, with its subtree's figures (its leader answers for them). */
  GRID,
  /** 指挥中心调度员: a command-centre principal that files, dispatches and verifies. */
  DISPATCHER,
  /** 专职网格员: a grid worker, assessed on points, home visits and the figures of the grid. */
  WORKER
}
