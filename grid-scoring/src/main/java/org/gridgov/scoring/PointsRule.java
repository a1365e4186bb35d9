package org.gridgov.scoring;

import org.gridgov.core.MissingValueException;

/**
 * One points rule (积分规则): so many points for an outcome of a matter type, or of any matter
 * type ({@link #ANY}). A rule for the matter type itself takes precedence over the {@code *}
 * rule.
 *
 * @param matterType a matter type code of the catalogue, or {@code *}
 * @param outcome what the points are for
 * @param points positive for awards, negative (or 0) for penalties
 */
public record PointsRule(String matterType, PointsOutcome outcome, int points) {
  /** The matter type of rules that apply to every matter type. */
  public static final String ANY = "*";

  public PointsRule {
    if (matterType == null) {
      throw new MissingValueException("rule.matterType");
    }
    if (outcome == null) {
      throw new MissingValueException("rule.outcome");
    }
  }

  /** A rule for every matter type. */
  public static PointsRule forAny(PointsOutcome outcome, int points) {
    return new PointsRule(ANY, outcome, points);
  }

  /** A rule for one matter type. */
  public static PointsRule of(String matterType, PointsOutcome outcome, int points) {
    return new PointsRule(matterType, outcome, points);
  }
}
