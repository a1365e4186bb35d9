package org.gridgov.core;

/** Categories of key persons under managed care (重点人员). */
public enum KeyPersonCategory {
  /** 社区矫正对象. */
  COMMUNITY_CORRECTION,
  /** 刑满释放人员. */
  RELEASED_PRISONER,
  /** 社区戒毒 / 吸毒人员. */
  DRUG_REHABILITATION,
  /** 严重精神障碍患者. */
  SEVERE_MENTAL_DISORDER,
  /** 重点信访人员. */
  KEY_PETITIONER,
  /** 邪教人员 (反邪). */
  CULT_INVOLVED,
  /** 重点青少年. */
  AT_RISK_YOUTH,
  /** 其他. */
  OTHER
}
