package org.gridgov.core;

import java.util.Optional;

/**
 * The kind of township-level unit that the township segment of a statistical division code
 * encodes (乡级单位类别, NBS rule).
 */
public enum TownshipKind {
  /** 街道, segment 001–099. */
  STREET(1, 99),
  /** 镇, segment 100–199. */
  TOWN(100, 199),
  /** 乡 (including 苏木 and 民族乡), segment 200–399. */
  TOWNSHIP(200, 399),
  /** Other township-level units (farms, development zones, …), segment 400–599. */
  OTHER(400, 599);

  private final int from;
  private final int to;

  TownshipKind(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /** The first segment value of this kind. */
  public int from() {
    return from;
  }

  /** The last segment value of this kind. */
  public int to() {
    return to;
  }

  /** The kind that a 3-digit township segment value encodes; empty for 000 and 600–999. */
  public static Optional<TownshipKind> of(int segment) {
    for (TownshipKind kind : values()) {
      if (segment >= kind.from && segment <= kind.to) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
