package org.gridgov.core.internal;

import org.gridgov.core.Grid;

/**
 * The validated tree laid out in depth-first preorder (children ordered by code): a grid's
 * descendants are the contiguous range {@code (i, end[i])}, so is-ancestor is two comparisons.
 *
 * @param grids the grids in preorder
 * @param parent each grid's parent's preorder index, -1 for roots
 * @param end one past the last preorder index of each grid's subtree
 * @param levels each grid's level
 * @param layers each grid's layer id, the base layer filled in
 * @param levelMembers for each level (index level-1), the preorder indices of its grids, ascending
 * @param index preorder index by code value
 */
public record TreeArrays(Grid[] grids, int[] parent, int[] end, int[] levels, String[] layers,
    int[][] levelMembers, CodeIndex index) {
  /** The first position in {@code sorted} whose value is at least {@code key} (a level's members under a subtree start there). */
  public static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
