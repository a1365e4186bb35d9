package org.gridgov.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;

/**
 * Streams a CSV table with a header row through Jackson's CSV parser, handing each row to a
 * consumer with its line number; errors of the consumer are re-thrown naming the line.
 */
public final class CsvRows {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private CsvRows() {}

  /** Receives one data row; the list of cells is reused for the next row, so do not keep it. */
  @FunctionalInterface
  public interface RowConsumer {
    void accept(Header header, List<String> cells, String at);
  }

  /** Column positions by name. */
  public static final class Header {
    private final List<String> names;

    Header(List<String> names) {
      this.names = List.copyOf(names);
    }

    /** The position of a column, or -1; a required column that is absent is an error. */
    public int column(String name, boolean required, String requiredList) {
      int at = names.indexOf(name);
      if (at < 0 && required) {
        throw new InvalidInputException("line 1", String.join(",", names),
            "the header must name the column \"" + name + "\" (required: " + requiredList + ")");
      }
      return at;
    }
  }

  /** The cell at {@code column}, or "" when the column or the cell is absent. */
  public static String cell(List<String> cells, int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  /** The cell, which must not be empty. */
  public static String required(List<String> cells, int column, String field) {
    String value = cell(cells, column);
    if (value.isEmpty()) {
      throw new InvalidInputException(field, "", "is required");
    }
    return value;
  }

  /** A reader of UTF-8 bytes that reports malformed input instead of guessing (a GBK export, say). */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Reads every row; {@code header} is checked once by {@code onHeader}. A byte-order mark before
   * the header is skipped; text that is not UTF-8 is an {@link InvalidInputException}.
   */
  public static void read(Reader csv, java.util.function.Consumer<Header> onHeader, RowConsumer onRow) throws IOException {
    try (JsonParser parser = FACTORY.createParser(skipByteOrderMark(csv))) {
      List<String> first = parser.nextToken() == JsonToken.START_ARRAY ? row(parser, new ArrayList<>()) : null;
      if (first == null) {
        throw new InvalidInputException("line 1", "", "a table starts with a header row");
      }
      Header header = new Header(first);
      onHeader.accept(header);
      List<String> reused = new ArrayList<>(first.size());
      List<String> cells;
      int line = 1;
      while (parser.nextToken() == JsonToken.START_ARRAY && (cells = row(parser, reused)) != null) {
        line++;
        String at = "line " + line + ".";
        try {
          onRow.accept(header, cells, at);
        } catch (GridGovException e) {
          if (e.field().startsWith("line ")) {
            throw e;
          }
          throw new InvalidInputException(at + e.field(), e.value(), e.rule(), e);
        }
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "csv" : "line " + e.getLocation().getLineNr();
      throw new InvalidInputException(where, "", "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("csv", "", "a table must be UTF-8 text (save it as \"CSV UTF-8\", not GBK): "
          + e, e);
    }
  }

  private static Reader skipByteOrderMark(Reader csv) throws IOException {
    PushbackReader in = new PushbackReader(csv, 1);
    int first = in.read();
    if (first >= 0 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** Reads the current row into {@code cells} (cleared first); null at the end of input. */
  private static List<String> row(JsonParser parser, List<String> cells) throws IOException {
    cells.clear();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        return cells.isEmpty() ? null : cells;
      }
      cells.add(parser.getText());
    }
    return cells;
  }
}
