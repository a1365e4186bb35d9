package org.gridgov.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * A composite score (综合得分) of one subject for one role: each component with its weight and
 * the ratio it was computed from, and the score on a 0–100 scale, rounded half-up to two
 * decimals — the value that is ranked, so that equal displayed scores tie.
 *
 * <p>Components whose ratio is undefined (no events to count against) are left out and the
 * other weights scaled up to 100 %; with no defined component at all the score is empty and the
 * subject is listed unranked.
 *
 * @param subject who
 * @param role the role whose weights were used
 * @param components each weighed component
 * @param value the score, 0.00 to 100.00, when any component is defined
 * @throws org.gridgov.core.InvalidInputException for a value outside 0 to 100 or with more than two decimals
 */
public record Score(Subject subject, ScoredRole role, List<Component> components, Optional<BigDecimal> value) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Score {
    if (subject == null) {
      throw new MissingValueException("subject");
    }
    if (role == null) {
      throw new MissingValueException("role");
    }
    if (components == null) {
      throw new MissingValueException("components");
    }
    if (value == null) {
      throw new MissingValueException("value");
    }
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i) == null) {
        throw new MissingValueException("components[" + i + "]");
      }
    }
    if (value.isPresent()) {
      BigDecimal v = value.get();
      if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
        throw new InvalidInputException("value", v.toString(), "a score lies between 0 and 100");
      }
      if (v.stripTrailingZeros().scale() > 2) {
        throw new InvalidInputException("value", v.toString(), "a score has at most two decimals");
      }
    }
    components = List.copyOf(components);
  }

  /**
   * One weighed component.
   *
   * @param component what
   * @param weight its weight in per cent
   * @param ratio the counts it was computed from; empty when undefined
   * @param worth what it is worth, 0 to 1 (after inversion and clamping), to four decimals; empty when undefined
   */
  public record Component(ScoreComponent component, BigDecimal weight, Optional<Ratio> ratio, Optional<BigDecimal> worth) {
    public Component {
      if (component == null) {
        throw new MissingValueException("component");
      }
      if (weight == null) {
        throw new MissingValueException("weight");
      }
      if (ratio == null) {
        throw new MissingValueException("ratio");
      }
      if (worth == null) {
        throw new MissingValueException("worth");
      }
    }
  }

  /** The score in hundredths (8750 for 87.50), the key ranks compare; empty when unscored. */
  public Optional<Long> hundredths() {
    return value.map(v -> v.movePointRight(2).longValueExact());
  }

  @Override
  public String toString() {
    return "Score[" + subject + " " + role + " " + value.map(BigDecimal::toPlainString).orElse("-") + "]";
  }
}
