package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.examples.files.MonthFiles;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.BoundaryCoverageReport;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.CoverageValidator;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GridBoundary;
import org.gridgov.core.Datum;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.HelpPolicy;
import org.gridgov.workflow.ReporterKind;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.w3c.dom.Document;

/**
 * {@code gridgov demo} run once with a fixed seed, and every file it writes checked against what
 * can be recomputed independently: the grid file against the real boundary and the coverage
 * validator, the ticket points against the grids they name, the briefing's and ranking's counts
 * against the raw event log, the map as XML and as an image.
 */
class DemoCommandTest {
  private static Cli.Run run;
  private static EventCounts counts;
  private static Boundaries grids;
  private static GridTree tree;

  @BeforeAll
  static void runTheDemo() {
    run = DemoRun.run();
    counts = new EventCounts(DemoRun.file("events.jsonl"), YearMonth.parse(DemoRun.MONTH));
    grids = GeoJsonReader.defaults().read(DemoRun.file("grids.geojson")).orThrow();
    tree = grids.toTree(GridSchemes.fromJson(DemoRun.file("scheme.json")));
  }

  @Test
  void theDemoExitsZeroWritesEveryFileAndPrintsItsSummaryOnStdoutAndPlainProgressOnStderr() {
    assertThat(run.status()).as(run.err()).isZero();
    List<String> files = new ArrayList<>(MonthFiles.MONTH);
    files.addAll(MonthFiles.DISTRICT);
    files.add("events.jsonl");
    for (String f : files) {
      assertThat(DemoRun.file(f)).as(f).isRegularFile().isNotEmptyFile();
    }
    assertThat(run.out()).contains("昆明市呈贡区 (530114), 2024-04, seed 20240401")
        .contains("2 level-1, 57 level-2, 219 basic grids").contains("no gap, no overlap")
        .contains("219 grid workers (一格一员: compliant)")
        .contains(String.format("%,d reported", counts.events(TicketEventType.REPORTED)))
        .contains(String.format("%,d overdue", counts.overdueTickets.size()))
        .contains("best grids").contains("worst grids").contains("index.html");
    assertThat(run.errLines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("  ").endsWith(" s)"));
  }

  @Test
  void theMonthHasTheArticlesScaleAndEveryTurnOfTheLoop() {
    assertThat(counts.events(TicketEventType.REPORTED)).isGreaterThanOrEqualTo(5_000);
    for (TicketEventType t : List.of(TicketEventType.RETURNED, TicketEventType.VERIFICATION_FAILED, TicketEventType.REOPENED,
        TicketEventType.ESCALATED, TicketEventType.REPORTED_IN, TicketEventType.EXTENSION_APPROVED, TicketEventType.SUSPENDED,
        TicketEventType.REJECTED, TicketEventType.CANCELLED, TicketEventType.URGED, TicketEventType.OVERDUE)) {
      assertThat(counts.events(t)).as(t.name()).isPositive();
    }
    assertThat(counts.overdueTickets.size()).isBetween(100, 1_000);
  }

