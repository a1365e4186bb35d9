package org.gridgov.examples.files;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.examples.month.MonthSummary;
import org.gridgov.scoring.Figures;
import org.gridgov.scoring.Indicator;
import org.gridgov.scoring.Ranked;
import org.gridgov.scoring.Rate;

/**
 * {@code index.html}: one page that needs nothing but itself (no script, no font, no network) —
 * the month's figures, the map (the SVG inline, a grid's name and counts on hover), the
 * departments' ranking, the best and worst basic grids, the monthly briefing (its Markdown as
 * HTML, by commonmark-java) and links to the other files beside it.
 */
final class IndexPage {
  private static final List<Extension> TABLES = List.of(TablesExtension.create());
  private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC',"
      + "'Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:0;color:#202020;background:#fafafa}"
      + "main{max-width:1240px;margin:0 auto;padding:24px}h1{margin:0 0 4px;font-size:28px}"
      + ".sub{color:#5a5a5a;margin:0 0 20px}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:20px}"
      + ".card{background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:10px 16px;min-width:120px}"
      + ".card b{display:block;font-size:24px}.card span{color:#5a5a5a;font-size:13px}"
      + "figure{margin:0 0 24px;background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:8px}"
      + "figure svg{width:100%;height:auto;display:block}.two{display:flex;flex-wrap:wrap;gap:24px}"
      + ".two section{flex:1 1 360px}table{border-collapse:collapse;background:#fff;font-size:14px;margin:8px 0 16px}"
      + "th,td{border:1px solid #e2e2e2;padding:4px 8px;text-align:left}td.n{text-align:right}"
      + "th{background:#f0f0f0}.briefing{background:#fff;border:1px solid #e2e2e2;border-radius:8px;padding:8px 24px}"
      + "footer{color:#5a5a5a;font-size:13px;margin-top:24px}";

  private IndexPage() {}

  static String html(MonthScores scores, GridFacts facts, String svg, String briefingMarkdown, List<String> files) {
    District d = scores.district();
    MonthSummary s = MonthSummary.of(scores, 10);
    StringBuilder h = new StringBuilder(svg.length() + 200_000);
    String title = d.title() + " " + scores.period().label() + " 网格化服务管理月报";
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(esc(title))
        .append("</title><style>").append(STYLE).append("</style></head><body><main>\n");
    h.append("<h1>").append(esc(title)).append("</h1><p class=\"sub\">").append(esc(d.englishName())).append(" (")
        .append(d.root().code()).append("), ").append(scores.period().firstDay()).append(" – ")
        .append(scores.period().lastDay()).append(": ").append(d.basicGrids().size())
        .append(" basic grids, the standard closed loop on the working-day calendar.</p>\n<div class=\"cards\">");
    card(h, s.reported(), "tickets reported 受理");
    card(h, s.closed(), "closed 结案");
    h.append("<div class=\"card\"><b>").append(s.onTimeRate().map(r -> r.percent(1).toPlainString() + " %").orElse("–"))
        .append("</b><span>closed on time 按时结案率</span></div>");
    card(h, s.overdue(), "overdue 超期");
    card(h, s.returned(), "returned 退回");
    card(h, s.reworked(), "reworked 返工");
    card(h, s.escalated(), "whistled up 吹哨上报");
    card(h, s.open(), "open at month end 未办结");
    h.append("</div>\n<figure>").append(svg).append("</figure>\n<div class=\"two\"><section><h2>职能部门综合排名 Departments</h2>");
    h.append("<table><tr><th>#</th><th>department</th><th>score</th><th>received</th><th>closed</th>"
        + "<th>on time</th><th>overdue</th></tr>");
    for (Ranked r : scores.departments().entries()) {
      Figures f = scores.briefing().departmentFigures().get(r.subject().id());
      h.append("<tr><td class=\"n\">").append(rank(r)).append("</td><td>").append(esc(scores.briefing().name(r.subject().id())))
          .append("</td><td class=\"n\">").append(score(r)).append("</td><td class=\"n\">").append(f.count(Indicator.RECEIVED))
          .append("</td><td class=\"n\">").append(f.count(Indicator.CLOSED)).append("</td><td class=\"n\">")
          .append(f.rate(Rate.ON_TIME_CLOSURE).map(x -> x.percent(1).toPlainString() + " %").orElse("–"))
          .append("</td><td class=\"n\">").append(f.count(Indicator.OVERDUE)).append("</td></tr>");
    }
    h.append("</table></section><section><h2>基础网格 Basic grids: best and worst</h2>");
    grids(h, scores, facts, s.topGrids());
    grids(h, scores, facts, s.bottomGrids());
    h.append("</section></div>\n<section class=\"briefing\">");
    Parser parser = Parser.builder().extensions(TABLES).build();
    h.append(HtmlRenderer.builder().extensions(TABLES).escapeHtml(true).build().render(parser.parse(briefingMarkdown)));
    h.append("</section>\n<footer><p>Files: ");
    for (int i = 0; i < files.size(); i++) {
      h.append(i > 0 ? " · " : "").append("<a href=\"").append(esc(files.get(i))).append("\">").append(esc(files.get(i)))
          .append("</a>");
    }
    h.append("</p>");
    for (String line : d.credits()) {
      h.append("<p>").append(esc(line)).append("</p>");
    }
    return h.append("<p>Made by GridGov.</p></footer></main></body></html>\n").toString();
  }

  private static void grids(StringBuilder h, MonthScores scores, GridFacts facts, List<Ranked> rows) {
    h.append("<table><tr><th>#</th><th>grid</th><th>score</th><th>received</th><th>open</th><th>overdue</th></tr>");
    for (Ranked r : rows) {
      org.gridgov.core.GridCode c = org.gridgov.core.GridCode.parse(r.subject().id());
      h.append("<tr><td class=\"n\">").append(rank(r)).append("</td><td>").append(esc(scores.district().tree().get(c).name()))
          .append(" <small>").append(c).append("</small></td><td class=\"n\">").append(score(r)).append("</td><td class=\"n\">")
          .append(facts.received(c)).append("</td><td class=\"n\">").append(facts.open(c)).append("</td><td class=\"n\">")
          .append(facts.overdue(c)).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void card(StringBuilder h, long value, String label) {
    h.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", value)).append("</b><span>")
        .append(esc(label)).append("</span></div>");
  }

  private static String rank(Ranked r) {
    return r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "–";
  }

  private static String score(Ranked r) {
    return r.score().value().map(v -> v.toPlainString()).orElse("–");
  }

  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
