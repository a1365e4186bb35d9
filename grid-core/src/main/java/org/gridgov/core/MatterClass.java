package org.gridgov.core;

/** The three classes of matter (事项三类) and how each is handled. */
public enum MatterClass {
  /** 即办件: handled on the spot by the grid worker or community; no dispatch. */
  ON_THE_SPOT,
  /** 承诺件: handled by a committee meeting within a promised time. */
  PROMISED,
  /** 上报件: escalated to the community party committee and up; usually dispatched. */
  ESCALATED
}
