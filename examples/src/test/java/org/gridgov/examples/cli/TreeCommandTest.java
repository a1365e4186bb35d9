package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov tree}: the article's places by name, or the same from files. */
class TreeCommandTest {
  @Test
  void withoutArgumentsItPrintsTaibaihusTreeWithItsCountsPerLevelAndStaffing() {
    Cli.Run r = Cli.run("tree");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("  370811 太白湖新区").contains("    370811002 许庄街道")
        .contains("        370811002007001 御景花园社区第1网格 [urban]")
        .contains("level 3         57  社区（村居）二级网格")
        .contains("219 basic grids  综合网格")
        .contains("219 grids checked against [一格一员]: all compliant");
  }

  @Test
  void theDepthOptionHidesLowerLevels() {
    Cli.Run r = Cli.run("tree", "--place", "guilin", "--depth", "1");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("450321 阳朔县").doesNotContain("450321100 阳朔镇").contains("grids below");
  }

  @Test
  void ownFilesGiveTheSameTreeAsThePlace(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"scheme.json", "grids.csv", "staff.csv"}) {
      try (InputStream in = getClass().getResourceAsStream("/org/gridgov/examples/places/taibaihu/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    Cli.Run files = Cli.run("tree", "--scheme", dir.resolve("scheme.json").toString(), "--grids",
        dir.resolve("grids.csv").toString(), "--roster", dir.resolve("staff.csv").toString());
    assertThat(files.status()).as(files.err()).isZero();
    assertThat(files.out()).isEqualTo(Cli.run("tree", "--place", "taibaihu").out());
  }
}
