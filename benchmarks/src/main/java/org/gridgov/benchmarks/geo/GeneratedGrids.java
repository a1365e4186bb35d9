package org.gridgov.benchmarks.geo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GeoJsonWriter;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.TilingGenerator;
import org.gridgov.geo.testing.RealData;

/**
 * The generated sets of basic grids the geo benchmarks run on, made by {@link TilingGenerator}
 * over a real boundary of grid-geo's test data and cached as GeoJSON (every level, gzip) under
 * {@code benchmarks/target/generated-grids/} — generating 330,000 grids takes minutes, reading
 * them back seconds. The directory is {@code -Dgridgov.bench.cache=DIR} when given. The cache
 * holds the generator's output exactly (GeoJSON doubles round-trip); delete it to generate again.
 */
final class GeneratedGrids {
  private GeneratedGrids() {}

  /** A generated set: its tree, its basic grids' boundaries, and how it was made. */
  record Set(String name, GridTree tree, Boundaries basics, String howMade) {}

  /** 33,000 basic grids in 南充市 5113 (10 / 600 / 33,000, seed 42), GCJ-02: one prefecture city. */
  static Set city33k() {
    GridBoundary city = RealData.cities().find(GridCode.parse(RealData.GENERATED_CITY)).orElseThrow();
    return load("nanchong-33000-seed42", RealData.cityScheme(), city, CoordinateSystem.GCJ02, List.of(10, 600, 33_000),
        "the boundary of 南充市 5113 from vonng_adcode_amap2018_city.geojson.gz (Vonng/adcode, CC BY 4.0), GCJ-02");
  }

  /**
   * About 330,000 basic grids — ten prefecture cities' worth, ten times 贵港's 33,000 — in 广西壮族自治区
   * 45 (110 / 6,600 / 330,000, seed 42), WGS-84: a province platform.
   */
  static Set guangxi330k() {
    GridBoundary province = RealData.provincesWgs84().find(GridCode.parse("45")).orElseThrow();
    return load("guangxi-330000-seed42", provinceScheme(), province, CoordinateSystem.WGS84,
        List.of(110, 6_600, 330_000), "the boundary of 广西壮族自治区 45 from geocode_tianditu_province_wgs84.geojson.gz "
            + "(zzhonglei/GeoCode-Release, from 天地图 Tianditu, MIT licence), WGS-84");
  }

  /** Province (2 digits) → district (3) → community (3) → basic grid (3). */
  static GridScheme provinceScheme() {
    return GridSchemes.fromJson("{\"id\":\"generated-province\",\"name\":\"生成的省级网格体系\",\"levels\":["
        + "{\"id\":\"province\",\"name\":\"省\",\"codeWidth\":2},"
        + "{\"id\":\"district\",\"name\":\"区县\",\"codeWidth\":3},"
        + "{\"id\":\"community\",\"name\":\"社区\",\"codeWidth\":3},"
        + "{\"id\":\"grid\",\"name\":\"基础网格\",\"codeWidth\":3,\"basic\":true}],"
        + "\"layers\":[{\"id\":\"comprehensive\",\"name\":\"综合网格\",\"fullCoverage\":true}]}");
  }

  private static Set load(String name, GridScheme scheme, GridBoundary root, CoordinateSystem system,
      List<Integer> perLevel, String source) {
    Path dir = Paths.get(System.getProperty("gridgov.bench.cache",
        Files.isDirectory(Paths.get("benchmarks", "target")) ? "benchmarks/target/generated-grids"
            : "target/generated-grids"));
    Path file = dir.resolve(name + ".geojson.gz");
    long t0 = System.nanoTime();
    Boundaries all;
    String how;
    if (Files.isRegularFile(file)) {
      all = GeoJsonReader.defaults().read(file).orThrow();
      how = String.format(Locale.ROOT, "read from the cache %s in %.1f s", file, (System.nanoTime() - t0) / 1e9);
    } else {
      TilingGenerator.Tiling t = TilingGenerator.generate(scheme, Grid.of(root.code(), root.grid().name(), 1),
          root.geometry(), system, perLevel, 42);
      all = t.boundaries();
      how = String.format(Locale.ROOT, "generated now in %.1f s, cached as %s", (System.nanoTime() - t0) / 1e9, file);
      write(all, dir, file);
    }
    GridTree tree = all.toTree(scheme);
    Boundaries basics = all.atLevel(scheme.basicLevel());
    String howMade = String.format(Locale.ROOT, "%,d basic grids (%,d vertices) made by TilingGenerator (seed 42, %s "
        + "grids per level below the root, Voronoi cells of seeded points noded and unioned level by level) over %s; %s",
        basics.size(), basics.vertexCount(), perLevel, source, how);
    return new Set(name, tree, basics, howMade);
  }

  private static void write(Boundaries all, Path dir, Path file) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        GeoJsonWriter.write(all, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
