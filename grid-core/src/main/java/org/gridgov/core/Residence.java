package org.gridgov.core;

/** How a person lives in the grid (人口类别). */
public enum Residence {
  /** 户籍人口: registered residents. */
  REGISTERED,
  /** 流动人口: floating population. */
  FLOATING,
  /** 境外人员: people from outside the mainland. */
  OVERSEAS
}
