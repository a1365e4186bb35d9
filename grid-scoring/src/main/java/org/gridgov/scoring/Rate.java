package org.gridgov.scoring;

import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * A rate derived from counts (考核比率), with its formula. A rate is undefined (empty) when its
 * denominator is 0. For rates where lower is better ({@link #higherIsBetter()} false) a composite
 * score uses {@code 1 − rate}.
 */
public enum Rate {
  /** 结案率 = CLOSED / RECEIVED. May exceed 100 % when a backlog is closed. */
  CLOSURE("结案率", true),
  /** 按时结案率 = CLOSED_ON_TIME / CLOSED. */
  ON_TIME_CLOSURE("按时结案率", true),
  /** 返工率 = REWORK / HANDLED. Lower is better. */
  REWORK("返工率", false),
  /** 派遣准确率 = ACCURATELY_DISPATCHED / (ACCURATELY_DISPATCHED + RETURNED). */
  ACCURATE_DISPATCH("派遣准确率", true),
  /** 按时派遣率 = DISPATCHED_ON_TIME / DISPATCHED. */
  ON_TIME_DISPATCH("按时派遣率", true),
  /** 按时核查率 = VERIFIED_ON_TIME / VERIFIED. */
  ON_TIME_VERIFICATION("按时核查率", true),
  /** 满意率 = (SATISFIED + BASICALLY_SATISFIED) / RATED. */
  SATISFACTION("满意率", true),
  /** 超期率 = OVERDUE / RECEIVED. Lower is better. */
  OVERDUE("超期率", false);

  private final String chineseName;
  private final boolean higherIsBetter;

  Rate(String chineseName, boolean higherIsBetter) {
    this.chineseName = chineseName;
    this.higherIsBetter = higherIsBetter;
  }

  /** The Chinese name used in briefings. */
  public String chineseName() {
    return chineseName;
  }

  /** False for rework and overdue rates. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The numerator of the formula for {@code f}. */
  public long numerator(Figures f) {
    if (f == null) {
      throw new MissingValueException("figures");
    }
    switch (this) {
      case CLOSURE:
        return f.count(Indicator.CLOSED);
      case ON_TIME_CLOSURE:
        return f.count(Indicator.CLOSED_ON_TIME);
      case REWORK:
        return f.count(Indicator.REWORK);
      case ACCURATE_DISPATCH:
        return f.count(Indicator.ACCURATELY_DISPATCHED);
      case ON_TIME_DISPATCH:
        return f.count(Indicator.DISPATCHED_ON_TIME);
      case ON_TIME_VERIFICATION:
        return f.count(Indicator.VERIFIED_ON_TIME);
      case SATISFACTION:
        return f.count(Indicator.SATISFIED) + f.count(Indicator.BASICALLY_SATISFIED);
      default:
        return f.count(Indicator.OVERDUE);
    }
  }

  /** The denominator of the formula for {@code f}. */
  public long denominator(Figures f) {
    if (f == null) {
      throw new MissingValueException("figures");
    }
    switch (this) {
      case CLOSURE:
      case OVERDUE:
        return f.count(Indicator.RECEIVED);
      case ON_TIME_CLOSURE:
        return f.count(Indicator.CLOSED);
      case REWORK:
        return f.count(Indicator.HANDLED);
      case ACCURATE_DISPATCH:
        return f.count(Indicator.ACCURATELY_DISPATCHED) + f.count(Indicator.RETURNED);
      case ON_TIME_DISPATCH:
        return f.count(Indicator.DISPATCHED);
      case ON_TIME_VERIFICATION:
        return f.count(Indicator.VERIFIED);
      default:
        return f.count(Indicator.RATED);
    }
  }

  /** The rate for {@code f}; empty when the denominator is 0. */
  public Optional<Ratio> of(Figures f) {
    if (f == null) {
      throw new MissingValueException("figures");
    }
    long d = denominator(f);
    return d == 0 ? Optional.empty() : Optional.of(new Ratio(numerator(f), d));
  }
}
