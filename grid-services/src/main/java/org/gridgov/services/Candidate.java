package org.gridgov.services;

import java.util.List;
import java.util.OptionalLong;
import org.gridgov.core.MissingValueException;

/**
 * A volunteer ranked for a need, with why (匹配理由): the need's skills they offer, the steps between
 * their home grid and the need's in the grid tree, the distance between where they live and the
 * need (when both are known in one coordinate system), their load against their cap, whether they
 * are free at the need's time, and those reasons in words.
 *
 * @param volunteer the volunteer's id
 * @param name the volunteer's name
 * @param rank 1 for the best
 * @param skills the need's skills they offer, sorted
 * @param treeSteps the steps from the home grid to the need's grid through their lowest common ancestor
 * @param metres the distance in whole metres, when known
 * @param load the needs they serve now
 * @param cap the most they serve at once
 * @param available true when a weekly slot covers the need's time (or the need gives none)
 * @param reasons why, in words, one line per criterion in the order they rank
 */
public record Candidate(String volunteer, String name, int rank, List<String> skills, int treeSteps, OptionalLong metres,
    int load, int cap, boolean available, List<String> reasons) {
  public Candidate {
    if (volunteer == null || name == null || skills == null || metres == null || reasons == null) {
      throw new MissingValueException("candidate");
    }
    skills = List.copyOf(skills);
    reasons = List.copyOf(reasons);
  }
}
