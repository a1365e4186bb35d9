package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridCsv;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.ResidentId;
import org.gridgov.core.Roster;
import org.gridgov.core.RosterCsv;
import org.gridgov.core.Scope;
import org.gridgov.core.StaffingReport;
import org.gridgov.examples.cli.DemoRun;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.LocatedPoint;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.MonthlyBriefing;
import org.gridgov.scoring.MonthlyReview;
import org.gridgov.scoring.Ranking;
import org.gridgov.scoring.WorkerStanding;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.SweepReport;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.TimingLights;
import org.junit.jupiter.api.Test;

/**
 * The README's "Typical use", run: one sample per library module and the whole closed loop, each a
 * snippet region copied verbatim into {@code README.md}. {@code taibaihu} is the folder of the
 * Taibaihu place's files in this module; {@code demo} is the folder {@code gridgov demo} writes.
 */
class TypicalUseTest {
  private final Path taibaihu = Path.of("src/main/resources/org/gridgov/examples/places/taibaihu");
  private final Path demo = DemoRun.dir();

  @Test
  void gridCoreLoadsAPlaceAndAnswersTreeQueriesWithinAScope() throws IOException {
    // snippet: readme-core
    GridScheme scheme = GridSchemes.fromJson(taibaihu.resolve("scheme.json"));  // levels, layers, staffing
    GridTree tree = GridCsv.readTree(taibaihu.resolve("grids.csv"), scheme);    // validated once, immutable
    GridCode grid = GridCode.parse("370811002007001");                           // 御景花园社区第1网格
    List<?> chain = tree.ancestors(grid);              // 御景花园社区, 许庄街道, 太白湖新区: O(depth)
    boolean inside = tree.isAncestor(GridCode.parse("370811002"), grid);         // true, O(1)
    Map<String, Integer> perLevel = tree.countByLevel(); // district 1, level-1 2, level-2 57, basic 222

    Roster roster = RosterCsv.read(taibaihu.resolve("staff.csv"), tree);
    StaffingReport staffing = StaffingReport.of(tree, roster);                  // 一格一员: every grid, why
    Scope worker = Scope.of(tree, Principal.of("tbh-w001", PrincipalKind.GRID_WORKER, grid));
    worker.get(grid);                                    // fine; a grid outside throws ForbiddenException
    ResidentId id = ResidentId.parse("11010519491231002X");                     // GB 11643 check character
    String shown = id.toString();                                               // 1101**********002X
    // end snippet

    assertThat(chain).hasSize(3);
    assertThat(inside).isTrue();
    assertThat(perLevel).containsEntry("basic", 222).containsEntry("level-2", 57);
    assertThat(staffing.violations()).isNotNull();
    assertThatThrownBy(() -> worker.get(GridCode.parse("370811109200001"))).isInstanceOf(ForbiddenException.class);
    assertThat(shown).isEqualTo("1101**********002X");
  }

  @Test
  void gridGeoReadsBoundariesAndLocatesAPointExactly() {
    // snippet: readme-geo
    GeoJsonResult read = GeoJsonReader.defaults().read(demo.resolve("grids.geojson")); // RFC 7946, WGS-84
    Boundaries grids = read.orThrow();                 // read.report(): what became of every feature
    GridTree tree = grids.toTree(GridSchemes.fromJson(demo.resolve("scheme.json")));
    GridLocator locator = GridLocator.build(tree, grids);         // exact: edges and vertices included
    Optional<LocatedPoint> at = locator.locateWithAncestorsIn(CoordinateSystem.GCJ02, 102.8128, 24.7408);
    // at.get().grid(): the basic grid whose closed boundary covers the point, then its ancestors
    // end snippet

    assertThat(read.report().refused()).isEmpty();
    assertThat(at).isPresent();
    assertThat(at.get().grid().code()).isEqualTo(GridCode.parse("530114001001001"));
    assertThat(at.get().ancestors()).hasSize(3);
  }

