package org.gridgov.core;

/** What an object in a grid is (物的类别). */
public enum FacilityKind {
  /** 设施: a facility, for example a fire hydrant or a community centre. */
  FACILITY,
  /** 部件: a public component of city management, for example a manhole cover or a street lamp. */
  PUBLIC_COMPONENT,
  /** 隐患: a hazard, for example a blocked fire exit or a cracked wall. */
  HAZARD
}
