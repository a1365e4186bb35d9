package org.gridgov.examples.files;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.Ticket;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The month's map (网格超期分布图), drawn once with Java2D onto any {@link Graphics2D} — a
 * {@code BufferedImage}'s for {@code map.png}, JFreeSVG's for {@code map.svg}: the basic grids
 * coloured by their overdue tickets, basic, level-2 and level-1 boundaries drawn heavier level by
 * level, the district's outline, every ticket as a dot (overdue ones dark and larger), a title, a
 * legend, a scale bar and a north arrow ({@link MapFrame}). WGS-84 degrees are projected
 * equirectangularly at the district's mean latitude (true scale there), geometries turned into
 * shapes by JTS's {@link ShapeWriter}. In SVG every basic grid is a group with a title (its name
 * and counts) that a browser shows on hover.
 */
final class DistrictMap {
  static final int WIDTH = 1600;
  static final int MAP_LEFT = 30;
  static final int MAP_TOP = 130;
  static final int MAP_WIDTH = 1130;
  static final int PANEL_LEFT = MAP_LEFT + MAP_WIDTH + 30;
  /** Overdue tickets per basic grid: the lower bound of each colour class. */
  static final int[] CLASSES = {0, 1, 3, 6, 10};
  static final Color[] FILLS = {new Color(0xf4f1ea), new Color(0xfed98e), new Color(0xfe9929), new Color(0xd95f0e),
      new Color(0x993404)};
  static final Color DOT = new Color(43, 92, 138, 110);
  static final Color OVERDUE_DOT = new Color(0x1a1a1a);

  private final MonthScores scores;
  private final GridFacts facts;
  private final Envelope box;
  private final double cos;
  private final double scale;
  private final int mapHeight;
  private final ShapeWriter shapes;

  DistrictMap(MonthScores scores, GridFacts facts) {
    this.scores = scores;
    this.facts = facts;
    District d = scores.district();
    this.box = d.grids().find(d.root().code()).map(b -> b.geometry().getEnvelopeInternal()).orElse(d.grids().envelope());
    this.cos = Math.cos(Math.toRadians(box.centre().y));
    double wide = box.getWidth() * cos;
    this.scale = (MAP_WIDTH - 40) / wide;
    this.mapHeight = (int) Math.ceil(box.getHeight() * scale) + 40;
    PointTransformation project = (Coordinate c, Point2D out) -> out.setLocation(x(c.x), y(c.y));
    this.shapes = new ShapeWriter(project);
  }

  /** The picture's height: the map's, or the legend's when that is taller. */
  int height() {
    return Math.max(MAP_TOP + mapHeight + 70, MAP_TOP + 900);
  }

  double x(double lon) {
    return MAP_LEFT + 20 + (lon - box.getMinX()) * cos * scale;
  }

  double y(double lat) {
    return MAP_TOP + 20 + (box.getMaxY() - lat) * scale;
  }

  /** Metres per pixel at the district's mean latitude. */
  double metresPerPixel() {
    return 111_320.0 / scale;
  }

  int mapHeight() {
    return mapHeight;
  }

  void draw(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height());
    District d = scores.district();
    int basic = d.tree().scheme().basicLevel();
    List<GridBoundary> upper = new ArrayList<>();
    for (GridBoundary b : d.grids().all()) {
      Grid grid = b.grid();
      if (grid.level() != basic) {
        upper.add(b);
        continue;
      }
      Shape s = shapes.toShape(b.geometry());
      if (g instanceof SVGGraphics2D) {
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "grid-" + grid.code());
        g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tooltip(grid));
      }
      g.setColor(FILLS[classOf(facts.overdue(grid.code()))]);
      g.fill(s);
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(0.9f));
      g.draw(s);
      if (g instanceof SVGGraphics2D) {
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "grid-" + grid.code());
      }
    }
    for (int level = basic - 1; level >= 1; level--) {
      float width = level == 1 ? 4.0f : level == 2 ? 3.0f : 1.4f;
      g.setColor(level == basic - 1 ? new Color(0x6b6b6b) : new Color(0x202020));
      g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (GridBoundary b : upper) {
        if (b.grid().level() == level) {
          g.draw(shapes.toShape(b.geometry()));
        }
      }
    }
    drawTickets(g);
    new MapFrame(this, scores, facts).draw(g);
  }

  private void drawTickets(Graphics2D g) {
    List<Ticket> late = new ArrayList<>();
    g.setColor(DOT);
    for (Ticket t : scores.tickets().values()) {
      if (t.location().isEmpty()) {
        continue;
      }
      if (scores.overdue(t.grid()).contains(t.id())) {
        late.add(t);
        continue;
      }
      g.fill(dot(t, 1.7));
    }
    g.setStroke(new BasicStroke(0.8f));
    for (Ticket t : late) {
      Shape s = dot(t, 2.8);
      g.setColor(OVERDUE_DOT);
      g.fill(s);
      g.setColor(Color.WHITE);
      g.draw(s);
    }
  }

  private Shape dot(Ticket t, double r) {
    LonLat wgs = TicketPlaces.wgs84(t.location().get());
    double px = x(wgs.lon());
    double py = y(wgs.lat());
    return new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r);
  }

  private String tooltip(Grid grid) {
    GridCode c = grid.code();
    return grid.name() + " " + c + ": " + facts.received(c) + " received, " + facts.closed(c) + " closed, "
        + facts.open(c) + " open, " + facts.overdue(c) + " overdue"
        + facts.staff(c).map(s -> "; worker " + s.name()).orElse("");
  }

  static int classOf(int overdue) {
    int k = 0;
    while (k + 1 < CLASSES.length && overdue >= CLASSES[k + 1]) {
      k++;
    }
    return k;
  }

  /** The font for text: the platform's sans serif. */
  static Font font(int style, float size) {
    return new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
  }
}
