package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridSchemesTest {
  private static final String TWO_LEVELS = """
      {
        "id": "demo",
        "name": "示例",
        "levels": [
          { "id": "county", "name": "县", "codeWidth": 6 },
          { "id": "township", "name": "乡镇", "codeWidth": 3, "segmentRule": "TOWNSHIP", "basic": true }
        ],
        "layers": [ { "id": "comprehensive", "name": "综合网格", "fullCoverage": true } ]
      }
      """;

  @Test
  void aSchemeFileLoadsWithItsLevelsAndLayout() {
    GridScheme scheme = GridSchemes.fromJson(TWO_LEVELS);
    assertThat(scheme.depth()).isEqualTo(2);
    assertThat(scheme.codeLayout().lengthAt(2)).isEqualTo(9);
    assertThat(scheme.baseLayer()).isEqualTo("comprehensive");
    assertThat(GridSchemes.fromJson(GridSchemes.toJson(scheme))).isEqualTo(scheme);
  }

  @Test
  void aBadCodeWidthIsNamedByItsJsonPath() {
    String bad = TWO_LEVELS.replace("\"codeWidth\": 3", "\"codeWidth\": 19");
    assertThatThrownBy(() -> GridSchemes.fromJson(bad))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining("$.levels[1].codeWidth")
        .hasMessageContaining("19");
  }

  @Test
  void aMissingNameIsNamedByItsJsonPath() {
    String bad = TWO_LEVELS.replace("\"name\": \"乡镇\", ", "");
    assertThatThrownBy(() -> GridSchemes.fromJson(bad))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining("$.levels[1].name");
  }

  @Test
  void malformedJsonIsAnInvalidSchemeException() {
    assertThatThrownBy(() -> GridSchemes.fromJson("{ \"id\": "))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining("malformed scheme JSON");
  }

  @Test
  void anUnknownPropertyIsNamed() {
    String bad = TWO_LEVELS.replace("\"basic\": true", "\"basik\": true");
    assertThatThrownBy(() -> GridSchemes.fromJson(bad))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining("$.levels[1]")
        .hasMessageContaining("basik");
  }
}
