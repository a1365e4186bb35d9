package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real national division tree (NBS 2023, 665,276 rows) loads into a GridTree. */
class NationalDivisionTreeTest {
  private static GridTree tree;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = NationalDivisionTreeTest.class.getResourceAsStream("divisions/divisions.csv")) {
      long t0 = System.nanoTime();
      tree = GridCsv.readTree(in, GridSchemes.nationalDivisions());
      System.out.println("loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }

  @Test
  void perLevelCountsAreThoseTheReadmeStates() {
    assertThat(tree.size()).isEqualTo(665_276);
    assertThat(tree.countByLevel()).containsExactly(
        org.assertj.core.api.Assertions.entry("province", 31),
        org.assertj.core.api.Assertions.entry("prefecture", 342),
        org.assertj.core.api.Assertions.entry("county", 2_978),
        org.assertj.core.api.Assertions.entry("township", 41_352),
        org.assertj.core.api.Assertions.entry("village", 620_573));
  }
}
