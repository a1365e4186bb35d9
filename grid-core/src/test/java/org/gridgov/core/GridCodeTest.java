package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import org.gridgov.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;

class GridCodeTest {
  @Test
  void aCodeWithALetterIsRefusedNamingThePosition() {
    InvalidCodeException e = catchThrowableOfType(InvalidCodeException.class, () -> GridCode.parse("37081a002"));
    assertThat(e.position()).isEqualTo(6);
    assertThat(e).hasMessageContaining("code = \"37081a002\"").hasMessageContaining("only digits").hasMessageContaining("position 6");
  }

  @Test
  void anEmptyCodeIsRefused() {
    assertThatThrownBy(() -> GridCode.parse("")).isInstanceOf(InvalidCodeException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> GridCode.parse(null)).isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void aParentCodeIsAPrefix() {
    GridCode basic = GridCode.parse("370811002001003");
    assertThat(GridCode.parse("370811002").isPrefixOf(basic)).isTrue();
    assertThat(basic.isPrefixOf(basic)).isFalse();
    assertThat(CodeLayout.standard().parent(basic)).contains(GridCode.parse("370811002001"));
  }

  @Test
  void codesOrderSoThatAncestorsComeFirst() {
    assertThat(GridCode.parse("370811")).isLessThan(GridCode.parse("370811002"));
    assertThat(GridCode.parse("370811002999")).isLessThan(GridCode.parse("370811109001"));
  }

  @Test
  void theStandardLayoutFormatsSegmentsAndReadsThemBack() {
    CodeLayout layout = CodeLayout.standard();
    GridCode code = layout.parse("370811002001003");
    assertThat(layout.format(code)).isEqualTo("37-08-11-002-001-003");
    assertThat(layout.parse("37-08-11-002-001-003")).isEqualTo(code);
    assertThat(layout.depthOf(code)).isEqualTo(6);
  }

  @Test
  void theStandardLayoutChecksTheTownshipRange() {
    InvalidCodeException e = catchThrowableOfType(InvalidCodeException.class,
        () -> CodeLayout.standard().parse("370811700"));
    assertThat(e.position()).isEqualTo(7);
    assertThat(e).hasMessageContaining("township");
    assertThat(TownshipKind.of(2)).contains(TownshipKind.STREET);
    assertThat(TownshipKind.of(109)).contains(TownshipKind.TOWN);
    assertThat(TownshipKind.of(250)).contains(TownshipKind.TOWNSHIP);
    assertThat(TownshipKind.of(501)).contains(TownshipKind.OTHER);
    assertThat(TownshipKind.of(0)).isEmpty();
  }

  @Test
  void aLayoutExtendsWithMicroGrids() {
    CodeLayout micro = CodeLayout.standard().extend("micro-grid", 2, SegmentRule.NON_ZERO);
    assertThat(micro.lengthAt(7)).isEqualTo(17);
    assertThat(micro.parse("37081100200100301").value()).hasSize(17);
    assertThatThrownBy(() -> micro.parse("37081100200100300")).isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("micro-grid");
  }

  @Test
  void aCodeEndingInsideASegmentIsRefused() {
    assertThatThrownBy(() -> CodeLayout.standard().parse("3708110"))
        .isInstanceOf(InvalidCodeException.class).hasMessageContaining("segment boundary");
    assertThatThrownBy(() -> CodeLayout.standard().parse("370-811"))
        .isInstanceOf(InvalidCodeException.class).hasMessageContaining("'-'");
  }

  @Test
  void parseAfterFormatIsTheIdentity() {
    qt().withExamples(1000).forAll(CoreGenerators.layouts(7).flatMap(layout -> CoreGenerators.codes(layout)
        .map(code -> new Object[] {layout, code}))).checkAssert(pair -> {
          CodeLayout layout = (CodeLayout) pair[0];
          GridCode code = (GridCode) pair[1];
          assertThat(layout.parse(layout.format(code))).isEqualTo(code);
          assertThat(layout.parse(code.value())).isEqualTo(code);
          assertThat(GridCode.parse(code.toString())).isEqualTo(code);
        });
  }

  @Test
  void hostileTextGivesOnlyTypedErrors() {
    qt().withExamples(2000).forAll(CoreGenerators.hostileText()).checkAssert(text -> {
      for (CodeLayout layout : new CodeLayout[] {CodeLayout.standard(), CodeLayout.standard().extend("m", 3, SegmentRule.ANY)}) {
        try {
          GridCode code = layout.parse(text);
          assertThat(layout.format(code).replace("-", "")).isEqualTo(code.value());
        } catch (GridGovException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      }
      try {
        assertThat(GridCode.parse(text).value()).isEqualTo(text);
      } catch (InvalidCodeException expected) {
        assertThat(expected.position()).isPositive();
      }
    });
  }
}
