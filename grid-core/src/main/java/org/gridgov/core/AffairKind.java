package org.gridgov.core;

/** What an affair is (事的类别). */
public enum AffairKind {
  /** 事件: an event found or reported in the grid. */
  EVENT,
  /** 矛盾纠纷: a dispute between residents or with a unit. */
  DISPUTE,
  /** 诉求: a resident's request. */
  REQUEST
}
