package org.gridgov.scoring;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders a {@link ReviewAgenda} as Markdown, in Chinese. */
final class ReviewAgendaMarkdown {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReviewAgendaMarkdown() {}

  static String render(ReviewAgenda a) {
    ZoneId zone = a.occurrence().period().zone();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(a.title()).append(" 议程\n\n");
    md.append("统计周期: ").append(a.occurrence().period().firstDay()).append(" 至 ").append(a.occurrence().period().lastDay())
        .append("; 截至 ").append(time(a.asOf(), zone)).append("; 应于 ").append(a.occurrence().dueDay()).append(" 前召开\n\n");
    Figures t = a.total();
    md.append("## 一、本期概况\n\n| 指标 | 数值 |\n| --- | ---: |\n");
    for (Indicator i : List.of(Indicator.RECEIVED, Indicator.CLOSED, Indicator.CLOSED_ON_TIME, Indicator.OVERDUE, Indicator.REWORK)) {
      md.append("| ").append(i.chineseName()).append(" | ").append(t.count(i)).append(" |\n");
    }
    md.append("| ").append(Rate.ON_TIME_CLOSURE.chineseName()).append(" | ")
        .append(t.rate(Rate.ON_TIME_CLOSURE).map(r -> r.percent(1).toPlainString() + "%").orElse("-")).append(" |\n");
    md.append("\n## 二、待办事项(").append(a.openItems().size()).append(" 件,其中超期 ").append(a.overdueOpenItems().size())
        .append(" 件)\n\n");
    if (!a.openItems().isEmpty()) {
      md.append("| 工单 | 事项 | 网格 | 状态 | 承办部门 | 应办结时间 | 超期 |\n| --- | --- | --- | --- | --- | --- | :---: |\n");
      for (ReviewAgenda.Item i : a.openItems()) {
        md.append("| ").append(i.ticket()).append(" | ").append(a.name(i.matterType())).append(" | ").append(a.name(i.grid().value()))
            .append(" | ").append(i.state()).append(" | ").append(i.department().map(a::name).orElse("-")).append(" | ")
            .append(i.dueAt().map(d -> time(d, zone)).orElse("-")).append(" | ").append(i.overdue() ? "是" : "").append(" |\n");
      }
    }
    md.append("\n## 三、本期超期事项(").append(a.overdueItems().size()).append(" 件)\n\n");
    if (!a.overdueItems().isEmpty()) {
      md.append("| 工单 | 事项 | 网格 | 部门 | 应办结时间 | 督办层级 | 状态 |\n| --- | --- | --- | --- | --- | --- | --- |\n");
      for (OverdueTicket o : a.overdueItems()) {
        md.append("| ").append(o.ticket()).append(" | ").append(a.name(o.matterType())).append(" | ").append(a.name(o.grid().value()))
            .append(" | ").append(o.department().map(a::name).orElse("-")).append(" | ").append(time(o.dueAt(), zone))
            .append(" | ").append(o.urging()).append(" | ").append(o.outcome().map(Enum::name).orElse("未办结")).append(" |\n");
      }
    }
    md.append("\n## 四、本期排名\n\n");
    ranking(md, "职能部门", a.departments(), a);
    ranking(md, "网格", a.grids(), a);
    return md.toString();
  }

  private static void ranking(StringBuilder md, String what, Ranking r, ReviewAgenda a) {
    md.append("### ").append(what).append("\n\n");
    if (r.entries().isEmpty()) {
      md.append("本期无数据。\n\n");
      return;
    }
    md.append("| 排名 | ").append(what).append(" | 综合得分 |\n| ---: | --- | ---: |\n");
    for (Ranked e : r.entries()) {
      md.append("| ").append(e.rank().isPresent() ? Integer.toString(e.rank().getAsInt()) : "-").append(" | ")
          .append(a.name(e.subject().id())).append(" | ")
          .append(e.score().value().map(v -> v.toPlainString()).orElse("-")).append(" |\n");
    }
    md.append('\n');
  }

  private static String time(Instant t, ZoneId zone) {
    return TIME.format(t.atZone(zone));
  }
}
