package org.gridgov.scoring;

import java.util.OptionalInt;
import org.gridgov.core.MissingValueException;

/**
 * One line of a {@link Ranking} (排名): the score, the rank (empty when unscored), the rank in the
 * previous period's ranking (empty when not ranked there) and the movement.
 *
 * @param score the composite score
 * @param rank 1 for the best; equal scores share a rank, the next rank skips (1, 2, 2, 4)
 * @param previousRank the rank in the previous ranking
 */
public record Ranked(Score score, OptionalInt rank, OptionalInt previousRank) {
  public Ranked {
    if (score == null || rank == null || previousRank == null) {
      throw new MissingValueException("ranked");
    }
  }

  /** Who. */
  public Subject subject() {
    return score.subject();
  }

  /** Places moved up since the previous ranking (negative: down); empty when either rank is missing. */
  public OptionalInt movement() {
    return rank.isPresent() && previousRank.isPresent() ? OptionalInt.of(previousRank.getAsInt() - rank.getAsInt())
        : OptionalInt.empty();
  }

  /** ↑2, ↓1, →, 新 (new) or - (unranked), for briefings. */
  public String movementText() {
    if (rank.isEmpty()) {
      return "-";
    }
    if (previousRank.isEmpty()) {
      return "新";
    }
    int m = movement().getAsInt();
    return m > 0 ? "↑" + m : m < 0 ? "↓" + (-m) : "→";
  }
}
