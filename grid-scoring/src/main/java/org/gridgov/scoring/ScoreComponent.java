package org.gridgov.scoring;

import java.util.Optional;

/**
 * A part of a composite score (综合评分项): one of the {@link Rate}s, or — for grid workers only —
 * their points or their home-visit compliance. Each component is worth between 0 and 1: a rate
 * where higher is better counts {@code min(rate, 1)}, one where lower is better
 * {@code 1 − min(rate, 1)}; points count {@code min(points / target, 1)} (0 when negative);
 * visit compliance is the share of visit duties met.
 */
public enum ScoreComponent {
  /** {@link Rate#CLOSURE}. */
  CLOSURE(Rate.CLOSURE),
  /** {@link Rate#ON_TIME_CLOSURE}. */
  ON_TIME_CLOSURE(Rate.ON_TIME_CLOSURE),
  /** {@link Rate#REWORK}, inverted. */
  REWORK(Rate.REWORK),
  /** {@link Rate#ACCURATE_DISPATCH}. */
  ACCURATE_DISPATCH(Rate.ACCURATE_DISPATCH),
  /** {@link Rate#ON_TIME_DISPATCH}. */
  ON_TIME_DISPATCH(Rate.ON_TIME_DISPATCH),
  /** {@link Rate#ON_TIME_VERIFICATION}. */
  ON_TIME_VERIFICATION(Rate.ON_TIME_VERIFICATION),
  /** {@link Rate#SATISFACTION}. */
  SATISFACTION(Rate.SATISFACTION),
  /** {@link Rate#OVERDUE}, inverted. */
  OVERDUE(Rate.OVERDUE),
  /** 积分: the worker's points in the period against the weights' points target (grid workers only). */
  POINTS(null),
  /** 走访达标率: the share of the worker's visit duties met (grid workers only). */
  VISIT_COMPLIANCE(null);

  private final Rate rate;

  ScoreComponent(Rate rate) {
    this.rate = rate;
  }

  /** The rate this component reads, for rate components. */
  public Optional<Rate> rate() {
    return Optional.ofNullable(rate);
  }

  /** True when the role may weigh this component. */
  public boolean allowedFor(ScoredRole role) {
    return rate != null || role == ScoredRole.GRID_WORKER;
  }

  /** The Chinese name used in briefings. */
  public String chineseName() {
    return rate != null ? rate.chineseName() : this == POINTS ? "积分" : "走访达标率";
  }
}
