package org.gridgov.geo.internal;

import java.math.BigDecimal;
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
 * which makes the locator's boundary decisions those of JTS {@code covers}. Where the products
 * are so small that they may have underflowed (points within about 10<sup>-145</sup> of each
 * other, near 0°), the sign is computed exactly in decimal arithmetic instead.
 */
final class Orient {
  private static final double SAFE_EPSILON = 1e-15;
  /**
   * Below this, |detLeft| + |detRight| may hold underflowed products (absolute errors up to
   * 2<sup>-1074</sup>), so neither the filter nor the zero test is safe.
   */
  private static final double SMALLEST = 1e-290;

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
    double sum = Math.abs(detLeft) + Math.abs(detRight);
    double bound = SAFE_EPSILON * sum;
    if (det > bound && sum >= SMALLEST) {
      return 1;
    }
    if (det < -bound && sum >= SMALLEST) {
      return -1;
    }
    return slow(ax, ay, bx, by, cx, cy, detLeft, detRight, sum);
  }

  private static int slow(double ax, double ay, double bx, double by, double cx, double cy, double detLeft,
      double detRight, double sum) {
    if (sum < SMALLEST) {
      // products this small may have underflowed: the exact sign, in decimal arithmetic
      BigDecimal left = new BigDecimal(ax).subtract(new BigDecimal(cx)).multiply(
          new BigDecimal(by).subtract(new BigDecimal(cy)));
      BigDecimal right = new BigDecimal(ay).subtract(new BigDecimal(cy)).multiply(
          new BigDecimal(bx).subtract(new BigDecimal(cx)));
      return left.compareTo(right);
    }
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
