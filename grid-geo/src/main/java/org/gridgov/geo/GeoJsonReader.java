package org.gridgov.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.internal.GeoJsonParser;
import org.gridgov.geo.internal.ReadSettings;
import org.immutables.value.Value;

/**
 * Reads grids and their boundaries from a GeoJSON FeatureCollection (RFC 7946), streaming: the
 * text is never held whole, so a 100 MB file needs memory only for its geometries. Reading never
 * loses a feature silently: the {@link GeoJsonResult}'s {@link BoundaryLoadReport} says, for every
 * feature, whether it was loaded, re-levelled, re-parented or refused, and why.
 *
 * <p>Each feature is a grid: its {@code properties} carry {@code code} (required; a string of
 * digits, or an integer), {@code name} (the code when absent), {@code level}, {@code layer},
 * {@code parent} and {@code kind} (all optional); property names can be changed, for example to
 * read {@code adcode}. The level is an integer (1 at the root), a level word of the common open
 * boundary files ({@code province}, {@code city}, {@code district}, {@code county},
 * {@code street}, …: the levels of the division codes 2+2+2+3+3, or the {@link #codeLayout()}'s
 * level of that code length), or, when absent, derived from the code's length by the code layout.
 * A code whose length is not its level's is a problem that says both digit counts. The parent is
 * checked against the code's own prefix: an ancestor above the code's own parent is replaced by
 * that parent (re-parented), a parent that contradicts the code is a problem. The geometry is a
 * Polygon or MultiPolygon, holes allowed, rings in either orientation. Foreign members
 * ({@code crs}, {@code bbox}, {@code id}, …) are ignored, except a collection-level
 * {@code "coordinateSystem"} written by {@link GeoJsonWriter}, which overrides
 * {@link #coordinateSystem()}.
 *
 * <p>For codes in {@link CodeForm#ADMINISTRATIVE_DIVISION} form, a division without subdivisions
 * among the file's deeper features (东莞 441900 among a county file's counties) is loaded at the
 * deepest level or refused, as {@link #undividedDivisions()} says.
 *
 * <p>Problems (bad JSON, a ring not closed or of fewer than 4 positions, NaN or infinite numbers,
 * a longitude or latitude out of range, a feature without code, a duplicate code, …) are
 * {@link GeoJsonProblem}s naming the feature index, its code and the rule. In strict mode (the
 * default) the first one throws an {@link InvalidGeoJsonException}; in {@link #lenient()} mode
 * they are all collected in the {@link GeoJsonResult}, the features they concern are refused and
 * the good features are kept. Malformed JSON ends reading in both modes.
 *
 * <p>Gzip-compressed input is recognised by its magic bytes. Immutable; configure with the
 * {@code with…} methods, for example
 * {@code GeoJsonReader.defaults().withCodeProperty("adcode").withCoordinateSystem(GCJ02)}.
 */
@Value.Immutable
public abstract class GeoJsonReader implements WithGeoJsonReader {
  /** The property holding the grid code. */
  @Value.Default
  public String codeProperty() {
    return "code";
  }

  /** The property holding the grid name. */
  @Value.Default
  public String nameProperty() {
    return "name";
  }

  /** The property holding the level: an integer (1 at the root) or a level word such as {@code county}. */
  @Value.Default
  public String levelProperty() {
    return "level";
  }

  /** The property holding the layer id. */
  @Value.Default
  public String layerProperty() {
    return "layer";
  }

  /** The property holding the parent's code; empty text means parents are not read. */
  @Value.Default
  public String parentProperty() {
    return "parent";
  }

  /** The property holding the kind id. */
  @Value.Default
  public String kindProperty() {
    return "kind";
  }

  /** The coordinate system of the file (GeoJSON proper is WGS-84). */
  @Value.Default
  public CoordinateSystem coordinateSystem() {
    return CoordinateSystem.WGS84;
  }

  /** How codes (and parent codes) are written. */
  @Value.Default
  public CodeForm codeForm() {
    return CodeForm.AS_IS;
  }

  /**
   * The layout that gives a feature's level from its code's length when the level property is
   * absent, the code length of each level, and the level a level word names; the code must end at
   * a segment boundary and keep the segments' rules.
   */
  public abstract Optional<CodeLayout> codeLayout();

  /**
   * What to do with a division that has no subdivision among the file's deeper features, such as
   * 东莞 441900 among a county file's counties (codes in {@link CodeForm#ADMINISTRATIVE_DIVISION}
   * form only): load it at the deepest level (the default) or refuse it.
   */
  @Value.Default
  public UndividedDivisions undividedDivisions() {
    return UndividedDivisions.LOAD_AT_DEEPEST_LEVEL;
  }

  /** Collect every problem instead of throwing at the first. */
  @Value.Default
  public boolean lenient() {
    return false;
  }

  /** A reader with the default property names, WGS-84, strict. */
  public static GeoJsonReader defaults() {
    return ImmutableGeoJsonReader.builder().build();
  }

  /**
   * Reads a FeatureCollection; the stream is not closed.
   *
   * @throws InvalidGeoJsonException in strict mode, at the first problem
   * @throws UncheckedIOException when the stream fails
   */
  public GeoJsonResult read(InputStream in) {
    if (in == null) {
      throw new MissingValueException("in");
    }
    try {
      return GeoJsonParser.parse(in, settings());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoJSON", e);
    }
  }

  /**
   * Reads a FeatureCollection from a file, gzip-compressed or not.
   *
   * @throws NotFoundException when the file does not exist
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public GeoJsonResult read(Path file) {
    if (file == null) {
      throw new MissingValueException("file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("file", file.toString(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoJSON file " + file, e);
    }
  }

  /** Reads a FeatureCollection from text. */
  public GeoJsonResult read(String json) {
    if (json == null) {
      throw new MissingValueException("json");
    }
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The settings as plain data for the parser, which never sees the reader. */
  private ReadSettings settings() {
    return new ReadSettings(codeProperty(), nameProperty(), levelProperty(), layerProperty(), parentProperty(),
        kindProperty(), coordinateSystem(), codeForm(), codeLayout(), lenient(),
        undividedDivisions() == UndividedDivisions.REFUSE);
  }

  @Value.Check
  protected void check() {
    if (codeProperty().isEmpty()) {
      throw new org.gridgov.core.InvalidInputException("codeProperty", "", "must not be empty");
    }
  }
}
