package org.gridgov.scoring;

import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.SpecialGroup;

/**
 * A household or person a grid worker must visit so many times a month (走访对象).
 *
 * @param id the house id (households) or the person id
 * @param kind household or person
 * @param grid the basic grid it lies in
 * @param perMonth visits required per calendar month, at least 1
 * @param groups the special groups of a person (empty for households)
 * @param household the house a person lives in, when known: a visit to the person counts for it too
 */
public record VisitTarget(String id, Kind kind, GridCode grid, int perMonth, Set<SpecialGroup> groups, Optional<String> household) {
  /** What is visited. */
  public enum Kind {
    /** 户: a household (a house), at least once a month. */
    HOUSEHOLD,
    /** 特殊人群: a person of a special group, more often. */
    PERSON
  }

  public VisitTarget {
    if (id == null) {
      throw new MissingValueException("visitTarget.id");
    }
    if (kind == null) {
      throw new MissingValueException("visitTarget.kind");
    }
    if (grid == null) {
      throw new MissingValueException("visitTarget.grid");
    }
    if (groups == null) {
      throw new MissingValueException("visitTarget.groups");
    }
    if (household == null) {
      throw new MissingValueException("visitTarget.household");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("visitTarget.id", id, "must not be blank");
    }
    if (perMonth < 1) {
      throw new InvalidInputException("visitTarget[" + id + "].perMonth", Integer.toString(perMonth), "at least 1 visit a month");
    }
    groups = Set.copyOf(groups);
  }
}
