package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GridGovDemoTest {
  private static String run(String... args) {
    StringWriter text = new StringWriter();
    int code = new CommandLine(new GridGovDemo(new PrintWriter(text))).execute(args);
    assertThat(code).isZero();
    return text.toString();
  }

  @Test
  void theDemoPrintsTaibaihusTreeWithItsCountsPerLevel() {
    String out = run();
    assertThat(out).contains("  370811 太白湖新区").contains("    370811002 许庄街道")
        .contains("        370811002007001 御景花园社区第1网格 [urban]")
        .contains("level 3         57  社区（村居）二级网格")
        .contains("219 basic grids  综合网格")
        .contains("219 grids checked against [一格一员]: all compliant");
  }

  @Test
  void theDepthOptionHidesLowerLevels() {
    String out = run("--place", "guilin", "--depth", "1");
    assertThat(out).contains("450321 阳朔县").doesNotContain("450321100 阳朔镇").contains("grids below");
  }
}
