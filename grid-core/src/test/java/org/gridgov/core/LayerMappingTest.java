package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayerMappingTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "m", "name": "fusion",
        "levels": [ { "id": "community", "name": "社区", "codeWidth": 12 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格", "fullCoverage": true },
                    { "id": "police", "name": "警务网格", "fullCoverage": true } ] }
      """);
  private static final GridCode C1 = GridCode.parse("450802001003001");
  private static final GridCode C2 = GridCode.parse("450802001003002");
  private static final GridCode C3 = GridCode.parse("450802001003003");
  private static final GridCode P1 = GridCode.parse("450802001003901");

  private static GridTree tree() {
    return GridTree.builder(SCHEME).add(Grid.of(GridCode.parse("450802001003"), "荷城社区", 1))
        .add(Grid.of(C1, "综合一", 2)).add(Grid.of(C2, "综合二", 2)).add(Grid.of(C3, "综合三", 2))
        .add(Grid.builder().code(P1).name("警务一").level(2).layer("police").build()).build();
  }

  @Test
  void twoComprehensiveGridsFuseWithOnePoliceGrid() {
    LayerMapping fusion = LayerMapping.builder(tree(), "comprehensive", "police").link(C1, P1).link(C2, P1).build();
    assertThat(fusion.counterparts(C1)).containsExactly(P1);
    assertThat(fusion.inverse().counterparts(P1)).containsExactly(C1, C2);
    assertThat(fusion.unmappedFrom()).containsExactly(C3);
    assertThat(fusion.unmappedTo()).isEmpty();
  }

  @Test
  void aLinkToAGridOfTheWrongLayerIsRefused() {
    assertThatThrownBy(() -> LayerMapping.builder(tree(), "comprehensive", "police").link(C1, C2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("to = \"450802001003002\"")
        .hasMessageContaining("comprehensive");
    assertThatThrownBy(() -> LayerMapping.builder(tree(), "comprehensive", "traffic"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("toLayer");
  }
}
