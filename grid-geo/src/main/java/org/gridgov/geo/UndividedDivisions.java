package org.gridgov.geo;

/**
 * What a {@link GeoJsonReader} does, for codes in {@link CodeForm#ADMINISTRATIVE_DIVISION} form,
 * with a division that has no subdivision among the file's features although the file reaches a
 * deeper level (不设区的市): the prefecture-level cities without counties — 东莞 441900, 中山
 * 442000, 儋州 460400, 嘉峪关 620200 — stand among the counties in nationwide county files. Read
 * as written, such a city is a grid of the city level, which a locator of the county level never
 * finds. The check runs once the whole file is read; the deepest level is the deepest of the
 * features loaded.
 */
public enum UndividedDivisions {
  /**
   * Load it as a grid of the file's deepest level, its code padded with zeros to that level's
   * length: 东莞 becomes the county-level grid 441900 under its city 4419 (the code its towns'
   * codes 441900003… begin with). Its outcome is {@link FeatureOutcome.Kind#RELEVELLED}, with the
   * level read and the reason. The default.
   */
  LOAD_AT_DEEPEST_LEVEL,
  /**
   * Refuse it with an {@link GeoJsonProblem.Kind#UNDIVIDED_DIVISION} problem naming the feature:
   * in strict mode the whole load fails with that one line, in lenient mode the feature is refused
   * and the others are kept.
   */
  REFUSE
}
