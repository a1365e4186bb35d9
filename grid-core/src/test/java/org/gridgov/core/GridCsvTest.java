package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GridCsvTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "csv", "name": "csv",
        "levels": [ { "id": "community", "name": "社区", "codeWidth": 12 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true, "kinds": ["urban", "rural"] } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格" } ],
        "kinds": [ { "id": "urban", "name": "社区网格" }, { "id": "rural", "name": "农村网格" } ] }
      """);

  @Test
  void aTableReadsWithOptionalColumnsInAnyOrder() {
    String csv = """
        name,code,level,kind,households,valid_from,parent_code
        风韵荷都社区,370811002004,community,,,,
        第一网格,370811002004001,2,urban,420,2022-01-01,370811002004
        "第二网格, 北",370811002004002,grid,urban,,,
        """;
    GridTree tree = GridCsv.readTree(new StringReader(csv), SCHEME);
    assertThat(tree.size()).isEqualTo(3);
    Grid first = tree.get(GridCode.parse("370811002004001"));
    assertThat(first.households()).hasValue(420);
    assertThat(first.validFrom()).contains(LocalDate.of(2022, 1, 1));
    assertThat(tree.get(GridCode.parse("370811002004002")).name()).isEqualTo("第二网格, 北");
  }

  @Test
  void aBadCellIsNamedByLineAndColumn() {
    String csv = "code,name,level\n370811002004,社区,1\n3708110020O4001,网格,2\n";
    assertThatThrownBy(() -> GridCsv.readGrids(new StringReader(csv), SCHEME))
        .isInstanceOf(InvalidCodeException.class).hasMessageContaining("line 3.code");
    assertThatThrownBy(() -> GridCsv.readGrids(new StringReader("code,name,level\n370811002004,社区,9\n"), SCHEME))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2.level").hasMessageContaining("\"9\"");
    assertThatThrownBy(() -> GridCsv.readGrids(new StringReader("code,name\n370811002004,社区\n"), SCHEME))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"level\"");
  }

  @Test
  void anUnknownLevelIdIsRefused() {
    assertThatThrownBy(() -> GridCsv.readGrids(new StringReader("code,name,level\n370811002004,社区,district\n"), SCHEME))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2.level = \"district\"");
  }

  @Test
  void aWrittenTableReadsBackToTheSameTree() {
    org.quicktheories.QuickTheory.qt().withExamples(100).forAll(org.gridgov.core.testing.CoreGenerators.trees(6))
        .checkAssert(generated -> {
          GridTree tree = generated.build();
          java.io.StringWriter out = new java.io.StringWriter();
          GridCsv.write(tree, out);
          GridTree back = GridCsv.readTree(new StringReader(out.toString()), generated.scheme());
          assertThat(back.size()).isEqualTo(tree.size());
          for (Grid g : tree.grids()) {
            Grid read = back.get(g.code());
            assertThat(read.name()).isEqualTo(g.name());
            assertThat(read.validFrom()).isEqualTo(g.validFrom());
            assertThat(read.validTo()).isEqualTo(g.validTo());
            assertThat(back.parent(g.code()).map(Grid::code)).isEqualTo(tree.parent(g.code()).map(Grid::code));
          }
        });
  }
}
