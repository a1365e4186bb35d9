package org.gridgov.scoring;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.workflow.UrgingLevel;

/** Renders a {@link MonthlyBriefing} as Markdown, in Chinese. */
final class BriefingMarkdown {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BriefingMarkdown() {}

  static String render(MonthlyBriefing b) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(esc(b.title())).append(" ").append(b.period().label()).append(" 月度通报\n\n");
    md.append("统计周期: ").append(b.period().firstDay()).append(" 至 ").append(b.period().lastDay())
        .append(" (").append(b.period().zone()).append(")\n\n");

    md.append("## 一、总体情况\n\n| 指标 | 数值 |\n| --- | ---: |\n");
    Figures t = b.total();
    for (Indicator i : List.of(Indicator.RECEIVED, Indicator.DISPATCHED, Indicator.RETURNED, Indicator.CLOSED,
        Indicator.CLOSED_ON_TIME, Indicator.OVERDUE, Indicator.REWORK, Indicator.EXTENDED, Indicator.SUSPENDED, Indicator.RATED)) {
      md.append("| ").append(i.chineseName()).append(" | ").append(t.count(i)).append(" |\n");
    }
    for (Rate r : Rate.values()) {
      md.append("| ").append(r.chineseName()).append(" | ").append(rate(t, r)).append(" |\n");
    }

    md.append("\n## 二、职能部门综合排名\n\n");
    md.append("| 排名 | 部门 | 综合得分 | 环比 | 受理 | 结案 | 按时结案率 | 返工率 | 满意率 | 超期 |\n");
    md.append("| ---: | --- | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Ranked r : b.departments().entries()) {
      Figures f = b.departmentFigures().get(r.subject().id());
      md.append("| ").append(r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "-").append(" | ")
          .append(esc(b.name(r.subject().id()))).append(" | ").append(score(r.score())).append(" | ")
          .append(r.movementText()).append(" | ");
      if (f != null) {
        md.append(f.count(Indicator.RECEIVED)).append(" | ").append(f.count(Indicator.CLOSED)).append(" | ")
            .append(rate(f, Rate.ON_TIME_CLOSURE)).append(" | ").append(rate(f, Rate.REWORK)).append(" | ")
            .append(rate(f, Rate.SATISFACTION)).append(" | ").append(f.count(Indicator.OVERDUE)).append(" |\n");
      } else {
        md.append("- | - | - | - | - | - |\n");
      }
    }

    md.append("\n## 三、超期工单通报\n\n");
    if (b.overdue().isEmpty()) {
      md.append("本月无超期工单。\n");
    } else {
      md.append("本月超期工单共 ").append(b.overdueCount()).append(" 件。\n");
      for (OverdueRegister.Group g : b.overdue()) {
        md.append("\n### ").append(g.department().map(d -> esc(b.name(d))).orElse("网格层级(未派遣部门)"))
            .append("(").append(g.tickets().size()).append(" 件)\n\n");
        md.append("| 工单 | 事项 | 网格 | 应办结时间 | 超期记录时间 | 督办层级 | 状态 |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (OverdueTicket o : g.tickets()) {
          md.append("| ").append(o.ticket()).append(" | ").append(esc(b.name(o.matterType()))).append(" | ")
              .append(esc(b.name(o.grid().value()))).append(" | ").append(time(o.dueAt(), b)).append(" | ")
              .append(time(o.overdueAt(), b)).append(" | ").append(urging(o.urging())).append(" | ")
              .append(o.outcome().map(x -> x == org.gridgov.workflow.Outcome.CLOSED ? "已办结(超期)" : x == org.gridgov.workflow.Outcome.REJECTED ? "不予受理" : "已作废")
                  .orElse("未办结")).append(" |\n");
        }
      }
    }

