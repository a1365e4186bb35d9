package org.gridgov.scoring;

/** The calendar periods figures are counted over (考核周期). */
public enum PeriodKind {
  /** 日: one calendar day. */
  DAY,
  /** 周: an ISO week, Monday to Sunday. */
  WEEK,
  /** 月: a calendar month. */
  MONTH,
  /** 季度: January–March, April–June, July–September, October–December. */
  QUARTER,
  /** 半年: January–June, July–December. */
  HALF_YEAR
}
