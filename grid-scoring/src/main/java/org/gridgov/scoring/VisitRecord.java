package org.gridgov.scoring;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * A home visit done (走访记录): who visited which household or person, when.
 *
 * @param id the visit's id (the idempotency key of its bonus points)
 * @param worker the visiting grid worker's staff id
 * @param target the household (house id) or person visited
 * @param at when
 */
public record VisitRecord(String id, String worker, String target, Instant at) {
  public VisitRecord {
    if (id == null) {
      throw new MissingValueException("visit.id");
    }
    if (worker == null) {
      throw new MissingValueException("visit.worker");
    }
    if (target == null) {
      throw new MissingValueException("visit.target");
    }
    if (at == null) {
      throw new MissingValueException("visit.at");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("visit.id", id, "must not be blank");
    }
    if (worker.isBlank()) {
      throw new InvalidInputException("visit[" + id + "].worker", worker, "must not be blank");
    }
    if (target.isBlank()) {
      throw new InvalidInputException("visit[" + id + "].target", target, "must not be blank");
    }
  }
}
