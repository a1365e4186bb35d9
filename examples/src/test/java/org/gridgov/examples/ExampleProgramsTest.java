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

  /** The demo's files, from the shared run of the command-line tests' package. */
  private static Path writeDemoFiles(Path dir) throws IOException {
    Path demo = org.gridgov.examples.cli.DemoFiles.dir();
    for (String f : new String[] {"grids.geojson", "scheme.json", "events.jsonl"}) {
      Files.copy(demo.resolve(f), dir.resolve(f));
    }
    return dir.resolve("grids.geojson");
  }
}
