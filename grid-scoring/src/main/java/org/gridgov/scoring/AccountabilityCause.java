package org.gridgov.scoring;

/** Why a ticket has an accountability case (问责事由). */
public enum AccountabilityCause {
  /** 超期: its main limit passed. */
  OVERDUE,
  /** 返工: it failed verification or was reopened after a dissatisfied rating. */
  REWORK
}
