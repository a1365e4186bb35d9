package org.gridgov.workflow;

/**
 * What kind of fact a {@link TicketEvent} records (事件类型). The set is fixed and means the same in
 * every workflow definition: a definition's transition names one of these as its type, so that
 * indicators (received, filed, dispatched, returned, closed on time, rework, satisfaction, …) can
 * be computed from events without knowing the definition. Where a type carries details, the
 * matching {@link EventPayload} record is named.
 */
public enum TicketEventType {
  /** 上报/登记: the ticket was created. Payload {@link EventPayload.Reported}. Always version 1. */
  REPORTED,
  /** 受理/立案: accepted and filed as a case. */
  ACCEPTED,
  /** 不予受理: rejected as invalid or duplicate (reason code says which). Payload {@link EventPayload.Rejected}. */
  REJECTED,
  /** 承诺: a committee promised to settle it within a limit; the main clock restarts with it. Payload {@link EventPayload.Promised}. */
  PROMISED,
  /** 派遣/交办: dispatched to a department (and its unit responsible for the grid). Payload {@link EventPayload.Dispatched}. */
  DISPATCHED,
  /** 签收: the department accepted the assignment. Payload {@link EventPayload.DepartmentAction}. */
  DEPARTMENT_ACCEPTED,
  /** 退回: the department returned it as outside its remit, within the return window. Payload {@link EventPayload.DepartmentAction}. */
  RETURNED,
  /** A step of a multi-step flow with no special effect (e.g. 审定议程, 实地调查); the transition id says which. */
  STEP,
  /** 处置: handled (办理完毕), by the department, the grid worker on the spot, or the committee. */
  HANDLED,
  /** 反馈: the handling result was fed back. */
  FED_BACK,
  /** 核查通过: verification passed. */
  VERIFICATION_PASSED,
  /** 核查不通过: verification failed; the ticket goes back for rework (返工). */
  VERIFICATION_FAILED,
  /** 回访: a revisit (phone or on-site) to the resident. */
  REVISITED,
  /** 满意度测评: the resident's rating. Payload {@link EventPayload.Rated}. */
  RATED,
  /** 重办: reopened after a dissatisfied rating; follows the {@link #RATED} event of the same command. */
  REOPENED,
  /** 结案/办结: closed; always the last event of a ticket that reached a closing final state. Payload {@link EventPayload.Closed}. */
  CLOSED,
  /** 延期申请: an extension was requested. Payload {@link EventPayload.Extension}. */
  EXTENSION_REQUESTED,
  /** 延期批准: the extension was approved and the main deadline moved. Payload {@link EventPayload.Extension}. */
  EXTENSION_APPROVED,
  /** 延期驳回: the extension was refused. */
  EXTENSION_DENIED,
  /** 挂账/缓办: suspended; the main clock pauses. */
  SUSPENDED,
  /** 恢复办理: resumed; the main clock runs again with its instants moved by the pause. */
  RESUMED,
  /** 作废申请: cancellation was requested. */
  CANCELLATION_REQUESTED,
  /** 作废: cancelled with approval. */
  CANCELLED,
  /** 作废驳回: the cancellation was refused. */
  CANCELLATION_DENIED,
  /** 上报/吹哨: escalated one level up the grid tree, departments summoned. Payload {@link EventPayload.Escalated}. */
  ESCALATED,
  /** 报到: a summoned department reported in. Payload {@link EventPayload.DepartmentAction}. */
  REPORTED_IN,
  /** 催办 / 督办 / 通报: urged, by the clock or by hand. Payload {@link EventPayload.Urged}. */
  URGED,
  /** 超期: a clock passed its due instant (main, step or report-in). Payload {@link EventPayload.Overdue}. */
  OVERDUE,
  /** 备注: a note with no effect on the state. */
  NOTED
}
