package org.gridgov.scoring;

/** The roles composite scores are computed for (考核角色), each with its own weights. */
public enum ScoredRole {
  /** 职能部门: ranked on the tickets dispatched to it. */
  DEPARTMENT("职能部门"),
  /** 专职网格员: points, home visits and the figures of the worker's basic grid. */
  GRID_WORKER("网格员"),
  /** 网格长: the figures of the leader's grid subtree. */
  GRID_LEADER("网格长"),
  /** 指挥中心调度员: filing, dispatching and verifying. */
  DISPATCHER("调度员");

  private final String chineseName;

  ScoredRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in briefings. */
  public String chineseName() {
    return chineseName;
  }

  /** The kind of subject this role scores. */
  public SubjectKind subjectKind() {
    switch (this) {
      case DEPARTMENT:
        return SubjectKind.DEPARTMENT;
      case GRID_WORKER:
        return SubjectKind.WORKER;
      case GRID_LEADER:
        return SubjectKind.GRID;
      default:
        return SubjectKind.DISPATCHER;
    }
  }
}
