package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridGovJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov check}: the demo's grid file is clean (both layers); the same file with a basic
 * grid taken out has a gap in its community, with a grid drawn twice an overlap, with a
 * self-crossing ring an invalid ring — each reported, drawn in problems.geojson, exit status 1.
 */
class CheckCommandTest {
  @TempDir
  static Path tmp;
  private static ObjectNode demo;

  @BeforeAll
  static void readTheDemoGrids() throws IOException {
    demo = (ObjectNode) GridGovJson.mapper().readTree(DemoRun.file("grids.geojson").toFile());
  }

  private static ArrayNode features(ObjectNode fc) {
    return (ArrayNode) fc.get("features");
  }

  private static int indexOf(ObjectNode fc, String code) {
    for (int i = 0; i < features(fc).size(); i++) {
      if (features(fc).get(i).get("properties").get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code);
  }

  private static Cli.Run check(ObjectNode fc, String name) throws IOException {
    Path file = tmp.resolve(name + ".geojson");
    GridGovJson.mapper().writeValue(file.toFile(), fc);
    return Cli.run("check", "--grids", file.toString(), "--problems", tmp.resolve(name + "-problems.geojson").toString());
  }

  private static List<JsonNode> problems(String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    GridGovJson.mapper().readTree(tmp.resolve(name + "-problems.geojson").toFile()).get("features").forEach(out::add);
    return out;
  }

  @Test
  void theDemosGridsAreCleanInBothLayers() throws IOException {
    Cli.Run r = check(demo.deepCopy(), "clean");
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).contains("343 grids read").contains("codes and properties: ok").contains("hierarchy: ok")
        .contains("coverage of layer comprehensive: 60 parents checked: no gap, no overlap")
        .contains("coverage of layer police: 57 parents checked: no gap, no overlap").endsWith("OK\n");
    assertThat(problems("clean")).isEmpty();
  }

  @Test
  void aMissingBasicGridIsAGapInItsCommunity() throws IOException {
    ObjectNode fc = demo.deepCopy();
    features(fc).remove(indexOf(fc, "530114001002003"));
    Cli.Run r = check(fc, "gap");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("coverage of layer comprehensive: 60 parents checked: 1 gaps").contains("gap of ")
        .contains("[530114001002]").endsWith("1 problems\n");
    assertThat(problems("gap")).singleElement().satisfies(p -> {
      assertThat(p.get("properties").get("problem").asText()).isEqualTo("gap");
      assertThat(p.get("properties").get("grids").get(0).asText()).isEqualTo("530114001002");
      assertThat(p.get("geometry").get("type").asText()).endsWith("Polygon");
    });
  }

  @Test
  void aGridDrawnTwiceOverlapsItsSibling() throws IOException {
    ObjectNode fc = demo.deepCopy();
    ObjectNode copy = features(fc).get(indexOf(fc, "530114001002003")).deepCopy();
    ((ObjectNode) copy.get("properties")).put("code", "530114001002099").put("name", "复制的网格");
    features(fc).add(copy);
    Cli.Run r = check(fc, "overlap");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("1 overlaps").contains("[530114001002003, 530114001002099]");
    assertThat(problems("overlap")).anySatisfy(p -> assertThat(p.get("properties").get("problem").asText()).isEqualTo("overlap"));
  }

  @Test
  void aSelfCrossingRingIsReportedWhereItCrosses() throws IOException {
    ObjectNode fc = demo.deepCopy();
    ArrayNode ring = (ArrayNode) features(fc).get(indexOf(fc, "530114001002003")).get("geometry").get("coordinates").get(0);
    JsonNode second = ring.get(1);
    ring.set(1, ring.get(2));
    ring.set(2, second);
    Cli.Run r = check(fc, "ring");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("invalid ring of 530114001002003");
    assertThat(problems("ring")).anySatisfy(p -> assertThat(p.get("geometry").get("type").asText()).isEqualTo("Point"));
  }

  @Test
  void aFileThatIsNotJsonIsBadInputNotAFinding() throws IOException {
    Path file = Files.writeString(tmp.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");
    Cli.Run r = Cli.run("check", "--grids", file.toString(), "--problems", tmp.resolve("x.geojson").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("gridgov check: --grids " + file);
  }
}
