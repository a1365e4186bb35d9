package org.gridgov.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridKind;
import org.gridgov.core.GridLevel;
import org.gridgov.core.GridScheme;
import org.gridgov.core.InvalidCodeException;
import org.gridgov.core.InvalidTreeException;
import org.gridgov.core.Layer;
import org.gridgov.core.TreeProblem;
import org.gridgov.core.TreeProblem.Kind;

/**
 * Validates a set of grids against a scheme and lays them out in preorder. Checks run in
 * stages (each grid alone; unique codes; parents exist; no cycles; level order, code prefix,
 * layer and validity against the parent); the first stage with problems throws them all.
 * O(n) apart from sorting siblings that arrive out of code order.
 */
public final class TreeIndexer {
  private static final int MAX_REPORTED = 200;

  private TreeIndexer() {}

  public static TreeArrays index(GridScheme scheme, List<Grid> input) {
    Grid[] grids = input.toArray(new Grid[0]);
    String[] layers = checkEachGrid(scheme, grids);
    CodeIndex byCode = checkUnique(grids);
    int[] parentIn = resolveParents(scheme, grids, byCode);
    checkCycles(grids, parentIn);
    checkAgainstParents(scheme, grids, parentIn, layers);
    return layOut(scheme, grids, parentIn, layers, byCode);
  }

  private static String[] checkEachGrid(GridScheme scheme, Grid[] grids) {
    Problems problems = new Problems();
    CodeLayout layout = scheme.codeLayout();
    Set<String> layerIds = new HashSet<>();
    scheme.layers().forEach((Layer l) -> layerIds.add(l.id()));
    Set<String> kindIds = new HashSet<>();
    scheme.kinds().forEach((GridKind k) -> kindIds.add(k.id()));
    String base = scheme.baseLayer();
    String[] layers = new String[grids.length];
    for (int i = 0; i < grids.length; i++) {
      Grid g = grids[i];
      int level = g.level();
      if (level > scheme.depth()) {
        problems.add(Kind.UNKNOWN_LEVEL, g.code(), "level", Integer.toString(level),
            "scheme " + scheme.id() + " has levels 1 to " + scheme.depth());
        continue;
      }
      GridLevel def = scheme.level(level);
      int expected = layout.lengthAt(level);
      if (g.code().length() != expected) {
        problems.add(Kind.CODE_LAYOUT, g.code(), "code", g.code().value(),
            "has " + g.code().length() + " digits; a code at level " + level + " (" + def.id() + ") has " + expected);
      } else {
        try {
          layout.depthOf(g.code());
        } catch (InvalidCodeException e) {
          problems.add(Kind.CODE_LAYOUT, g.code(), "code", g.code().value(), e.rule());
        }
      }
      String layer = g.layer().orElse(base);
      layers[i] = layer;
      if (!layerIds.contains(layer)) {
        problems.add(Kind.UNKNOWN_LAYER, g.code(), "layer", layer, "must be one of the scheme's layers " + layerIds);
      }
      if (g.kind().isPresent()) {
        String kind = g.kind().get();
        if (!kindIds.contains(kind) || (!def.kinds().isEmpty() && !def.kinds().contains(kind))) {
          problems.add(Kind.UNKNOWN_KIND, g.code(), "kind", kind,
              "level " + def.id() + " allows the kinds " + (def.kinds().isEmpty() ? kindIds : def.kinds()));
        }
      } else if (!def.kinds().isEmpty()) {
        problems.add(Kind.UNKNOWN_KIND, g.code(), "kind", "", "level " + def.id() + " requires one of the kinds " + def.kinds());
      }
    }
    problems.throwIfAny();
    return layers;
  }

