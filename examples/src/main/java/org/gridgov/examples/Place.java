package org.gridgov.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCsv;
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Roster;
import org.gridgov.core.RosterCsv;

/**
 * One of the example places, loaded from the files under {@code org/gridgov/examples/places/<id>/}:
 * the scheme, the grid tree, the roster and, where there are, the matter catalogue and the grid
 * fusion ({@link #fusion()}).
 *
 * @param id the place's id, for example {@code taibaihu}
 * @param scheme the place's scheme
 * @param tree the validated grid tree
 * @param roster who holds which role in which grid
 * @param matters the matter admission list, where the place has one
 */
public record Place(String id, GridScheme scheme, GridTree tree, Roster roster, Optional<MatterCatalogue> matters) {
  /** The ids of the example places. */
  public static final List<String> IDS = List.of("taibaihu", "guigang", "guilin", "zhangye", "eco-new-town");

  /**
   * Loads a place.
   *
   * @throws NotFoundException for an id that is not one of {@link #IDS}
   */
  public static Place load(String id) {
    GridScheme scheme = scheme(id);
    GridTree tree;
    try (Reader in = reader(id, "grids.csv")) {
      tree = GridCsv.readTree(in, scheme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Roster roster;
    try (Reader in = reader(id, "staff.csv")) {
      roster = RosterCsv.read(in, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Place(id, scheme, tree, roster, matters(id));
  }

  /**
   * A place's scheme alone.
   *
   * @throws NotFoundException for an id that is not one of {@link #IDS}
   */
  public static GridScheme scheme(String id) {
    if (!IDS.contains(id)) {
      throw new NotFoundException("place", String.valueOf(id), "the example places are " + IDS);
    }
    try (InputStream in = open(id, "scheme.json")) {
      return GridSchemes.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The place's grid fusion (双格融合方案, {@code fusion.json}), where it has one: checked against the
   * place's tree and matter catalogue.
   */
  public Optional<GridFusion> fusion() {
    if (Place.class.getResource(path(id, "fusion.json")) == null || matters.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = open(id, "fusion.json")) {
      return Optional.of(GridFusion.fromJson(in, tree, matters.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A place's matter catalogue alone, where it has one. */
  public static Optional<MatterCatalogue> matters(String id) {
    if (Place.class.getResource(path(id, "matters.json")) == null) {
      return Optional.empty();
    }
    try (InputStream in = open(id, "matters.json")) {
      return Optional.of(MatterCatalogue.fromJson(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(String id, String file) {
    return "/org/gridgov/examples/places/" + id + "/" + file;
  }

  private static InputStream open(String id, String file) {
    InputStream in = Place.class.getResourceAsStream(path(id, file));
    if (in == null) {
      throw new IllegalStateException("example file " + path(id, file) + " is missing from the jar");
    }
    return in;
  }

  private static Reader reader(String id, String file) {
    return new InputStreamReader(open(id, file), StandardCharsets.UTF_8);
  }
}
