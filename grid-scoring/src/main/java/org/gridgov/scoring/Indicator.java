package org.gridgov.scoring;

/**
 * A counted figure (考核指标计数). Each indicator counts ticket events of one kind whose
 * {@code occurredAt} lies in the period; the event that defines each one, and to which subject it
 * counts, is fixed here and in {@code docs/scoring.md}. "Grid" means the ticket's basic grid and,
 * rolled up, every ancestor; "department" is the department the event names (see each entry);
 * "dispatcher" is a command-centre principal (指挥中心调度员).
 *
 * <p>Figures are counts of events, not of distinct tickets: a ticket returned twice counts two
 * returns. Rates ({@link Rate}) are derived from these counts.
 */
public enum Indicator {
  /**
   * 受理/收件. Grid: a {@code REPORTED} event (a ticket opened in the grid). Department: a
   * {@code DISPATCHED} event naming it (an assignment received).
   */
  RECEIVED("受理量"),
  /** 立案: an {@code ACCEPTED} event. Grid, department (if assigned), dispatcher (if by a command centre). */
  FILED("立案量"),
  /** 不予受理: a {@code REJECTED} event (invalid or duplicate). Grid. */
  REJECTED("不予受理量"),
  /** 作废: a {@code CANCELLED} event. Grid. */
  CANCELLED("作废量"),
  /** 派遣: a {@code DISPATCHED} event. Grid, the department dispatched to, the dispatcher. */
  DISPATCHED("派遣量"),
  /**
   * 按时派遣: a {@code DISPATCHED} event within the step limit of the state it left (no limit
   * counts as on time). Grid, department, dispatcher.
   */
  DISPATCHED_ON_TIME("按时派遣量"),
  /**
   * 准确派遣: a {@code DEPARTMENT_ACCEPTED} event (签收: the department took the assignment rather
   * than returning it). Grid, the department, the command centre that last dispatched it.
   */
  ACCURATELY_DISPATCHED("准确派遣量"),
  /** 退回: a {@code RETURNED} event. Grid, the returning department, the last dispatcher. */
  RETURNED("退回量"),
  /** 处置: a {@code HANDLED} event. Grid, department (if assigned). */
  HANDLED("处置量"),
  /**
   * 核查: a {@code VERIFICATION_PASSED} or {@code VERIFICATION_FAILED} event (a verification
   * decision). Grid, department, dispatcher (if by a command centre).
   */
  VERIFIED("核查量"),
  /** 按时核查: a verification decision within the step limit of the state awaiting it. As {@link #VERIFIED}. */
  VERIFIED_ON_TIME("按时核查量"),
  /** 返工: a {@code VERIFICATION_FAILED} or {@code REOPENED} (dissatisfied, 重办) event. Grid, department. */
  REWORK("返工量"),
  /** 结案: a {@code CLOSED} event. Grid, department (if assigned at closing). */
  CLOSED("结案量"),
  /** 按时结案: a {@code CLOSED} event whose payload says on time. As {@link #CLOSED}. */
  CLOSED_ON_TIME("按时结案量"),
  /** 超期: an {@code OVERDUE} event of the main clock. Grid, the department named in the payload. */
  OVERDUE("超期量"),
  /** 延期: an {@code EXTENSION_APPROVED} event. Grid, department. */
  EXTENDED("延期量"),
  /** 挂账/缓办: a {@code SUSPENDED} event. Grid, department. */
  SUSPENDED("挂账量"),
  /** 上报/吹哨: an {@code ESCALATED} event. Grid, department (if assigned). */
  ESCALATED("上报量"),
  /** 报到超时: an {@code OVERDUE} event of a report-in clock. Grid, the summoned department. */
  REPORT_IN_OVERDUE("报到超时量"),
  /** 测评: a {@code RATED} event. Grid, department. */
  RATED("测评量"),
  /** 满意: a {@code RATED} event rating SATISFIED. Grid, department. */
  SATISFIED("满意量"),
  /** 基本满意: a {@code RATED} event rating BASICALLY_SATISFIED. Grid, department. */
  BASICALLY_SATISFIED("基本满意量"),
  /** 不满意: a {@code RATED} event rating DISSATISFIED. Grid, department. */
  DISSATISFIED("不满意量");

  private static final Indicator[] VALUES = values();

  private final String chineseName;

  Indicator(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in briefings. */
  public String chineseName() {
    return chineseName;
  }

  /** The number of indicators. */
  public static int count() {
    return VALUES.length;
  }

  /** The indicator with this ordinal. */
  static Indicator at(int ordinal) {
    return VALUES[ordinal];
  }
}