  private static CodeIndex checkUnique(Grid[] grids) {
    Problems problems = new Problems();
    CodeIndex byCode = new CodeIndex(grids.length);
    for (int i = 0; i < grids.length; i++) {
      int earlier = byCode.putIfAbsent(grids[i].code().value(), i);
      if (earlier >= 0) {
        problems.add(Kind.DUPLICATE_CODE, grids[i].code(), "code", grids[i].code().value(),
            "codes must be unique; grids \"" + grids[earlier].name() + "\" and \"" + grids[i].name() + "\" share it");
      }
    }
    problems.throwIfAny();
    return byCode;
  }

  private static int[] resolveParents(GridScheme scheme, Grid[] grids, CodeIndex byCode) {
    Problems problems = new Problems();
    CodeLayout layout = scheme.codeLayout();
    int[] parent = new int[grids.length];
    for (int i = 0; i < grids.length; i++) {
      Grid g = grids[i];
      if (g.level() == 1) {
        parent[i] = -1;
        if (g.parent().isPresent()) {
          problems.add(Kind.WRONG_LEVEL_ORDER, g.code(), "parent", g.parent().get().value(),
              "a grid at the root level 1 has no parent");
        }
        continue;
      }
      int p;
      if (g.parent().isPresent()) {
        p = byCode.get(g.parent().get().value());
      } else {
        p = byCode.getPrefix(g.code().value(), layout.lengthAt(g.level() - 1));
      }
      if (p < 0) {
        String parentCode = g.parent().map(GridCode::value)
            .orElseGet(() -> g.code().value().substring(0, layout.lengthAt(g.level() - 1)));
        problems.add(Kind.MISSING_PARENT, g.code(), "parent", parentCode, "no grid has this code");
      } else {
        parent[i] = p;
      }
    }
    problems.throwIfAny();
    return parent;
  }

  private static void checkCycles(Grid[] grids, int[] parent) {
    Problems problems = new Problems();
    byte[] state = new byte[grids.length]; // 0 new, 1 on the current path, 2 known to reach a root
    int[] path = new int[grids.length];
    for (int start = 0; start < grids.length; start++) {
      int length = 0;
      int at = start;
      while (at >= 0 && state[at] == 0) {
        state[at] = 1;
        path[length++] = at;
        at = parent[at];
      }
      if (at >= 0 && state[at] == 1) {
        StringBuilder cycle = new StringBuilder();
        int from = length - 1;
        while (path[from] != at) {
          from--;
        }
        for (int k = from; k < length; k++) {
          cycle.append(grids[path[k]].code()).append(" -> ");
        }
        cycle.append(grids[at].code());
        problems.add(Kind.CYCLE, grids[at].code(), "parent", grids[parent[at]].code().value(),
            "parent links form a cycle " + cycle);
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = 2;
      }
    }
    problems.throwIfAny();
  }

  private static void checkAgainstParents(GridScheme scheme, Grid[] grids, int[] parent, String[] layers) {
    Problems problems = new Problems();
    String base = scheme.baseLayer();
    for (int i = 0; i < grids.length; i++) {
      int p = parent[i];
      if (p < 0) {
        continue;
      }
      Grid g = grids[i];
      Grid up = grids[p];
      if (g.level() != up.level() + 1) {
        problems.add(Kind.WRONG_LEVEL_ORDER, g.code(), "level", Integer.toString(g.level()),
            "must be one below its parent " + up.code() + " at level " + up.level());
      } else if (!up.code().isPrefixOf(g.code())) {
        problems.add(Kind.CODE_NOT_PREFIXED, g.code(), "parent", up.code().value(),
            "the parent's code must be a prefix of the grid's code");
      }
      if (!layers[i].equals(layers[p]) && !layers[p].equals(base)) {
        problems.add(Kind.LAYER_MISMATCH, g.code(), "layer", layers[i],
            "its parent " + up.code() + " is in layer " + layers[p] + "; only grids of the base layer "
                + base + " carry grids of other layers");
      }
      if (!within(g, up)) {
        problems.add(Kind.VALIDITY_OUTSIDE_PARENT, g.code(), "validFrom",
            g.validFrom().map(LocalDate::toString).orElse("always") + ".." + g.validTo().map(LocalDate::toString).orElse("ever"),
            "must lie within its parent's validity " + up.validFrom().map(LocalDate::toString).orElse("always")
                + ".." + up.validTo().map(LocalDate::toString).orElse("ever"));
      }
    }
    problems.throwIfAny();
  }

