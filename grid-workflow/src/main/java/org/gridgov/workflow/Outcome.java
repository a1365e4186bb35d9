package org.gridgov.workflow;

/** How a ticket ended (办结方式): the outcome of the final state it reached. */
public enum Outcome {
  /** 结案 / 办结: handled and closed. */
  CLOSED,
  /** 不予受理: rejected as invalid or duplicate. */
  REJECTED,
  /** 作废: cancelled, with approval. */
  CANCELLED
}
