package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program runs and says what its Javadoc promises (the month's files come from a short demo of their own). */
class ExampleProgramsTest {
  private static String run(Consumer<PrintWriter> program) {
    StringWriter text = new StringWriter();
    program.accept(new PrintWriter(text, true));
    return text.toString();
  }

  @Test
  void locateAndOpenTicketFindsTheGridOfAGcj02PointAndOpensTheTicketThere() {
    String out = run(o -> LocateAndOpenTicket.run(o));
    assertThat(out).contains("GCJ-02 102.845618, 24.895507 lies in 530114002012002").contains("under 530114 呈贡区")
        .containsPattern("ticket \\S+ opened in grid 530114002012002: state reported, owning department law-enforcement");
  }

  @Test
  void dispatchHandleCloseWalksTheStandardLoopToAClosedTicket() {
    String out = run(DispatchHandleClose::run);
    assertThat(out.lines().map(l -> l.split("\\s+")[1]).limit(9).toList()).containsExactly("REPORTED", "ACCEPTED",
        "DISPATCHED", "DEPARTMENT_ACCEPTED", "HANDLED", "FED_BACK", "VERIFICATION_PASSED", "RATED", "CLOSED");
    assertThat(out).contains("by zf-01").endsWith(": closed, closed on time: true\n");
  }

  @Test
  void monthRankingAndCheckGridFileWorkOnTheFilesTheDemoWrites(@TempDir Path dir) throws IOException {
    Path grids = writeDemoFiles(dir);
    String check = run(o -> assertThat(CheckGridFile.run(o, grids.toString(), dir.resolve("scheme.json").toString())).isTrue());
    assertThat(check).contains("60 parents checked: 0 gaps, 0 overlaps").endsWith("clean: the grids cover their parents exactly\n");
    String ranking = run(o -> MonthRanking.run(o, dir.resolve("events.jsonl").toString(), "2024-04"));
    List<String> lines = ranking.lines().toList();
    assertThat(lines.get(0)).startsWith("昆明市呈贡区 2024-04: ");
    assertThat(lines).hasSize(9);
    assertThat(lines.get(1)).startsWith(" 1  ");
  }

  @Test
  void threeListsAndVolunteersSortsTheSixOnesAndMatchesANeedWithOneKey() {
    String out = run(ThreeListsAndVolunteers::run);
    assertThat(out).contains("N-000001 需求清单 金安苑社区第1网格党支部 OPEN owner zy-1-grid-worker: 独居老人代购药品")
        .contains("R-000001 资源清单 金安苑社区第2网格党支部 OPEN owner zy-2-grid-worker")
        .contains("一键匹配 N-000001: [zy-v1] assigned; why 党员志愿者李建国:")
        .contains("  home grid 金安苑社区第1网格党支部 (620702001007001): 0 steps in the grid tree, the need's own grid")
        .contains("  not zy-v3: offers [legal-aid], none of the skills asked for [errands]")
        .contains("project P-000001 in 金安苑社区大党委 from [N-000002, N-000003]")
        .endsWith("资源清单: 1\n需求清单: 3\n项目清单: 1\n");
  }

  @Test
  void oneKeyHelpLocatesTheWristbandsGcj02FixAndTheClockEscalatesTheUnansweredCall() {
    String out = run(OneKeyHelp::run);
    assertThat(out).containsPattern("一键求助（独居老人）：摔倒了,起不来 in 530114002012002 \\S+, URGENT, due 2024-04-13T14:00:00Z, "
        + "reporter Reporter\\[DEVICE wb-530114-0042 王秀英 139\\*\\*\\*\\*5678]").doesNotContain("13912345678")
        .contains("the grid's worker may: [respond, escalate, reject, note]")
        .contains("escalated to 530114002012 ").contains("summoned [civil-affairs]")
        .contains("3 ESCALATED        escalated  by gridgov:clock").contains("5 HANDLED          helped     by leader")
        .endsWith("the clock paused: true\n");
  }

  @Test
  void dualGridFusionSharesADisputeWithThePoliceGridAndDispatchesItJointly() {
    String out = run(DualGridFusion::run);
    assertThat(out).startsWith("荷城社区“双格融合、四融十联”: comprehensive <-> police\n")
        .contains("  重点人员联控 lead chengbei-police-station, assisting [guicheng-governance-centre, hecheng-community]")
        .contains("矛盾纠纷联调 in 450802001013012 (荷城社区第12网格), shared with [450802001013952]")
        .contains("the police grid's officer reads it: 楼上漏水引发邻里纠纷")
        .contains("dispatched to guicheng-governance-centre, assisted by [chengbei-police-station, hecheng-community]")
        .endsWith("cb-duty noted as assisting-department\n");
    assertThat(out.lines().filter(l -> l.startsWith("  ") && l.contains(" lead "))).hasSize(10);
  }

  @Test
  void regularReviewShowsTheMissedMonthAndAprilsAgenda() {
    String out = run(RegularReview::run);
    assertThat(out).containsPattern("MONTHLY_REPORT/620702001007/2024-01 +due 2024-02-06  HELD\n")
        .containsPattern("MONTHLY_REPORT/620702001007/2024-03 +due 2024-04-08  MISSED\n")
        .containsPattern("QUARTERLY_SCHEDULING/620702001/2024-Q1 +due 2024-04-15  MISSED\n")
        .containsPattern("MONTHLY_REPORT/620702001007/2024-04 +due 2024-05-10  OPEN\n")
        .contains("# 金安苑社区大党委 每月听取汇报 金安苑社区大党委 2024-04 议程")
        .contains("## 二、待办事项(1 件,其中超期 1 件)").contains("小区公共事务协商");
  }

  /** The demo's files, from the shared run of the command-line tests' package. */
  private static Path writeDemoFiles(Path dir) throws IOException {
    Path demo = org.gridgov.examples.cli.DemoFiles.dir();
    for (String f : new String[] {"grids.geojson", "scheme.json", "events.jsonl"}) {
      Files.copy(demo.resolve(f), dir.resolve(f));
    }
    return dir.resolve("grids.geojson");
  }
}