  private static boolean within(Grid child, Grid parent) {
    boolean fromOk = parent.validFrom().isEmpty()
        || (child.validFrom().isPresent() && !child.validFrom().get().isBefore(parent.validFrom().get()));
    boolean toOk = parent.validTo().isEmpty()
        || (child.validTo().isPresent() && !child.validTo().get().isAfter(parent.validTo().get()));
    return fromOk && toOk;
  }

  private static TreeArrays layOut(GridScheme scheme, Grid[] grids, int[] parentIn, String[] layersIn,
      CodeIndex index) {
    int n = grids.length;
    // children in compressed rows, roots in row n
    int[] start = new int[n + 2];
    for (int i = 0; i < n; i++) {
      start[(parentIn[i] < 0 ? n : parentIn[i]) + 1]++;
    }
    for (int i = 0; i <= n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n + 1);
    int[] children = new int[n];
    for (int i = 0; i < n; i++) {
      children[fill[parentIn[i] < 0 ? n : parentIn[i]]++] = i;
    }
    for (int row = 0; row <= n; row++) {
      sortByCode(grids, children, start[row], start[row + 1]);
    }
    // iterative depth-first walk
    int[] preOf = new int[n];
    Grid[] pre = new Grid[n];
    int[] parent = new int[n];
    int[] end = new int[n];
    int[] levels = new int[n];
    String[] layers = new String[n];
    int[] stack = new int[n + 1];
    int[] cursor = new int[n + 1];
    int next = 0;
    int top = 0;
    stack[0] = n;
    cursor[0] = start[n];
    while (top >= 0) {
      int row = stack[top];
      if (cursor[top] < start[row + 1]) {
        int child = children[cursor[top]++];
        int at = next++;
        preOf[child] = at;
        pre[at] = grids[child];
        parent[at] = row == n ? -1 : preOf[row];
        levels[at] = grids[child].level();
        layers[at] = layersIn[child];
        stack[++top] = child;
        cursor[top] = start[child];
      } else {
        if (row != n) {
          end[preOf[row]] = next;
        }
        top--;
      }
    }
    int[] perLevel = new int[scheme.depth()];
    for (int i = 0; i < n; i++) {
      perLevel[levels[i] - 1]++;
    }
    int[][] levelMembers = new int[scheme.depth()][];
    for (int l = 0; l < perLevel.length; l++) {
      levelMembers[l] = new int[perLevel[l]];
      perLevel[l] = 0;
    }
    for (int i = 0; i < n; i++) {
      levelMembers[levels[i] - 1][perLevel[levels[i] - 1]++] = i;
    }
    index.remap(preOf);
    return new TreeArrays(pre, parent, end, levels, layers, levelMembers, index);
  }

  private static void sortByCode(Grid[] grids, int[] children, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (grids[children[k - 1]].code().compareTo(grids[children[k]].code()) > 0) {
        Integer[] slice = new Integer[to - from];
        for (int j = from; j < to; j++) {
          slice[j - from] = children[j];
        }
        Arrays.sort(slice, Comparator.comparing((Integer c) -> grids[c].code()));
        for (int j = from; j < to; j++) {
          children[j] = slice[j - from];
        }
        return;
      }
    }
  }

  /** Problems of one stage. */
  private static final class Problems {
    private final List<TreeProblem> found = new ArrayList<>();
    private int total;

    void add(Kind kind, GridCode code, String field, String value, String detail) {
      total++;
      if (found.size() < MAX_REPORTED) {
        found.add(new TreeProblem(kind, code, field, value, detail));
      }
    }

    void throwIfAny() {
      if (total > 0) {
        throw new InvalidTreeException(found, total);
      }
    }
  }
}
