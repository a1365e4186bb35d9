package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command on every kind of bad input — a missing file, malformed GeoJSON, an unknown code, a
 * point outside China for GCJ-02, a month without calendar data, wrong arguments — prints exactly
 * one line on stderr, {@code gridgov <command>: …}, naming the file, field or value, and exits
 * with status 2; {@code --verbose} adds the stack trace.
 */
class BadInputTest {
  @TempDir
  static Path tmp;
  private static Path demo;
  private static Path bad;
  private static Path orphan;
  private static Path strangerRoster;
  private static Path strangerEvent;

  @BeforeAll
  static void makeBadFiles() throws IOException {
    demo = DemoRun.dir();
    bad = Files.writeString(tmp.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":");
    String grids = Files.readString(demo.resolve("grids.geojson"), StandardCharsets.UTF_8);
    orphan = Files.writeString(tmp.resolve("orphan.geojson"),
        grids.replaceFirst("\"parent\":\"530114001\"", "\"parent\":\"530199001\""), StandardCharsets.UTF_8);
    strangerRoster = Files.writeString(tmp.resolve("stranger.csv"), "staff_id,name,role,grid_code\n"
        + "w999,网格员999,grid-worker,530114999999001\n", StandardCharsets.UTF_8);
    String first = Files.readAllLines(demo.resolve("events.jsonl"), StandardCharsets.UTF_8).get(0);
    strangerEvent = Files.writeString(tmp.resolve("stranger.jsonl"),
        first.replaceAll("\"530114\\d{9}\"", "\"530114999999001\"") + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> district(String... replace) {
    List<String> a = new ArrayList<>(List.of("--scheme", demo.resolve("scheme.json").toString(), "--grids",
        demo.resolve("grids.geojson").toString(), "--roster", demo.resolve("staff.csv").toString(), "--matters",
        demo.resolve("matters.json").toString()));
    for (int i = 0; i < replace.length; i += 2) {
      a.set(a.indexOf(replace[i]) + 1, replace[i + 1]);
    }
    return a;
  }

  private static String[] args(List<String> head, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(tail);
    return all.toArray(new String[0]);
  }

  /** Runs and checks the status, the one line, its command prefix and what it must name. */
  private static void oneLine(String[] args, String... names) {
    Cli.Run r = Cli.run(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
    assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
    assertThat(r.err()).startsWith("gridgov " + args[0] + ": ").contains(names).doesNotContain("\tat ");
  }

  @Test
  void aMissingFileNamesTheOptionAndTheFile() {
    String missing = tmp.resolve("missing.geojson").toString();
    oneLine(new String[] {"locate", "--grids", missing, "102.8", "24.9"}, "--grids", missing, "no such file");
    oneLine(new String[] {"check", "--grids", missing}, "--grids", missing, "no such file");
    oneLine(new String[] {"tree", "--scheme", missing, "--grids", missing}, "--scheme", missing, "no such file");
    oneLine(args(List.of("simulate", "--month", "2024-04"), district("--roster", missing)), "--roster", missing);
    oneLine(args(List.of("report", "--month", "2024-04", "--events", missing), district()), "--events", missing);
  }

  @Test
  void malformedGeoJsonNamesTheFileAndWhereItBreaks() {
    String file = bad.toString();
    oneLine(new String[] {"locate", "--grids", file, "102.8", "24.9"}, file, "JSON");
    oneLine(new String[] {"check", "--grids", file}, file, "JSON");
    oneLine(args(List.of("simulate", "--month", "2024-04"), district("--grids", file)), file, "JSON");
    oneLine(args(List.of("report", "--month", "2024-04", "--events", demo.resolve("events.jsonl").toString()),
        district("--grids", file)), file, "JSON");
  }

  @Test
  void anUnknownCodeIsNamed() throws IOException {
    Path scheme = tmp.resolve("taibaihu-scheme.json");
    Path table = tmp.resolve("taibaihu-grids.csv");
    try (var in = BadInputTest.class.getResourceAsStream("/org/gridgov/examples/places/taibaihu/scheme.json")) {
      Files.copy(in, scheme, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(table, "code,name,parent_code,level,kind\n370811,太白湖新区,,1,\n370811002,许庄街道,370811,2,\n"
        + "370811002001,航运新村,370811009,3,urban\n", StandardCharsets.UTF_8);
    oneLine(new String[] {"tree", "--scheme", scheme.toString(), "--grids", table.toString()}, "--grids", table.toString(),
        "370811009");
    oneLine(new String[] {"locate", "--grids", orphan.toString(), "102.8", "24.9"}, orphan.toString(), "530199001");
    oneLine(args(List.of("simulate", "--month", "2024-04"), district("--roster", strangerRoster.toString())),
        "530114999999001");
    oneLine(args(List.of("report", "--month", "2024-04", "--events", strangerEvent.toString()), district()),
        strangerEvent.toString(), "530114999999001");
  }

  @Test
  void aGcj02PointOutsideChinaIsRefusedOnTheCommandLineAndOnStdin() {
    oneLine(new String[] {"locate", "--grids", demo.resolve("grids.geojson").toString(), "--crs", "gcj02", "2.3522",
        "48.8566"}, "LON LAT", "2.3522 48.8566", "China");
    Cli.Run r = Cli.withStdin("102.85,24.89\n2.3522,48.8566\n", "locate", "--grids", demo.resolve("grids.geojson").toString(),
        "--crs", "gcj02", "--stdin");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("gridgov locate: stdin line 2 = \"2.3522,48.8566\"").contains("China");
  }

  @Test
  void aMonthWithoutCalendarDataNamesTheMonthAndTheYearsCovered() {
    oneLine(new String[] {"demo", "--month", "2019-05", "--out", tmp.resolve("never").toString()}, "month", "2019-05",
        "2020-2026");
    oneLine(args(List.of("simulate", "--month", "2026-12"), district()), "2026-12", "2027");
    oneLine(args(List.of("report", "--month", "2030-01", "--events", demo.resolve("events.jsonl").toString()), district()),
        "2030-01");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void wrongArgumentsSayWhatIsWrongAndWhereTheHelpIs() {
    oneLine(new String[] {"demo", "--sed", "7"}, "--sed", "did you mean", "gridgov demo --help");
    oneLine(new String[] {"demo", "--month", "2024-13"}, "--month", "2024-13");
    oneLine(new String[] {"locate"}, "--grids");
    oneLine(new String[] {"locate", "--grids", demo.resolve("grids.geojson").toString(), "102.8"}, "LON LAT", "--stdin");
    oneLine(new String[] {"locate", "--grids", demo.resolve("grids.geojson").toString(), "--crs", "utm", "1", "2"}, "--crs", "utm");
    oneLine(new String[] {"tree", "--depth", "-1"}, "--depth", "-1");
    oneLine(new String[] {"tree", "--place", "atlantis"}, "place", "atlantis");
    Cli.Run r = Cli.run("frobnicate");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("gridgov: ").contains("frobnicate").contains("gridgov --help");
    oneLine(new String[] {"demo", "--out", demo.resolve("scheme.json").toString()}, "--out", "scheme.json", "is a file");
  }

  @Test
  void verboseAddsTheStackTraceAndKeepsTheStatus() {
    Cli.Run r = Cli.run("demo", "--month", "2019-05", "--verbose");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines().get(0)).startsWith("gridgov demo: month = \"2019-05\"");
    assertThat(r.errLines()).hasSizeGreaterThan(5);
    assertThat(r.err()).contains("CalendarDataMissingException").contains("\tat org.gridgov.");
  }
}
