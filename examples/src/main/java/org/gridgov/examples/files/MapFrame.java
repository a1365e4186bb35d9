package org.gridgov.examples.files;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.GridCode;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.scoring.Indicator;

/**
 * The map's frame: title and subtitle, the legend panel (overdue classes, boundary levels, ticket
 * dots, the grids with most overdue tickets, sources), a scale bar and a north arrow. Text is in
 * English, with the district's Chinese name added where the platform's font can show it.
 */
final class MapFrame {
  private static final Color INK = new Color(0x202020);
  private static final Color MUTED = new Color(0x5a5a5a);
  private final DistrictMap map;
  private final MonthScores scores;
  private final GridFacts facts;

  MapFrame(DistrictMap map, MonthScores scores, GridFacts facts) {
    this.map = map;
    this.scores = scores;
    this.facts = facts;
  }

  void draw(Graphics2D g) {
    title(g);
    legend(g);
    scaleBar(g);
    northArrow(g);
  }

  private void title(Graphics2D g) {
    District d = scores.district();
    Font big = DistrictMap.font(Font.BOLD, 34f);
    String chinese = d.title();
    String title = d.englishName() + (big.canDisplayUpTo(chinese) == -1 ? "  " + chinese : "") + "  (" + d.root().code() + ")";
    g.setColor(INK);
    g.setFont(big);
    g.drawString(title, DistrictMap.MAP_LEFT, 56);
    long received = scores.indicators().total().count(Indicator.RECEIVED);
    int overdue = facts.overdue(d.root().code());
    String month = scores.period().firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + scores.period().firstDay().getYear();
    g.setFont(DistrictMap.font(Font.PLAIN, 20f));
    g.setColor(MUTED);
    g.drawString(String.format(Locale.ROOT, "Overdue tickets per basic grid, %s:  %,d tickets reported,  %,d overdue (%.1f %%)",
        month, received, overdue, received == 0 ? 0.0 : 100.0 * overdue / received), DistrictMap.MAP_LEFT, 92);
  }