    md.append("\n## 四、末位预警\n\n");
    if (b.bottomWarnings().isEmpty()) {
      md.append("无。\n");
    } else {
      md.append("综合排名后 ").append(b.bottomN()).append(" 位(并列者同列)予以预警:\n\n");
      for (Ranked r : b.bottomWarnings()) {
        md.append("- 第 ").append(r.rank().getAsInt()).append(" 名 ").append(esc(b.name(r.subject().id())))
            .append(",综合得分 ").append(score(r.score())).append("\n");
      }
    }

    md.append("\n## 五、先进典型\n\n");
    md.append("职能部门前 ").append(b.topN()).append(" 位:\n\n");
    for (Ranked r : b.topDepartments()) {
      md.append("- 第 ").append(r.rank().getAsInt()).append(" 名 ").append(esc(b.name(r.subject().id())))
          .append(",综合得分 ").append(score(r.score())).append("\n");
    }
    if (b.workers().isPresent()) {
      md.append("\n网格员前 ").append(b.topN()).append(" 位:\n\n");
      for (Ranked r : b.topWorkers()) {
        md.append("- 第 ").append(r.rank().getAsInt()).append(" 名 ").append(esc(b.name(r.subject().id())))
            .append("(").append(esc(r.subject().id())).append("),综合得分 ").append(score(r.score())).append("\n");
      }
    }

    if (!b.accountability().isEmpty()) {
      md.append("\n## 六、督办问责\n\n");
      java.util.Map<org.gridgov.scoring.AccountabilityStep, Long> bySteps = new java.util.EnumMap<>(org.gridgov.scoring.AccountabilityStep.class);
      for (AccountabilityCase c : b.accountability()) {
        bySteps.merge(c.step(), 1L, Long::sum);
      }
      md.append("本月涉及超期或返工的工单 ").append(b.accountability().size()).append(" 件:");
      bySteps.forEach((s, n) -> md.append(" ").append(s.chineseName()).append(" ").append(n).append(" 件;"));
      md.append("\n\n通报及问责工单:\n\n| 工单 | 事由 | 层级 | 责任主体 | 证据(事件) |\n| --- | --- | --- | --- | --- |\n");
      for (AccountabilityCase c : b.accountability()) {
        if (c.step().compareTo(org.gridgov.scoring.AccountabilityStep.PUBLIC_NOTICE) < 0) {
          continue;
        }
        md.append("| ").append(c.ticket()).append(" | ")
            .append(c.causes().stream().map(x -> x == org.gridgov.scoring.AccountabilityCause.OVERDUE ? "超期" : "返工")
                .sorted().collect(Collectors.joining("、")))
            .append(" | ").append(c.step().chineseName()).append(" | ")
            .append(c.parties().stream().map(p -> party(p, b)).collect(Collectors.joining("; "))).append(" | ")
            .append(c.evidence().stream().map(e -> "v" + e.version()).collect(Collectors.joining(","))).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String party(AnswerableParty p, MonthlyBriefing b) {
    switch (p.kind()) {
      case HANDLING_DEPARTMENT:
        return "承办部门 " + esc(b.name(p.id()));
      case SUMMONED_DEPARTMENT:
        return "报到部门 " + esc(b.name(p.id()));
      case GRID_LEADER:
        return "网格长 " + esc(b.name(p.id())) + p.staffId().map(s -> "(" + s + ")").orElse("");
      default:
        return "上报链条 " + esc(b.name(p.id())) + p.staffId().map(s -> "(" + s + ")").orElse("");
    }
  }

  private static String urging(UrgingLevel l) {
    switch (l) {
      case URGE:
        return "催办";
      case OVERSEE:
        return "督办";
      case BULLETIN:
        return "通报";
      default:
        return "-";
    }
  }

  private static String score(Score s) {
    return s.value().map(v -> v.toPlainString()).orElse("-");
  }

  private static String rate(Figures f, Rate r) {
    return r.of(f).map(x -> x.percent(2).toPlainString() + "%").orElse("-");
  }

  private static String time(Instant at, MonthlyBriefing b) {
    return TIME.format(at.atZone(b.period().zone()));
  }

  private static String esc(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