  @Test
  void aReportIsLocatedTicketedHandledClosedAndScoredInTenLines() {
    // snippet: readme-setup
    Boundaries grids = GeoJsonReader.defaults().read(demo.resolve("grids.geojson")).orThrow();
    GridTree tree = grids.toTree(GridSchemes.fromJson(demo.resolve("scheme.json")));   // the demo's district
    MatterCatalogue matters = MatterCatalogue.fromJson(demo.resolve("matters.json"));
    Roster roster = RosterCsv.read(demo.resolve("staff.csv"), tree);
    TicketService tickets = TicketService.builder().tree(tree).catalogue(matters)
        .locator(GridLocator.build(tree, grids)).clock(Clock.fixed(Instant.parse("2024-04-15T02:06:00Z"), ZoneId.of("Asia/Shanghai")))
        .build();                                                          // in-memory store, Chinese calendar
    Principal worker = Principal.of("w001", PrincipalKind.GRID_WORKER, GridCode.parse("530114001001001"));
    Principal centre = Principal.of("centre-01", PrincipalKind.COMMAND_CENTRE, GridCode.parse("530114"));
    Principal officer = Principal.builder().id("zf-07").kind(PrincipalKind.DEPARTMENT).department("law-enforcement")
        .addScopeRoots(GridCode.parse("530114")).build();
    // end snippet

    // snippet: readme-end-to-end
    Ticket t = tickets.report(NewTicket.patrol(worker, "city.garbage", ReportedPlace.of(102.8114, 24.7438), "垃圾堆放"), worker);
    tickets.execute(Commands.accept(t.id(), centre));            // 受理: the centre files it
    tickets.execute(Commands.dispatch(t.id(), centre));          // smart dispatch to the owning department
    tickets.execute(Commands.sign(t.id(), officer));             // 签收
    tickets.execute(Commands.handle(t.id(), officer));           // 处置
    tickets.execute(Commands.feedBack(t.id(), officer));         // 反馈
    tickets.execute(Commands.verify(t.id(), worker, true));      // 核查: the worker checks on site
    Ticket closed = tickets.execute(Commands.close(t.id(), centre));              // 结案, on time
    MonthlyReview april = MonthlyReview.of(tickets.store(), tree, matters, roster, YearMonth.of(2024, 4));
    WorkerStanding standing = april.standing("w001", CompositeWeights.standard()); // points, place
    // end snippet

    // snippet: readme-workflow
    Ticket again = tickets.report(NewTicket.patrol(worker, "city.garbage", ReportedPlace.of(102.8114, 24.7438), "垃圾堆放"), worker);
    List<String> allowed = tickets.commandsAvailable(again.id(), centre);    // [accept, reject, …] in the state's order
    tickets.execute(Commands.reject(again.id(), centre, "duplicate").withDuplicateOf(t.id()));   // a reason the definition names
    TimingLights lights = tickets.lights(Instant.parse("2024-04-16T02:00:00Z"), centre);  // 红黄绿灯 of the centre's tickets
    SweepReport clock = tickets.sweep();       // 催办 → 督办 → 通报 and the escalation ladder, when the clock says
    // end snippet

    assertThat(allowed).contains("accept", "reject");
    assertThat(tickets.get(again.id(), centre).outcome()).hasToString("Optional[REJECTED]");
    assertThat(lights.red()).isEmpty();
    assertThat(clock.events()).isEmpty();
    assertThat(t.grid()).as("the point lies in the worker's own grid").isEqualTo(GridCode.parse("530114001001001"));
    assertThat(closed.outcome()).hasToString("Optional[CLOSED]");
    assertThat(closed.closedOnTime()).contains(true);
    assertThat(standing.points()).as("a verified report earns 7 points (article 003)").isEqualTo(7);
    assertThat(standing.rank()).hasValue(1);
    assertThat(april.indicators().total().count(org.gridgov.scoring.Indicator.CLOSED)).isEqualTo(1);
  }

  @Test
  void gridScoringRanksTheDepartmentsAndWritesTheBriefingOfAMonth() {
    GridTree tree = GeoJsonReader.defaults().read(demo.resolve("grids.geojson")).orThrow()
        .toTree(GridSchemes.fromJson(demo.resolve("scheme.json")));
    MatterCatalogue matters = MatterCatalogue.fromJson(demo.resolve("matters.json"));
    Roster roster = RosterCsv.read(demo.resolve("staff.csv"), tree);
    org.gridgov.workflow.spi.InMemoryTicketStore store = new org.gridgov.workflow.spi.InMemoryTicketStore();
    org.gridgov.examples.month.EventLog.read(demo.resolve("events.jsonl")).stream()
        .collect(java.util.stream.Collectors.groupingBy(org.gridgov.workflow.TicketEvent::ticketId,
            java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
        .forEach((id, events) -> store.append(id, 0, events, Ticket.replay(events)));
    // snippet: readme-scoring
    MonthlyReview april = MonthlyReview.of(store, tree, matters, roster, YearMonth.of(2024, 4)); // 积分、指标
    Ranking departments = april.departmentRanking(CompositeWeights.standard());     // composite score, ties
    MonthlyBriefing briefing = april.briefing("昆明市呈贡区", CompositeWeights.standard(), Optional.empty())
        .bottomN(3).topN(5).build();                     // 超期工单通报, 末位预警, top performers
    String markdown = briefing.toMarkdown();
    // end snippet

    assertThat(departments.entries()).hasSize(8);
    assertThat(briefing.overdueCount()).isPositive();
    assertThat(markdown).startsWith("# 昆明市呈贡区 2024-04 月度通报").contains("超期工单通报");
  }
}
