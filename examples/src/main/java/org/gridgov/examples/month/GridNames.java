package org.gridgov.examples.month;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.TilingGenerator;

/**
 * Names and kinds for the generated grids of the demo district: level-1 grids 第1街道, 第2街道;
 * level-2 grids 社区01 … (urban) or 村05 … (rural), numbered across the district; basic grids
 * 社区01第3网格. The smallest 70 % of the level-2 grids by area are urban (dense grids are small),
 * the rest rural, as in Taibaihu (162 urban, 57 rural basic grids); basic grids take their
 * parent's kind.
 */
final class GridNames {
  private static final double URBAN_SHARE = 0.7;

  private GridNames() {}

  /** The tiling's boundaries with the grids renamed and given kinds, in code order. */
  static List<GridBoundary> apply(TilingGenerator.Tiling tiling) {
    GridTree tree = tiling.tree();
    int basic = tree.scheme().basicLevel();
    List<GridBoundary> all = new ArrayList<>(tiling.boundaries().all());
    List<GridBoundary> communities = new ArrayList<>();
    for (GridBoundary b : all) {
      if (b.grid().level() == basic - 1) {
        communities.add(b);
      }
    }
    List<GridBoundary> bySize = new ArrayList<>(communities);
    bySize.sort(Comparator.comparingDouble((GridBoundary b) -> b.geometry().getArea()).thenComparing(GridBoundary::code));
    Map<GridCode, String> kind = new HashMap<>();
    int urban = (int) Math.round(bySize.size() * URBAN_SHARE);
    for (int i = 0; i < bySize.size(); i++) {
      kind.put(bySize.get(i).code(), i < urban ? "urban" : "rural");
    }
    Map<GridCode, String> names = new HashMap<>();
    int townships = 0;
    int number = 0;
    List<GridBoundary> out = new ArrayList<>(all.size());
    for (GridBoundary b : all) {
      Grid g = b.grid();
      Grid.Builder renamed = Grid.builder().from(g);
      if (g.level() == 2 && g.level() < basic - 1) {
        renamed.name("第" + (++townships) + "街道");
      } else if (g.level() == basic - 1) {
        String k = kind.get(g.code());
        renamed.name(String.format("%s%02d", k.equals("urban") ? "社区" : "村", ++number)).kind(k);
      } else if (g.level() == basic) {
        GridCode parent = tree.parent(g.code()).orElseThrow().code();
        String code = g.code().value();
        renamed.name(names.get(parent) + "第" + Integer.parseInt(code.substring(code.length() - 3)) + "网格")
            .kind(kind.get(parent));
      }
      Grid made = renamed.build();
      names.put(made.code(), made.name());
      out.add(GridBoundary.of(made, b.geometry()));
    }
    return out;
  }
}
