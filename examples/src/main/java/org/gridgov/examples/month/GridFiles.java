package org.gridgov.examples.month;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.Grid;
import org.gridgov.core.GridGovJson;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.LayerMapping;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Roster;
import org.gridgov.core.RosterCsv;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.LayerMappings;

/**
 * Reads the files a user brings to the command line (用户数据文件): a grid GeoJSON file (properties
 * {@code code}, {@code name}, {@code level}, {@code parent}, {@code layer}, {@code kind}; what
 * {@code gridgov demo} writes as {@code grids.geojson}), a scheme, a roster and a matter catalogue;
 * without a scheme file the scheme is read off the grids (levels, code widths, layers, kinds).
 * A missing file is a {@link NotFoundException} naming the option.
 */
public final class GridFiles {
  private GridFiles() {}

  /** Reads a grid GeoJSON file, strictly or collecting its problems. */
  public static GeoJsonResult readGrids(String option, Path file, boolean lenient) {
    requireFile(option, file);
    return GeoJsonReader.defaults().withLenient(lenient).read(file);
  }

  /** Reads a scheme file. */
  public static GridScheme readScheme(String option, Path file) {
    requireFile(option, file);
    return GridSchemes.fromJson(file);
  }

  /**
   * The scheme of a grid file that came without one: one level per level found (1 at the root),
   * each level's code width the difference of code lengths, the layers and kinds named in the
   * file (the base layer is that of the level-1 grids, {@code comprehensive} by default).
   *
   * @throws InvalidInputException naming the grid whose code length does not fit its level
   */
  public static GridScheme inferScheme(Boundaries grids) {
    Map<Integer, Integer> lengths = new TreeMap<>();
    TreeSet<String> layers = new TreeSet<>();
    TreeSet<String> kinds = new TreeSet<>();
    String base = "comprehensive";
    for (GridBoundary b : grids.all()) {
      Grid g = b.grid();
      Integer known = lengths.putIfAbsent(g.level(), g.code().length());
      if (known != null && known != g.code().length()) {
        throw new InvalidInputException("grids[" + g.code() + "].code", g.code().value(), "level " + g.level()
            + " codes have " + known + " digits elsewhere in the file; give --scheme for a scheme of your own");
      }
      g.layer().ifPresent(layers::add);
      g.kind().ifPresent(kinds::add);
      if (g.level() == 1 && g.layer().isPresent()) {
        base = g.layer().get();
      }
    }
    if (lengths.isEmpty()) {
      throw new InvalidInputException("grids", "0 features", "the file has no grid");
    }
    StringBuilder json = new StringBuilder("{\"id\":\"from-grid-file\",\"name\":\"read off the grid file\",\"levels\":[");
    int previous = 0;
    int depth = ((TreeMap<Integer, Integer>) lengths).lastKey();
    for (int level = 1; level <= depth; level++) {
      Integer length = lengths.get(level);
      if (length == null || length <= previous) {
        throw new InvalidInputException("grids", "level " + level, "the file must hold every level from 1 to " + depth
            + " with longer codes at each level; give --scheme for a scheme of your own");
      }
      json.append(level > 1 ? "," : "").append("{\"id\":\"level-").append(level).append("\",\"name\":\"level ")
          .append(level).append("\",\"codeWidth\":").append(length - previous).append(level == depth ? ",\"basic\":true}" : "}");
      previous = length;
    }
    layers.remove(base);
    json.append("],\"layers\":[{\"id\":").append(GridGovJson.write(base)).append(",\"name\":").append(GridGovJson.write(base))
        .append('}');
    layers.forEach(l -> json.append(",{\"id\":").append(GridGovJson.write(l)).append(",\"name\":").append(GridGovJson.write(l)).append('}'));
    json.append("],\"kinds\":[");
    int i = 0;
    for (String k : kinds) {
      json.append(i++ > 0 ? "," : "").append("{\"id\":").append(GridGovJson.write(k)).append(",\"name\":")
          .append(GridGovJson.write(k)).append('}');
    }
    return GridSchemes.fromJson(json.append("]}").toString());
  }

  /**
   * A district from the user's files: the grid tree of the grid file (base layer and, when the
   * file has them, police grids), the roster and the matter catalogue.
   */
  public static District district(Path schemeFile, Path gridFile, Path rosterFile, Path mattersFile,
      Optional<String> title) {
    GridScheme scheme = readScheme("--scheme", schemeFile);
    Boundaries all = readGrids("--grids", gridFile, false).orThrow().convertTo(CoordinateSystem.WGS84);
    GridTree tree = all.toTree(scheme);
    String base = scheme.baseLayer();
    Boundaries grids = Boundaries.of(CoordinateSystem.WGS84,
        all.all().stream().filter(b -> tree.layerOf(b.code()).equals(base)).toList());
    Boundaries police = Boundaries.of(CoordinateSystem.WGS84, all.all().stream()
        .filter(b -> tree.layerOf(b.code()).equals(District.POLICE) && b.grid().level() == scheme.basicLevel()).toList());
    requireFile("--roster", rosterFile);
    Roster roster;
    try (Reader in = Files.newBufferedReader(rosterFile, StandardCharsets.UTF_8)) {
      roster = RosterCsv.read(in, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + rosterFile, e);
    }
    requireFile("--matters", mattersFile);
    MatterCatalogue catalogue;
    try (InputStream in = Files.newInputStream(mattersFile)) {
      catalogue = MatterCatalogue.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + mattersFile, e);
    }
    Optional<LayerMapping> fusion = police.size() == 0 ? Optional.empty()
        : Optional.of(LayerMappings.byAreaOverlap(tree, base, grids.atLevel(scheme.basicLevel()), tree, District.POLICE,
            police, DemoDistrict.FUSION_SHARE));
    Grid root = tree.roots().get(0);
    return new District(title.orElse(root.name()), "District " + root.code(), tree, grids, police, fusion, catalogue,
        roster, List.of("Grids: " + gridFile.getFileName() + "; roster: " + rosterFile.getFileName() + "."));
  }

  /** Throws {@link NotFoundException} naming the option when the file does not exist. */
  public static void requireFile(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException(option, file.toString(), Files.isDirectory(file) ? "is a directory, not a file" : "no such file");
    }
  }
}
