package org.gridgov.core;

/** How a house is used (房屋用途). */
public enum HouseUse {
  /** 自住. */
  OWNER_OCCUPIED,
  /** 出租屋: let to tenants; may carry a star rating. */
  RENTAL,
  /** 空置. */
  VACANT,
  /** 商用 / 经营. */
  COMMERCIAL
}
