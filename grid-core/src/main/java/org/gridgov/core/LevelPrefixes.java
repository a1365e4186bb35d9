package org.gridgov.core;

import org.gridgov.core.internal.CodeIndex;

/** Which code lengths are level lengths of a scheme, and so which codes are ancestors' codes. */
final class LevelPrefixes {
  /** {@code isLevelLength[n]}: some level's codes have {@code n} digits. */
  private final boolean[] isLevelLength;

  LevelPrefixes(GridScheme scheme) {
    this.isLevelLength = new boolean[scheme.codeLayout().lengthAt(scheme.depth()) + 1];
    for (int l = 1; l <= scheme.depth(); l++) {
      isLevelLength[scheme.codeLayout().lengthAt(l)] = true;
    }
  }

  /**
   * True when {@code a} is a proper prefix of {@code d} as long as some level's codes: the code
   * lengths grow with the level, so when {@code d} is in the tree, such an {@code a} is the code
   * of one of its ancestors, which the validated tree holds. Compares the cached index keys, so
   * the digits are not read again; codes past 18 digits compare their text.
   */
  boolean isLevelPrefix(GridCode a, GridCode d) {
    long ka = a.indexKey();
    long kd = d.indexKey();
    if (ka < 0 || kd < 0) {
      String x = a.value();
      return x.length() < d.length() && isLevelLength[x.length()] && d.value().startsWith(x);
    }
    int length = CodeIndex.keyLength(ka);
    int cut = CodeIndex.keyLength(kd) - length;
    return cut > 0 && isLevelLength[length] && CodeIndex.dropDigits(kd, cut) == ka;
  }
}