  @Test
  void peopleActOnlyInOfficeHoursOnWorkingDaysOnlyTheClockAndReportsComeAtAnyTime() {
    BusinessCalendar calendar = BusinessCalendar.chinese();
    ZoneId zone = calendar.zone();
    int checked = 0;
    for (TicketEvent e : counts.month) {
      if (e.type() == TicketEventType.REPORTED || e.role().equals(TicketEvent.SYSTEM_ROLE)) {
        continue;
      }
      ZonedDateTime at = e.occurredAt().atZone(zone);
      LocalTime t = at.toLocalTime();
      assertThat(calendar.isWorkingDay(at.toLocalDate())).as(e.toString()).isTrue();
      assertThat((!t.isBefore(LocalTime.of(9, 0)) && !t.isAfter(LocalTime.NOON))
          || (!t.isBefore(LocalTime.of(13, 0)) && !t.isAfter(LocalTime.of(17, 0)))).as(e.toString()).isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  @Test
  void theGridFileHas219BasicGridsThatTileTheRealDistrictWithNoGapOrOverlap() throws IOException {
    String base = tree.scheme().baseLayer();
    List<GridBoundary> comprehensive = grids.all().stream().filter(b -> tree.layerOf(b.code()).equals(base)).toList();
    assertThat(tree.basicGrids(base)).hasSize(219);
    assertThat(tree.countAtLevel(2)).isEqualTo(2);
    assertThat(tree.countAtLevel(3)).isEqualTo(57);
    BoundaryCoverageReport report = CoverageValidator.defaults().validate(tree, Boundaries.of(grids.coordinateSystem(), comprehensive));
    assertThat(report.parentsChecked()).isEqualTo(1 + 2 + 57);
    assertThat(report.gaps()).isEmpty();
    assertThat(report.overlaps()).isEmpty();
    assertThat(report.outside()).isEmpty();
    assertThat(report.slivers()).isEmpty();
    assertThat(report.ringProblems()).isEmpty();
    Geometry union = CoverageUnion.union(comprehensive.stream().filter(b -> b.grid().level() == 4)
        .map(GridBoundary::geometry).toArray(Geometry[]::new));
    Geometry real;
    try (InputStream in = getClass().getResourceAsStream("/org/gridgov/examples/demo/chenggong-530114.geojson")) {
      real = GeoJsonReader.defaults().withCodeProperty("adcode").withLevelProperty("adcode_level").withParentProperty("")
          .withCodeLayout(tree.scheme().codeLayout()).withCoordinateSystem(CoordinateSystem.GCJ02).read(in).orThrow()
          .convertTo(CoordinateSystem.WGS84).all().get(0).geometry();
    }
    assertThat(union.symDifference(real).getArea()).isLessThan(real.getArea() * 1e-12);
  }

  @Test
  void everyTicketPointLiesInTheGridTheTicketNamesInTicketsGeoJsonAndTicketsCsv() throws IOException {
    Map<String, PreparedGeometry> shapes = new HashMap<>();
    grids.all().forEach(b -> shapes.put(b.code().value(), PreparedGeometryFactory.prepare(b.geometry())));
    String json = Files.readString(DemoRun.file("tickets.geojson"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\".*?\"grid\":\"(\\d+)\".*?\"coordinates\":\\[([-0-9.eE]+),([-0-9.eE]+)\\]").matcher(json);
    org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
    Set<String> ids = new HashSet<>();
    while (m.find()) {
      Geometry point = f.createPoint(new org.locationtech.jts.geom.Coordinate(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
      assertThat(shapes.get(m.group(2)).covers(point)).as(m.group(1)).isTrue();
      ids.add(m.group(1));
    }
    assertThat(ids).hasSize((int) counts.events(TicketEventType.REPORTED));
    List<Map<String, String>> rows = CsvRows.read(DemoRun.file("tickets.csv"));
    assertThat(rows).hasSize(ids.size());
    for (Map<String, String> r : rows) {
      Geometry point = f.createPoint(new org.locationtech.jts.geom.Coordinate(Double.parseDouble(r.get("lon")), Double.parseDouble(r.get("lat"))));
      assertThat(shapes.get(r.get("grid")).covers(point)).as(r.get("id")).isTrue();
      if (!r.get("police_grid").isEmpty()) {
        assertThat(shapes.get(r.get("police_grid")).covers(point)).as(r.get("id") + " police").isTrue();
      }
    }
  }

  @Test
  void theOneKeyCallsOfTheSummaryAndTheBriefingAreTheEventLogsWithTheirGroupsLimitsRoundTheClock() throws IOException {
    HelpPolicy policy = HelpPolicy.standard("service.one-key-help");
    List<TicketEvent> calls = counts.month.stream().filter(e -> e.payload(EventPayload.Reported.class)
        .map(r -> r.channel() == Channel.ONE_KEY_CALL).orElse(false)).toList();
    assertThat(calls).hasSizeBetween(3, 10);                                           // a handful
    Set<TicketId> escalated = new HashSet<>();
    for (TicketEvent e : calls) {
      EventPayload.Reported r = e.payload(EventPayload.Reported.class).orElseThrow();
      HelpPolicy.Standard standard = policy.standard(r.specialGroup().orElseThrow()).orElseThrow();
      assertThat(r.priority()).isEqualTo(standard.priority());
      assertThat(e.deadline().orElseThrow().dueAt()).isEqualTo(e.occurredAt().plus(Duration.ofHours(standard.limit().amount())));
      assertThat(r.location().orElseThrow().datum()).isEqualTo(Datum.GCJ02);           // kept as the wristband fixed it
      assertThat(r.reporter().kind()).isEqualTo(ReporterKind.DEVICE);
      counts.month.stream().filter(x -> x.ticketId().equals(e.ticketId()) && x.type() == TicketEventType.ESCALATED)
          .findFirst().ifPresent(x -> escalated.add(x.ticketId()));
    }
    assertThat(escalated).isNotEmpty();
    assertThat(run.out()).containsPattern("one-key +" + calls.size() + " calls for help \\(一键求助\\): \\d+ helped on time, "
        + escalated.size() + " escalated by the clock").containsPattern("volunteers +\\d+ needs matched with one key");
    String md = Files.readString(DemoRun.file("briefing.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("## 七、特殊人群一键求助").contains("本月一键求助 " + calls.size() + " 件")
        .contains("时限内无人响应被上报 " + escalated.size() + " 件");
    calls.forEach(e -> assertThat(md).contains("| " + e.ticketId() + " | "));
  }

  @Test
  void theBriefingsCountsAreTheEventLogsCounts() throws IOException {
    String md = Files.readString(DemoRun.file("briefing.md"), StandardCharsets.UTF_8);
    assertThat(md).startsWith("# 昆明市呈贡区 2024-04 月度通报");
    Map<String, Long> table = new HashMap<>();
    Matcher m = Pattern.compile("^\\| (\\S+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(md);
    while (m.find()) {
      table.put(m.group(1), Long.parseLong(m.group(2)));
    }
    assertThat(table).containsEntry("受理量", counts.total[0]).containsEntry("结案量", counts.total[1])
        .containsEntry("按时结案量", counts.total[2]).containsEntry("超期量", counts.total[3])
        .containsEntry("退回量", counts.total[4]).containsEntry("返工量", counts.total[5]).containsEntry("测评量", counts.total[6])
        .containsEntry("派遣量", counts.events(TicketEventType.DISPATCHED))
        .containsEntry("延期量", counts.events(TicketEventType.EXTENSION_APPROVED))
        .containsEntry("挂账量", counts.events(TicketEventType.SUSPENDED));
    assertThat(md).contains("本月超期工单共 " + counts.overdueTickets.size() + " 件");
    for (String ticket : counts.overdueTickets.stream().map(Object::toString).toList()) {
      assertThat(md).contains("| " + ticket + " |");
    }
  }

  @Test
  void theRankingsCountsAreTheEventLogsCountsAndEachRankIsOnePlusTheHigherScores() throws IOException {
    List<Map<String, String>> rows = CsvRows.read(DemoRun.file("ranking.csv"));
    Map<String, List<Map<String, String>>> byRole = new HashMap<>();
    rows.forEach(r -> byRole.computeIfAbsent(r.get("role"), k -> new ArrayList<>()).add(r));
    assertThat(byRole.get("department")).hasSize(8);
    assertThat(byRole.get("grid")).hasSize(219);
    assertThat(byRole.get("worker")).hasSize(219);
    for (Map<String, String> r : rows) {
      long[] expected = r.get("role").equals("department") ? counts.departments.get(r.get("subject"))
          : counts.grids.get(r.get("grid"));
      for (int i = 0; i < EventCounts.COLUMNS.size(); i++) {
        long want = expected == null ? 0 : expected[i];
        assertThat(Long.parseLong(r.get(EventCounts.COLUMNS.get(i)))).as(r.get("role") + " " + r.get("subject") + " "
            + EventCounts.COLUMNS.get(i)).isEqualTo(want);
      }
    }
    for (List<Map<String, String>> role : byRole.values()) {
      for (Map<String, String> r : role) {
        if (!r.get("score").isEmpty()) {
          double score = Double.parseDouble(r.get("score"));
          long higher = role.stream().filter(o -> !o.get("score").isEmpty() && Double.parseDouble(o.get("score")) > score).count();
          assertThat(Integer.parseInt(r.get("rank"))).as(r.get("subject")).isEqualTo(1 + higher);
        }
      }
    }
  }

  @Test
  void theSvgParsesAsXmlAndThePngDecodesToAPictureOfManyColours() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document svg = factory.newDocumentBuilder().parse(DemoRun.file("map.svg").toFile());
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getElementsByTagName("title").getLength()).isEqualTo(219);
    BufferedImage png = ImageIO.read(DemoRun.file("map.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(1000);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < png.getHeight(); y += 7) {
      for (int x = 0; x < png.getWidth(); x += 7) {
        colours.add(png.getRGB(x, y));
      }
    }
    assertThat(colours.size()).isGreaterThan(20);
  }

  @Test
  void theIndexPageNeedsNothingButItselfAndShowsTheMapTheRankingAndTheBriefing() throws IOException {
    String html = Files.readString(DemoRun.file("index.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("职能部门综合排名").contains("<table")
        .contains("月度通报").doesNotContain("<script").doesNotContain("<link").doesNotContainPattern("(src|href)=\"https?:");
    String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?=['\"][^'\"]*['\"]", "");
    assertThat(withoutNamespaces).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void simulateOnTheDemosOwnFilesRepeatsItsEventLogAndReportRepeatsItsFiles() throws IOException {
    Path dir = DemoRun.dir();
    Path again = dir.resolveSibling("demo-test-again");
    DemoRun.delete(again);
    String[] files = {"--scheme", dir.resolve("scheme.json").toString(), "--grids", dir.resolve("grids.geojson").toString(),
        "--roster", dir.resolve("staff.csv").toString(), "--matters", dir.resolve("matters.json").toString(),
        "--title", "昆明市呈贡区"};
    Cli.Run sim = Cli.run(concat(new String[] {"simulate", "--month", DemoRun.MONTH, "--seed", Long.toString(DemoRun.SEED),
        "--events", again.resolve("events.jsonl").toString()}, files));
    assertThat(sim.status()).as(sim.err()).isZero();
    assertThat(Files.mismatch(again.resolve("events.jsonl"), dir.resolve("events.jsonl"))).isEqualTo(-1L);
    Cli.Run report = Cli.run(concat(new String[] {"report", "--month", DemoRun.MONTH, "--events",
        again.resolve("events.jsonl").toString(), "--out", again.toString()}, files));
    assertThat(report.status()).as(report.err()).isZero();
    for (String f : List.of("briefing.md", "ranking.csv", "tickets.csv", "grids.geojson", "tickets.geojson")) {
      assertThat(Files.mismatch(again.resolve(f), dir.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void theLastMonthTheCalendarAllowsRunsToItsEndThoughSomePlansReachIntoAYearWithoutData() throws IOException {
    Path dir = DemoRun.dir();
    Path log = dir.resolveSibling("demo-test-2026-11.jsonl");
    Cli.Run sim = Cli.run("simulate", "--month", "2026-11", "--seed", "7", "--events", log.toString(), "--scheme",
        dir.resolve("scheme.json").toString(), "--grids", dir.resolve("grids.geojson").toString(), "--roster",
        dir.resolve("staff.csv").toString(), "--matters", dir.resolve("matters.json").toString());
    assertThat(sim.status()).as(sim.err()).isZero();
    EventCounts november = new EventCounts(log, YearMonth.of(2026, 11));
    assertThat(november.events(TicketEventType.REPORTED)).isGreaterThan(5_000);
    assertThat(november.month.get(november.month.size() - 1).occurredAt()).isAfter(java.time.Instant.parse("2026-11-29T00:00:00Z"));
    Files.delete(log);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
