package org.gridgov.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gridgov.core.internal.SchemeReader;

/**
 * Reads and writes {@link GridScheme}s as JSON (网格方案文件), and holds the built-in schemes.
 *
 * <p>Reading is strict: unknown properties, missing required ones, values of the wrong type,
 * broken constraints and inconsistencies (a level naming an undeclared kind, a duplicate id)
 * are all an {@link InvalidSchemeException} whose {@link InvalidSchemeException#jsonPath()}
 * points into the file, for example {@code $.levels[2].codeWidth}.
 */
public final class GridSchemes {
  private GridSchemes() {}

  /** Reads a scheme from JSON text. */
  public static GridScheme fromJson(String json) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    return SchemeReader.read(json);
  }

  /** Reads a scheme from a UTF-8 JSON stream; the stream is not closed. */
  public static GridScheme fromJson(InputStream json) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    return SchemeReader.read(json);
  }

  /**
   * Reads a scheme from a UTF-8 JSON file.
   *
   * @throws NotFoundException when the file does not exist
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static GridScheme fromJson(Path file) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return SchemeReader.read(in);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scheme file " + file, e);
    }
  }

  /** Writes a scheme as indented JSON; {@link #fromJson(String)} reads it back equal. */
  public static String toJson(GridScheme scheme) {
    if (scheme == null) {
      throw new MissingValueException("scheme");
    }
    return SchemeReader.write(scheme);
  }

  /**
   * The national statistical division hierarchy (统计用区划代码): province (2 digits),
   * prefecture (+2), county (+2, together GB/T 2260), township (+3) and village or community
   * (+3). Township ranges are not enforced: the source keeps synthetic rows such as
   * {@code 350527000 金门县}.
   */
  public static GridScheme nationalDivisions() {
    return SchemeReader.builtIn("national-divisions.json");
  }
}