  private void legend(Graphics2D g) {
    int x = DistrictMap.PANEL_LEFT;
    int y = DistrictMap.MAP_TOP + 10;
    g.setColor(INK);
    g.setFont(DistrictMap.font(Font.BOLD, 18f));
    g.drawString("Overdue tickets per basic grid", x, y);
    g.setFont(DistrictMap.font(Font.PLAIN, 16f));
    int[] counts = new int[DistrictMap.CLASSES.length];
    scores.district().basicGrids().forEach(b -> counts[DistrictMap.classOf(facts.overdue(b.code()))]++);
    for (int k = 0; k < DistrictMap.CLASSES.length; k++) {
      y += 32;
      g.setColor(DistrictMap.FILLS[k]);
      g.fill(new Rectangle2D.Double(x, y - 18, 34, 22));
      g.setColor(MUTED);
      g.setStroke(new BasicStroke(0.8f));
      g.draw(new Rectangle2D.Double(x, y - 18, 34, 22));
      int from = DistrictMap.CLASSES[k];
      String range = k + 1 < DistrictMap.CLASSES.length
          ? (DistrictMap.CLASSES[k + 1] - 1 == from ? Integer.toString(from) : from + "–" + (DistrictMap.CLASSES[k + 1] - 1))
          : from + " or more";
      g.setColor(INK);
      g.drawString(range + "   (" + counts[k] + (counts[k] == 1 ? " grid)" : " grids)"), x + 48, y);
    }
    y += 56;
    g.setFont(DistrictMap.font(Font.BOLD, 18f));
    g.drawString("Boundaries", x, y);
    g.setFont(DistrictMap.font(Font.PLAIN, 16f));
    int basic = scores.district().tree().scheme().basicLevel();
    Object[][] lines = {{4.0f, INK, "district"}, {3.0f, INK, "level-1 grids (" + count(2) + ")"},
        {1.4f, new Color(0x6b6b6b), "level-2 grids (" + count(basic - 1) + ")"},
        {0.9f, new Color(0xbdbdbd), "basic grids (" + count(basic) + ")"}};
    for (Object[] l : lines) {
      y += 30;
      g.setColor((Color) l[1]);
      g.setStroke(new BasicStroke((Float) l[0], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(x, y - 6, x + 34, y - 6));
      g.setColor(INK);
      g.drawString((String) l[2], x + 48, y);
    }
    y += 56;
    g.setFont(DistrictMap.font(Font.BOLD, 18f));
    g.drawString("Tickets", x, y);
    g.setFont(DistrictMap.font(Font.PLAIN, 16f));
    y += 30;
    g.setColor(DistrictMap.DOT);
    g.fill(new Ellipse2D.Double(x + 15, y - 9, 5, 5));
    g.setColor(INK);
    g.drawString("a ticket, where it was reported", x + 48, y);
    y += 30;
    g.setColor(DistrictMap.OVERDUE_DOT);
    g.fill(new Ellipse2D.Double(x + 14, y - 10, 7, 7));
    g.setColor(INK);
    g.drawString("a ticket overdue in the month", x + 48, y);
    y = worst(g, x, y + 56);
    sources(g, x, Math.max(y + 40, map.height() - 170));
  }

  private int worst(Graphics2D g, int x, int y) {
    g.setFont(DistrictMap.font(Font.BOLD, 18f));
    g.setColor(INK);
    g.drawString("Most overdue tickets", x, y);
    g.setFont(DistrictMap.font(Font.PLAIN, 16f));
    List<GridCode> grids = new ArrayList<>();
    scores.district().basicGrids().forEach(b -> grids.add(b.code()));
    grids.sort((a, b) -> facts.overdue(b) != facts.overdue(a) ? Integer.compare(facts.overdue(b), facts.overdue(a))
        : a.compareTo(b));
    for (GridCode c : grids.subList(0, Math.min(5, grids.size()))) {
      y += 26;
      String score = facts.ranked(c).flatMap(r -> r.score().value()).map(v -> ", score " + v.toPlainString()).orElse("");
      g.drawString(c + ":  " + facts.overdue(c) + " of " + facts.received(c) + " tickets" + score, x, y);
    }
    return y;
  }

  private void sources(Graphics2D g, int x, int y) {
    g.setFont(DistrictMap.font(Font.PLAIN, 14f));
    g.setColor(MUTED);
    List<String> lines = new ArrayList<>(scores.district().credits());
    lines.add("Drawn by GridGov with Java2D and JTS; WGS-84.");
    for (String text : lines) {
      for (String line : wrap(g, text, DistrictMap.WIDTH - x - 30)) {
        g.drawString(line, x, y);
        y += 19;
      }
    }
  }

  /** The text broken at spaces into lines no wider than {@code width} pixels. */
  private static List<String> wrap(Graphics2D g, String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && g.getFontMetrics().stringWidth(tried) > width) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    out.add(line.toString());
    return out;
  }

  private int count(int level) {
    return scores.district().tree().countAtLevel(level) - (level == scores.district().tree().scheme().basicLevel()
        ? scores.district().policeGrids().size() : 0);
  }

  private void scaleBar(Graphics2D g) {
    double mpp = map.metresPerPixel();
    double[] nice = {500, 1000, 2000, 5000, 10_000, 20_000, 50_000};
    double metres = nice[0];
    for (double n : nice) {
      if (n / mpp <= 260) {
        metres = n;
      }
    }
    double px = metres / mpp;
    int x = DistrictMap.MAP_LEFT + 20;
    int y = DistrictMap.MAP_TOP + map.mapHeight() + 30;
    g.setColor(INK);
    g.fill(new Rectangle2D.Double(x, y - 8, px / 2, 8));
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Rectangle2D.Double(x, y - 8, px, 8));
    g.setFont(DistrictMap.font(Font.PLAIN, 15f));
    g.drawString("0", x - 4, y + 18);
    g.drawString((metres >= 1000 ? (int) (metres / 1000) + " km" : (int) metres + " m"), (float) (x + px - 12), y + 18);
  }

  private void northArrow(Graphics2D g) {
    int x = DistrictMap.MAP_LEFT + DistrictMap.MAP_WIDTH - 40;
    int y = DistrictMap.MAP_TOP + 20;
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(x, y);
    arrow.lineTo(x + 12, y + 36);
    arrow.lineTo(x, y + 28);
    arrow.lineTo(x - 12, y + 36);
    arrow.closePath();
    g.setColor(INK);
    g.fill(arrow);
    g.setFont(DistrictMap.font(Font.BOLD, 18f));
    g.drawString("N", x - 6, y + 58);
  }
}
