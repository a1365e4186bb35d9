package org.gridgov.scoring;

/** What points are given for (积分事由), and to whom. */
public enum PointsOutcome {
  /** 上报核实: a reported ticket passed verification; to the grid staff who reported it. The articles' 7 points. */
  VERIFIED_REPORT("上报核实", false),
  /** 按时办结: a ticket closed within its limit; to the person who last handled it. */
  ON_TIME_HANDLING("按时办结", false),
  /** 返工: a verification failed or a dissatisfied rating reopened the ticket; to the person who last handled it. */
  REWORK("返工", true),
  /** 虚假/无效上报: a report rejected or cancelled as invalid or mistaken; to the grid staff who reported it. */
  FALSE_REPORT("虚假上报", true),
  /** 重复上报: a report rejected or cancelled as a duplicate; to the grid staff who reported it. */
  DUPLICATE_REPORT("重复上报", true),
  /**
   * 超期: the ticket's limit passed; to the department staff who signed for it, or, while the
   * ticket is at its basic grid with no department, to the grid's worker.
   */
  OVERDUE("超期", true),
  /** 特殊人群按时走访: a visit to a person of a special group done on time; to the visiting worker. */
  SPECIAL_GROUP_VISIT("特殊人群按时走访", false);

  private final String chineseName;
  private final boolean penalty;

  PointsOutcome(String chineseName, boolean penalty) {
    this.chineseName = chineseName;
    this.penalty = penalty;
  }

  /** The Chinese name used in ledgers and briefings. */
  public String chineseName() {
    return chineseName;
  }

  /** True for penalties: their points are 0 or negative; the others' 0 or positive. */
  public boolean isPenalty() {
    return penalty;
  }

  /**
   * True for the outcomes whose party is whoever holds the ticket — {@link #REWORK},
   * {@link #ON_TIME_HANDLING}, {@link #OVERDUE} — and which the ledger books at most once per
   * (ticket, outcome) whoever the person, so that a change of handler or of roster never books
   * them twice. The others are booked at most once per (source, outcome, person).
   */
  public boolean onePartyPerSource() {
    return this == REWORK || this == ON_TIME_HANDLING || this == OVERDUE;
  }

  /** True for outcomes about tickets (all but {@link #SPECIAL_GROUP_VISIT}). */
  public boolean aboutTickets() {
    return this != SPECIAL_GROUP_VISIT;
  }
}
