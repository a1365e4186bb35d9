package org.gridgov.scoring;

/** What kind of ledger entry (积分台账条目类型). */
public enum EntryKind {
  /** 计分: an entry a points rule made (positive for awards, negative for penalties), perhaps capped. */
  AWARD,
  /** 冲正: compensates the whole remainder of an earlier entry (e.g. the report later proved false). */
  REVERSAL,
  /** 申诉: compensates part or all of an earlier entry after an upheld appeal. */
  APPEAL
}
