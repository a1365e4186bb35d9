package org.gridgov.core.internal;

import static org.gridgov.core.internal.CsvRows.cell;
import static org.gridgov.core.internal.CsvRows.required;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.InvalidInputException;

/** Reads grid tables, one {@link Grid} per row. */
public final class GridCsvReader {
  private static final String REQUIRED = "code, name, level";

  private GridCsvReader() {}

  public static List<Grid> read(Reader csv, GridScheme scheme) throws IOException {
    Map<String, Integer> levelIds = new HashMap<>();
    for (int l = 1; l <= scheme.depth(); l++) {
      levelIds.put(scheme.level(l).id(), l);
    }
    List<Grid> grids = new ArrayList<>();
    int[] c = new int[9];
    CsvRows.read(csv, h -> {
      c[0] = h.column("code", true, REQUIRED);
      c[1] = h.column("name", true, REQUIRED);
      c[2] = h.column("level", true, REQUIRED);
      c[3] = h.column("parent_code", false, REQUIRED);
      c[4] = h.column("layer", false, REQUIRED);
      c[5] = h.column("kind", false, REQUIRED);
      c[6] = h.column("households", false, REQUIRED);
      c[7] = h.column("valid_from", false, REQUIRED);
      c[8] = h.column("valid_to", false, REQUIRED);
    }, (h, cells, at) -> {
      Grid.Builder b = Grid.builder();
      String code = required(cells, c[0], at + "code");
      b.code(GridCode.parse(at + "code", code));
      b.name(required(cells, c[1], at + "name"));
      int level = level(required(cells, c[2], at + "level"), at + "level", levelIds);
      b.level(level);
      String parent = cell(cells, c[3]);
      if (!parent.isEmpty() && !isImpliedParent(scheme, code, level, parent)) {
        b.parent(GridCode.parse(at + "parent_code", parent));
      }
      String layer = cell(cells, c[4]);
      if (!layer.isEmpty()) {
        b.layer(layer);
      }
      String kind = cell(cells, c[5]);
      if (!kind.isEmpty()) {
        b.kind(kind);
      }
      String households = cell(cells, c[6]);
      if (!households.isEmpty()) {
        b.households(integer(households, at + "households"));
      }
      String from = cell(cells, c[7]);
      if (!from.isEmpty()) {
        b.validFrom(date(from, at + "valid_from"));
      }
      String to = cell(cells, c[8]);
      if (!to.isEmpty()) {
        b.validTo(date(to, at + "valid_to"));
      }
      grids.add(b.build());
    });
    return grids;
  }

  /** True when {@code parent} is the code's own prefix one level up, which the tree derives anyway. */
  private static boolean isImpliedParent(GridScheme scheme, String code, int level, String parent) {
    return level > 1 && parent.length() == scheme.codeLayout().lengthAt(level - 1) && code.startsWith(parent);
  }

  private static int level(String text, String field, Map<String, Integer> levelIds) {
    Integer byId = levelIds.get(text);
    if (byId != null) {
      return byId;
    }
    int level = integer(text, field);
    if (level < 1 || level > levelIds.size()) {
      throw new InvalidInputException(field, text, "must be a level id " + levelIds.keySet()
          + " or a number from 1 to " + levelIds.size());
    }
    return level;
  }

  static int integer(String text, String field) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, text, "must be a whole number");
    }
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, text, "must be an ISO date such as 2024-01-31");
    }
  }
}
