package org.gridgov.examples.month;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.SpecialGroup;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Outcome;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketId;

/**
 * The month's one-key calls for help (一键求助) as they stood at its end, read from the tickets of the
 * event log: who called (the special group), where, when, how urgent, by when, whether the clock
 * escalated it and how it ended; and their section of the briefing.
 *
 * @param calls one row per call, in order of calling
 */
public record OneKeyCalls(List<Row> calls) {
  /**
   * One call.
   *
   * @param ticket its ticket
   * @param group the caller's special group
   * @param grid the basic grid its point lies in
   * @param calledAt when
   * @param dueAt its main due instant (the group's limit, round the clock)
   * @param escalations how often the clock (or someone) escalated it
   * @param outcome how it ended; empty while open
   * @param onTime whether it was helped within its limit, once closed
   */
  public record Row(TicketId ticket, SpecialGroup group, GridCode grid, Instant calledAt, Instant dueAt, int escalations,
      Optional<Outcome> outcome, Optional<Boolean> onTime) {}

  public OneKeyCalls {
    calls = List.copyOf(calls);
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  /** The calls of a scored month. */
  public static OneKeyCalls of(MonthScores scores) {
    List<Row> rows = new ArrayList<>();
    for (Ticket t : scores.tickets().values()) {
      if (t.channel() == Channel.ONE_KEY_CALL && scores.period().contains(t.reportedAt())) {
        rows.add(new Row(t.id(), t.specialGroup().orElseThrow(), t.grid(), t.reportedAt(),
            t.deadline().orElseThrow().dueAt(), t.escalations(), t.outcome(), t.closedOnTime()));
      }
    }
    return new OneKeyCalls(rows);
  }

  /** The calls closed within their limit. */
  public long closedOnTime() {
    return calls.stream().filter(r -> r.onTime().orElse(false)).count();
  }

  /** The calls the clock escalated at least once. */
  public long escalated() {
    return calls.stream().filter(r -> r.escalations() > 0).count();
  }

  /** The calls rejected as pressed by mistake (误触). */
  public long falseAlarms() {
    return calls.stream().filter(r -> r.outcome().equals(Optional.of(Outcome.REJECTED))).count();
  }

  /** The briefing's section (特殊人群一键求助); empty text when the month had no call. */
  public String toMarkdown(District district) {
    if (calls.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("\n## 七、特殊人群一键求助\n\n本月一键求助 ").append(calls.size()).append(" 件,按时办结 ")
        .append(closedOnTime()).append(" 件,时限内无人响应被上报 ").append(escalated()).append(" 件,误触 ").append(falseAlarms())
        .append(" 件。\n\n| 工单 | 人群 | 网格 | 呼叫时间 | 应办结时间 | 上报 | 状态 |\n| --- | --- | --- | --- | --- | ---: | --- |\n");
    for (Row r : calls) {
      md.append("| ").append(r.ticket()).append(" | ").append(r.group().chineseName()).append(" | ")
          .append(district.tree().get(r.grid()).name()).append(" | ").append(TIME.format(r.calledAt().atZone(BusinessCalendar.CHINA)))
          .append(" | ").append(TIME.format(r.dueAt().atZone(BusinessCalendar.CHINA))).append(" | ").append(r.escalations()).append(" | ")
          .append(r.outcome().map(o -> o == Outcome.CLOSED ? (r.onTime().orElse(false) ? "按时办结" : "超时办结")
              : o == Outcome.REJECTED ? "误触" : "作废").orElse("办理中")).append(" |\n");
    }
    return md.toString();
  }
}
