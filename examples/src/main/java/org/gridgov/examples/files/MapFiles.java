package org.gridgov.examples.files;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes the map twice from the one drawing: {@code map.png} through a {@link BufferedImage} and
 * {@link ImageIO}, {@code map.svg} through JFreeSVG's {@link SVGGraphics2D} (coordinates to one
 * decimal place), and gives the SVG element for {@code index.html}.
 */
final class MapFiles {
  private MapFiles() {}

  static void writePng(DistrictMap map, Path file) {
    BufferedImage image = new BufferedImage(DistrictMap.WIDTH, map.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      map.draw(g);
    } finally {
      g.dispose();
    }
    try {
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The {@code <svg>} element, with its size and a view box so that a page can scale it. */
  static String svgElement(DistrictMap map) {
    SVGGraphics2D g = new SVGGraphics2D(DistrictMap.WIDTH, map.height());
    g.setGeomDoubleConverter(v -> String.format(Locale.ROOT, "%.1f", v));
    map.draw(g);
    return g.getSVGElement("gridgov-map", true, new org.jfree.svg.ViewBox(0, 0, DistrictMap.WIDTH, map.height()),
        null, null);
  }

  /** Writes the element as an SVG file. */
  static void writeSvg(String element, Path file) {
    try {
      Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
