package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.month.Progress;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.LocatedPoint;
import org.gridgov.geo.testing.GeoGenerators;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code gridgov locate} on the demo's grid file: one point and its ancestors, the same place in
 * GCJ-02, a point in no grid, and {@code --stdin}, whose every line is what {@code GridLocator}
 * says for the number as {@link Double#parseDouble} reads it — points on and a few ulps off the
 * grids' borders and vertices included.
 */
class LocateCommandTest {
  private static String grids;
  private static GridLocator locator;
  private static Boundaries basic;
  private static Map<String, String> ticket;

  @BeforeAll
  static void loadTheDemoGrids() {
    grids = DemoRun.file("grids.geojson").toString();
    locator = LocateCommand.locator(DemoRun.file("grids.geojson"), null, null);
    basic = GeoJsonReader.defaults().read(DemoRun.file("grids.geojson")).orThrow().atLevel(4);
    ticket = CsvRows.read(DemoRun.file("tickets.csv")).get(0);
  }

  @Test
  void aPointGivesItsBasicGridThenEveryGridAboveIt() {
    Cli.Run r = Cli.run("locate", "--grids", grids, ticket.get("lon"), ticket.get("lat"));
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith(ticket.get("grid") + "  " + ticket.get("grid_name") + "  (basic grid");
    assertThat(lines.get(1)).startsWith(ticket.get("grid").substring(0, 12) + "  ");
    assertThat(lines.get(3)).isEqualTo("530114  呈贡区");
  }

  @Test
  void theSamePlaceInGcj02GivesTheSameGrid() {
    Cli.Run r = Cli.run("locate", "--grids", grids, "--crs", "gcj02", ticket.get("lon_gcj02"), ticket.get("lat_gcj02"));
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith(ticket.get("grid") + "  ");
  }

  @Test
  void aPointInNoGridSaysSoWithStatusOne() {
    Cli.Run r = Cli.run("locate", "--grids", grids, "100.5", "25.0");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith("none: 100.5 25.0 (WGS84) lies in no comprehensive grid of");
  }

  @Test
  void stdinKeepsTheHeaderAndExtraColumnsAndLeavesTheCodesOfAPointInNoGridEmpty() {
    String in = "lon,lat,id\n" + ticket.get("lon") + "," + ticket.get("lat") + ",a\r\n100.5,25.0,b\n\n";
    Cli.Run r = Cli.withStdin(in, "locate", "--grids", grids, "--stdin");
    assertThat(r.status()).as(r.err()).isZero();
    String g = ticket.get("grid");
    assertThat(r.out()).isEqualTo("lon,lat,id,grid,level-3,level-2,level-1\n" + ticket.get("lon") + "," + ticket.get("lat")
        + ",a," + g + "," + g.substring(0, 12) + "," + g.substring(0, 9) + ",530114\n100.5,25.0,b,,,,\n");
    assertThat(r.errLines()).singleElement().asString().startsWith("  locating points: 2 points (");
  }

  @Test
  void stdinWithoutAHeaderGetsOne() {
    Cli.Run r = Cli.withStdin("100.5,25.0", "locate", "--grids", grids, "--stdin");
    assertThat(r.out()).isEqualTo("lon,lat,grid,level-3,level-2,level-1\n100.5,25.0,,,,\n");
  }

  @Test
  void everyStreamedLineIsTheLocatorsAnswerForTheNumberAsWritten() {
    Gen<double[]> near = GeoGenerators.edgeBiasedPoints(basic);
    Gen<double[]> anywhere = GeoGenerators.pointsIn(basic.envelope());
    Gen<String> line = integers().between(0, 3).zip(near, anywhere, integers().between(0, 12), (k, a, b, d) -> {
      double[] p = k == 0 ? b : a;
      return k == 3 ? p[0] + "," + p[1] : String.format(Locale.ROOT, "%." + d + "f,%." + d + "f", p[0], p[1]);
    });
    qt().withExamples(200).forAll(lists().of(line).ofSizeBetween(1, 60)).checkAssert(lines -> {
      List<String> out = stream(String.join("\n", lines) + "\n");
      assertThat(out).hasSize(lines.size() + 1);
      for (int i = 0; i < lines.size(); i++) {
        String[] f = lines.get(i).split(",");
        Optional<LocatedPoint> at = locator.locateWithAncestors(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
        StringBuilder want = new StringBuilder(lines.get(i));
        if (at.isPresent()) {
          want.append(',').append(at.get().grid().code());
          at.get().ancestors().forEach((GridNode n) -> want.append(',').append(n.code()));
        } else {
          want.append(",,,,");
        }
        assertThat(out.get(i + 1)).isEqualTo(want.toString());
      }
    });
  }

  @Test
  void hostileNumbersOnStdinAreOneTypedErrorNamingTheLineOrALocatedRow() {
    qt().withExamples(2_000).forAll(GeoGenerators.garbageDoubles(), GeoGenerators.garbageDoubles()).checkAssert((x, y) -> {
      String text = "0,0\n" + x + "," + y + "\n";
      try {
        assertThat(stream(text)).hasSize(3);
      } catch (InvalidInputException e) {
        assertThat(e.field()).isEqualTo("stdin line 2");
      }
    });
    assertThatThrownBy(() -> stream("1,2\nabc,def\n")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stdin line 2 = \"abc,def\"");
  }

  private static List<String> stream(String in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new LocateStream(locator, CoordinateSystem.WGS84).run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
          out, Progress.NONE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
