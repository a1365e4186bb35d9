package org.gridgov.examples;

import java.io.PrintWriter;
import java.util.Map;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;

/** Prints a grid tree as an indented outline with the count of grids per level. */
public final class TreePrinter {
  private TreePrinter() {}

  /** Prints grids down to {@code maxLevel}; a grid with hidden children says how many it has. */
  public static void print(GridTree tree, int maxLevel, PrintWriter out) {
    GridScheme scheme = tree.scheme();
    out.println(scheme.name());
    for (GridNode node : tree.nodes()) {
      if (node.level() > maxLevel) {
        continue;
      }
      StringBuilder line = new StringBuilder("  ".repeat(node.level()));
      line.append(node.code()).append(' ').append(node.grid().name());
      node.grid().kind().ifPresent(k -> line.append(" [").append(k).append(']'));
      if (!node.layer().equals(scheme.baseLayer())) {
        line.append(" (").append(scheme.layer(node.layer()).map(l -> l.name()).orElse(node.layer())).append(')');
      }
      node.grid().households().ifPresent(h -> line.append(", ").append(h).append(" households"));
      if (node.level() == maxLevel && !node.children().isEmpty()) {
        line.append("  … ").append(node.subtreeSize() - 1).append(" grids below");
      }
      out.println(line);
    }
    out.println();
    out.println("grids per level:");
    for (Map.Entry<String, Integer> e : tree.countByLevel().entrySet()) {
      int number = scheme.levelNumber(e.getKey());
      out.printf("  level %d  %,9d  %s%n", number, e.getValue(), scheme.level(number).name());
    }
    out.flush();
  }
}
