package org.gridgov.geo.internal;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * The orientation predicate on primitive doubles: the sign of the determinant
 * {@code (a - c) × (b - c)}, +1 when a, b, c turn counter-clockwise, -1 clockwise, 0 collinear.
 *
 * <p>A floating-point filter decides whenever the computed determinant exceeds its error bound
 * 1e-15 × (|detLeft| + |detRight|) (the bound of JTS's {@code CGAlgorithmsDD} filter, itself above
 * Shewchuk's 3.3e-16); a filter that decides gives the true sign, exactly as JTS's does.
 * Otherwise the answer is JTS's own robust {@link Orientation#index} (double-double arithmetic)
 * on the same three points in the same order. So every sign given here is the one JTS computes,
 * which makes the locator's boundary decisions those of JTS {@code covers}.
 */
final class Orient {
  private static final double SAFE_EPSILON = 1e-15;

  private Orient() {}


  /**
   * Orientation of c relative to the directed line a → b. The filter bounds the error by
   * 1e-15 × (|detLeft| + |detRight|), which covers every sign case (where JTS returns early on
   * products of opposite signs, |det| exceeds this bound anyway), with fewer unpredictable
   * branches than JTS's version.
   */
  static int index(double ax, double ay, double bx, double by, double cx, double cy) {
    double detLeft = (ax - cx) * (by - cy);
    double detRight = (ay - cy) * (bx - cx);
    double det = detLeft - detRight;
    double bound = SAFE_EPSILON * (Math.abs(detLeft) + Math.abs(detRight));
    if (det > bound) {
      return 1;
    }
    if (det < -bound) {
      return -1;
    }
    return slow(ax, ay, bx, by, cx, cy, detLeft, detRight);
  }

  private static int slow(double ax, double ay, double bx, double by, double cx, double cy, double detLeft,
      double detRight) {
    if (detLeft == 0.0 && detRight == 0.0) {
      // a product of rounded differences is zero only when a difference is exactly zero
      return 0;
    }
    if ((detLeft > 0.0 && detRight <= 0.0) || (detLeft < 0.0 && detRight >= 0.0)) {
      double det = detLeft - detRight;
      return det > 0 ? 1 : det < 0 ? -1 : 0;
    }
    return Orientation.index(new Coordinate(ax, ay), new Coordinate(bx, by), new Coordinate(cx, cy));
  }

  /** True when c lies on the closed segment a–b (exactly). */
  static boolean onSegment(double ax, double ay, double bx, double by, double cx, double cy) {
    if (cx < Math.min(ax, bx) || cx > Math.max(ax, bx) || cy < Math.min(ay, by) || cy > Math.max(ay, by)) {
      return false;
    }
    return index(ax, ay, bx, by, cx, cy) == 0;
  }

}
