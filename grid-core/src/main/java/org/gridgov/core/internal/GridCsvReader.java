package org.gridgov.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridScheme;
import org.gridgov.core.InvalidInputException;

/** Streams a grid table with Jackson's CSV parser, one array of strings per row. */
public final class GridCsvReader {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private GridCsvReader() {}

  public static List<Grid> read(Reader csv, GridScheme scheme) throws IOException {
    Map<String, Integer> levelIds = new HashMap<>();
    for (int l = 1; l <= scheme.depth(); l++) {
      levelIds.put(scheme.level(l).id(), l);
    }
    List<Grid> grids = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(csv)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new InvalidInputException("line 1", "", "a grid table starts with a header row");
      }
      List<String> header = row(parser);
      if (header == null) {
        throw new InvalidInputException("line 1", "", "a grid table starts with a header row");
      }
      Columns columns = new Columns(header);
      List<String> cells;
      int line = 1;
      while (parser.nextToken() == JsonToken.START_ARRAY && (cells = row(parser)) != null) {
        line++;
        grids.add(toGrid(columns, cells, line, levelIds));
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
      throw new InvalidInputException(where.isEmpty() ? "csv" : where, "", "malformed CSV: " + e.getOriginalMessage(), e);
    }
    return grids;
  }

  /** The cells of the current row (the parser is just past START_ARRAY). */
  private static List<String> row(JsonParser parser) throws IOException {
    List<String> cells = new ArrayList<>(8);
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        return cells.isEmpty() ? null : cells;
      }
      cells.add(parser.getText());
    }
    return cells;
  }

  private static Grid toGrid(Columns c, List<String> cells, int line, Map<String, Integer> levelIds) {
    String at = "line " + line + ".";
    try {
      Grid.Builder b = Grid.builder();
      b.code(GridCode.parse(at + "code", c.required(cells, c.code, at + "code")));
      b.name(c.required(cells, c.name, at + "name"));
      b.level(level(c.required(cells, c.level, at + "level"), at + "level", levelIds));
      String parent = c.optional(cells, c.parent);
      if (!parent.isEmpty()) {
        b.parent(GridCode.parse(at + "parent_code", parent));
      }
      String layer = c.optional(cells, c.layer);
      if (!layer.isEmpty()) {
        b.layer(layer);
      }
      String kind = c.optional(cells, c.kind);
      if (!kind.isEmpty()) {
        b.kind(kind);
      }
      String households = c.optional(cells, c.households);
      if (!households.isEmpty()) {
        b.households(integer(households, at + "households"));
      }
      String from = c.optional(cells, c.validFrom);
      if (!from.isEmpty()) {
        b.validFrom(date(from, at + "valid_from"));
      }
      String to = c.optional(cells, c.validTo);
      if (!to.isEmpty()) {
        b.validTo(date(to, at + "valid_to"));
      }
      return b.build();
    } catch (GridGovException e) {
      if (e.field().startsWith("line ")) {
        throw e;
      }
      throw new InvalidInputException(at + e.field(), e.value(), e.rule(), e);
    }
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

  private static int integer(String text, String field) {
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

  /** Column positions by header name; -1 when absent. */
  private static final class Columns {
    final int code;
    final int name;
    final int level;
    final int parent;
    final int layer;
    final int kind;
    final int households;
    final int validFrom;
    final int validTo;

    Columns(List<String> header) {
      code = find(header, "code", true);
      name = find(header, "name", true);
      level = find(header, "level", true);
      parent = find(header, "parent_code", false);
      layer = find(header, "layer", false);
      kind = find(header, "kind", false);
      households = find(header, "households", false);
      validFrom = find(header, "valid_from", false);
      validTo = find(header, "valid_to", false);
    }

    private static int find(List<String> header, String column, boolean required) {
      int at = header.indexOf(column);
      if (at < 0 && required) {
        throw new InvalidInputException("line 1", String.join(",", header),
            "the header must name the column \"" + column + "\" (required: code, name, level)");
      }
      return at;
    }

    String required(List<String> cells, int column, String field) {
      String value = optional(cells, column);
      if (value.isEmpty()) {
        throw new InvalidInputException(field, "", "is required");
      }
      return value;
    }

    String optional(List<String> cells, int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
  }
}
