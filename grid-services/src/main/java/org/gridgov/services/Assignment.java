package org.gridgov.services;

import java.time.Instant;
import org.gridgov.core.MissingValueException;

/**
 * A volunteer assigned to a need (接单): it counts against the volunteer's cap while the need is
 * open or in progress.
 *
 * @param need the need's id
 * @param volunteer the volunteer's id
 * @param at when
 * @param by the principal who assigned (or pressed the one key)
 */
public record Assignment(String need, String volunteer, Instant at, String by) {
  public Assignment {
    if (need == null || volunteer == null || at == null || by == null) {
      throw new MissingValueException("assignment");
    }
  }
}
