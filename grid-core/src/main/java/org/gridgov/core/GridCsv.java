package org.gridgov.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.internal.GridCsvReader;

/**
 * Reads grid tables (网格清单) in CSV: UTF-8, a header row, one grid per row. Columns, by
 * header name, in any order:
 *
 * <table>
 *   <caption>grid table columns</caption>
 *   <tr><th>column</th><th>required</th><th>meaning</th></tr>
 *   <tr><td>{@code code}</td><td>yes</td><td>the grid code</td></tr>
 *   <tr><td>{@code name}</td><td>yes</td><td>the grid's name</td></tr>
 *   <tr><td>{@code level}</td><td>yes</td><td>level number (1 at the root) or level id</td></tr>
 *   <tr><td>{@code parent_code}</td><td>no</td><td>the parent's code; empty for roots, or to take the code's
 *       prefix. A parent code equal to that prefix is not stored in the {@link Grid} (the tree derives it);
 *       any other is kept and checked by the tree</td></tr>
 *   <tr><td>{@code layer}</td><td>no</td><td>layer id; empty for the base layer</td></tr>
 *   <tr><td>{@code kind}</td><td>no</td><td>kind id (urban, rural, …)</td></tr>
 *   <tr><td>{@code households}</td><td>no</td><td>households in the grid</td></tr>
 *   <tr><td>{@code valid_from}, {@code valid_to}</td><td>no</td><td>ISO dates; {@code valid_to} exclusive</td></tr>
 * </table>
 *
 * Other columns are ignored. A malformed row is an {@link InvalidInputException} naming the
 * line and column; the national division file ({@code code,name,parent_code,level}) reads as is.
 */
public final class GridCsv {
  private GridCsv() {}

  /** Reads the grids of a table, checked row by row but not yet as a tree. */
  public static List<Grid> readGrids(Reader csv, GridScheme scheme) {
    if (csv == null) {
      throw new MissingValueException("csv");
    }
    if (scheme == null) {
      throw new MissingValueException("scheme");
    }
    try {
      return GridCsvReader.read(csv, scheme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table and builds its validated tree. */
  public static GridTree readTree(Reader csv, GridScheme scheme) {
    return GridTree.builder(scheme).addAll(readGrids(csv, scheme)).build();
  }

  /** Reads a UTF-8 table from a stream (not closed) and builds its validated tree. */
  public static GridTree readTree(InputStream csv, GridScheme scheme) {
    if (csv == null) {
      throw new MissingValueException("csv");
    }
    return readTree(org.gridgov.core.internal.CsvRows.utf8(csv), scheme);
  }

  /**
   * Writes a tree as a grid table with every column, in preorder; {@link #readTree(Reader, GridScheme)}
   * reads it back to an equal tree. Cells are quoted where CSV needs it.
   */
  public static void write(GridTree tree, java.io.Writer out) {
    if (tree == null || out == null) {
      throw new MissingValueException(tree == null ? "tree" : "out");
    }
    try {
      org.gridgov.core.internal.GridCsvWriter.write(tree, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a UTF-8 table file and builds its validated tree.
   *
   * @throws NotFoundException when the file does not exist
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static GridTree readTree(Path file, GridScheme scheme) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readTree(in, scheme);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read grid table " + file, e);
    }
  }
}
