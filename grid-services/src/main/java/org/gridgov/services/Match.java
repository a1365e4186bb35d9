package org.gridgov.services;

import java.util.List;
import org.gridgov.core.MissingValueException;

/**
 * The answer of the supermarket for one need (匹配结果): the volunteers who may serve it, best first,
 * each with the reasons; those within reach who may not (no skill asked for, at their cap, already
 * serving it), each with the reason; and, for a one-key match, who was assigned. Volunteers outside
 * the need's reach or the caller's scope are never listed.
 *
 * @param need the need's id
 * @param candidates who may serve, ranked
 * @param excluded who is within reach but may not serve, by id
 * @param assigned the volunteers assigned by this call, in rank order (empty for a plain match)
 */
public record Match(String need, List<Candidate> candidates, List<Excluded> excluded, List<String> assigned) {
  /**
   * A volunteer within reach who may not serve the need.
   *
   * @param volunteer the id
   * @param reason why not, in words
   */
  public record Excluded(String volunteer, String reason) {
    public Excluded {
      if (volunteer == null || reason == null) {
        throw new MissingValueException("excluded");
      }
    }
  }

  public Match {
    if (need == null || candidates == null || excluded == null || assigned == null) {
      throw new MissingValueException("match");
    }
    candidates = List.copyOf(candidates);
    excluded = List.copyOf(excluded);
    assigned = List.copyOf(assigned);
  }
}
