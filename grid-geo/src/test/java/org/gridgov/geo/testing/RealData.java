package org.gridgov.geo.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CodeForm;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.TilingGenerator;

/**
 * The real boundary data copied into this module's test resources (see
 * {@code org/gridgov/geo/data/README.md}; Vonng/adcode, CC BY 4.0; tianditu provinces, MIT):
 * county, prefecture and province polygons of 11 provinces in GCJ-02, WGS-84 provinces, and
 * 94,385 township and village seat points. Loaded once and cached.
 */
public final class RealData {
  private static final String DIR = "/org/gridgov/geo/data/";
  private static Boundaries counties;
  private static Boundaries cities;
  private static Boundaries provinces;
  private static Boundaries provincesWgs84;
  private static GridTree countyTree;
  private static org.gridgov.geo.GridLocator countyLocator;
  private static List<SeatPoint> seats;

  private RealData() {}

  /** A township or village seat point (GCJ-02). */
  public record SeatPoint(String code12, String name, String level, String countyCode, double lon, double lat) {}

  /** Province (2 digits), prefecture (+2), county (+2, the basic level): GB/T 2260. */
  public static GridScheme countyScheme() {
    return GridSchemes.fromJson("{\"id\":\"gbt2260\",\"name\":\"行政区划 省-地-县\","
        + "\"levels\":[{\"id\":\"province\",\"name\":\"省级\",\"codeWidth\":2,\"segmentRule\":\"NON_ZERO\"},"
        + "{\"id\":\"prefecture\",\"name\":\"地级\",\"codeWidth\":2},"
        + "{\"id\":\"county\",\"name\":\"县级\",\"codeWidth\":2,\"basic\":true}],"
        + "\"layers\":[{\"id\":\"administrative\",\"name\":\"行政区划\",\"fullCoverage\":true}]}");
  }

  /** The reader for the Vonng files: adcode, GCJ-02, levels from the code. */
  public static GeoJsonReader vonngReader() {
    return GeoJsonReader.defaults().withCodeProperty("adcode").withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION)
        .withCoordinateSystem(CoordinateSystem.GCJ02).withCodeLayout(countyScheme().codeLayout());
  }

  /** The 862 county polygons (GCJ-02), codes of 6 digits. */
  public static synchronized Boundaries counties() {
    if (counties == null) {
      counties = read("vonng_adcode_amap2018_county.geojson.gz", vonngReader());
    }
    return counties;
  }

  /** The 106 prefecture polygons (GCJ-02), codes of 4 digits. */
  public static synchronized Boundaries cities() {
    if (cities == null) {
      cities = read("vonng_adcode_amap2018_city.geojson.gz", vonngReader());
    }
    return cities;
  }

  /** The 11 province polygons (GCJ-02), codes of 2 digits. */
  public static synchronized Boundaries provinces() {
    if (provinces == null) {
      provinces = read("vonng_adcode_amap2018_province.geojson.gz", vonngReader().withParentProperty(""));
    }
    return provinces;
  }

  /** The 34 WGS-84 province polygons (tianditu), codes of 2 digits. */
  public static synchronized Boundaries provincesWgs84() {
    if (provincesWgs84 == null) {
      provincesWgs84 = read("geocode_tianditu_province_wgs84.geojson.gz", GeoJsonReader.defaults()
          .withCodeProperty("adcode").withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION).withLevelProperty("none")
          .withParentProperty("").withCodeLayout(countyScheme().codeLayout()));
    }
    return provincesWgs84;
  }

  /** The counties in a tree of {@link #countyScheme()}, provinces and prefectures added by code. */
  public static synchronized GridTree countyTree() {
    if (countyTree == null) {
      countyTree = counties().toTreeAddingAncestors(countyScheme());
    }
    return countyTree;
  }

  /** A locator of the 862 counties ({@link #countyTree()}, {@link #counties()}), built once. */
  public static synchronized org.gridgov.geo.GridLocator countyLocator() {
    if (countyLocator == null) {
      countyLocator = org.gridgov.geo.GridLocator.build(countyTree(), counties());
    }
    return countyLocator;
  }

  /** The 94,385 seat points, GCJ-02. */
  public static synchronized List<SeatPoint> seats() {
    if (seats == null) {
      List<SeatPoint> out = new ArrayList<>(95_000);
      try (InputStream raw = resource("vonng_adcode_town_village_points_gcj02.csv.gz");
          BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
              StandardCharsets.UTF_8))) {
        String line = in.readLine();
        while ((line = in.readLine()) != null) {
          String[] f = line.split(",", -1);
          out.add(new SeatPoint(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      seats = Collections.unmodifiableList(out);
    }
    return seats;
  }

  /** City (root, 4 digits) → district (2) → community (3) → basic grid (3): for generated tilings. */
  public static GridScheme cityScheme() {
    return GridSchemes.fromJson("{\"id\":\"generated-city\",\"name\":\"生成的市级网格体系\",\"levels\":["
        + "{\"id\":\"city\",\"name\":\"市\",\"codeWidth\":4},"
        + "{\"id\":\"district\",\"name\":\"区县\",\"codeWidth\":2},"
        + "{\"id\":\"community\",\"name\":\"社区\",\"codeWidth\":3},"
        + "{\"id\":\"grid\",\"name\":\"基础网格\",\"codeWidth\":3,\"basic\":true}],"
        + "\"layers\":[{\"id\":\"comprehensive\",\"name\":\"综合网格\",\"fullCoverage\":true}]}");
  }

  /** The city whose boundary the generated tilings split: 南充市 5113 (12,477 km², GCJ-02). */
  public static final String GENERATED_CITY = "5113";

  private static final java.util.Map<String, TilingGenerator.Tiling> TILINGS = new java.util.HashMap<>();

  /**
   * A seeded Voronoi tiling of 南充市 with {@code districts} / {@code communities} /
   * {@code basicGrids} grids (for example 10 / 600 / 33,000), cached.
   */
  public static synchronized TilingGenerator.Tiling generatedCity(int districts, int communities, int basicGrids,
      long seed) {
    String key = districts + "/" + communities + "/" + basicGrids + "/" + seed;
    TilingGenerator.Tiling t = TILINGS.get(key);
    if (t == null) {
      GridBoundary city = cities().find(GridCode.parse(GENERATED_CITY)).orElseThrow();
      t = TilingGenerator.generate(cityScheme(), Grid.of(city.code(), city.grid().name(), 1), city.geometry(),
          CoordinateSystem.GCJ02, List.of(districts, communities, basicGrids), seed);
      TILINGS.put(key, t);
    }
    return t;
  }

  /** Opens a data file of this folder. */
  public static InputStream resource(String name) {
    InputStream in = RealData.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("test resource missing: " + DIR + name);
    }
    return in;
  }

  private static Boundaries read(String name, org.gridgov.geo.GeoJsonReader reader) {
    try (InputStream in = resource(name)) {
      return reader.read(in).orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
