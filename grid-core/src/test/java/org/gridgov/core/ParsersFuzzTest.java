package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;

/**
 * Coverage-guided fuzzing of every parser of grid-core (Jazzer). In the normal suite each
 * method runs its committed inputs under {@code ParsersFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for real. The contract: whatever the bytes, only
 * {@link GridGovException} subtypes come out, and what parses is consistent.
 */
class ParsersFuzzTest {
  private static final GridScheme SCHEME = GridSchemes.nationalDivisions();

  @FuzzTest
  void theSchemeReaderThrowsOnlyTypedErrors(byte[] json) {
    GridScheme scheme;
    try {
      scheme = GridSchemes.fromJson(new ByteArrayInputStream(json));
    } catch (GridGovException expected) {
      return;
    }
    assertThat(GridSchemes.fromJson(GridSchemes.toJson(scheme))).isEqualTo(scheme);
  }

  @FuzzTest
  void theCodeParsersThrowOnlyTypedErrors(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      GridCode code = GridCode.parse(text);
      assertThat(code.value()).isEqualTo(text);
    } catch (InvalidCodeException expected) {
      assertThat(expected.position()).isPositive();
    }
    try {
      CodeLayout layout = CodeLayout.standard().extend("micro-grid", 2, SegmentRule.NON_ZERO);
      GridCode code = layout.parse(text);
      assertThat(layout.parse(layout.format(code))).isEqualTo(code);
    } catch (InvalidCodeException expected) {
      assertThat(expected.position()).isPositive();
    }
  }

  @FuzzTest
  void theGridTableReaderThrowsOnlyTypedErrors(FuzzedDataProvider data) {
    String csv = data.consumeRemainingAsString();
    try {
      GridTree tree = GridCsv.readTree(new StringReader(csv), SCHEME);
      assertThat(tree.size()).isGreaterThanOrEqualTo(0);
    } catch (GridGovException expected) {
      assertThat(expected.field()).isNotNull();
    }
  }

  @FuzzTest
  void thePersonalDataParsersThrowOnlyTypedErrors(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      assertThat(ResidentId.parse(text).toString()).contains("*");
    } catch (MissingValueException impossible) {
      throw impossible;
    } catch (InvalidInputException expected) {
      // the value in the message is masked: nothing but '*' between the first and the last four
      String shown = expected.value();
      String middle = shown.length() <= 8 ? shown : shown.substring(4, shown.length() - 4);
      assertThat(middle).matches("\\**");
    }
    try {
      assertThat(PhoneNumber.parse(text).toString()).contains("*");
    } catch (InvalidInputException expected) {
      assertThat(expected.field()).isEqualTo("phone");
    }
  }

  @FuzzTest
  void theMatterCatalogueReaderThrowsOnlyTypedErrors(byte[] json) {
    try {
      MatterCatalogue catalogue = MatterCatalogue.fromJson(new ByteArrayInputStream(json));
      catalogue.matterTypes().forEach(m -> assertThat(catalogue.timeLimit(m)).isNotNull());
    } catch (GridGovException expected) {
      assertThat(expected.field()).isNotNull();
    }
  }

  @FuzzTest
  void theFusionReaderThrowsOnlyTypedErrors(byte[] json) {
    try {
      GridFusion fusion = GridFusion.fromJson(new ByteArrayInputStream(json), FusionFixture.TREE, FusionFixture.CATALOGUE);
      fusion.tasks().forEach(t -> assertThat(fusion.task(t.joint())).contains(t));
    } catch (GridGovException expected) {
      assertThat(expected.field()).isNotNull();
    }
  }

  /** 荷城社区 with comprehensive and police grids and a catalogue, for the fusion reader. */
  private static final class FusionFixture {
    static final GridTree TREE = GridTree.builder(GridSchemes.fromJson("""
        { "id": "f", "name": "荷城社区",
          "levels": [ { "id": "community", "name": "社区", "codeWidth": 12 }, { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
          "layers": [ { "id": "comprehensive", "name": "综治网格", "fullCoverage": true }, { "id": "police", "name": "警务网格" } ] }
        """)).add(Grid.of(GridCode.parse("450802001013"), "荷城社区", 1)).add(Grid.of(GridCode.parse("450802001013001"), "第1网格", 2))
        .add(Grid.builder().code(GridCode.parse("450802001013901")).name("警务网格1").level(2).layer("police").build()).build();
    static final MatterCatalogue CATALOGUE = MatterCatalogue.builder()
        .addDepartments(Department.of("governance-centre", "综治中心"), Department.of("chengbei-police", "城北派出所"))
        .addTimeLimitClasses(TimeLimitClass.of("ordinary", "一般件", TimeLimit.workingDays(5)))
        .addMatterTypes(MatterType.builder().code("dispute.neighbour").name("邻里纠纷").owningDepartment("governance-centre")
            .timeLimitClass("ordinary").build())
        .build();
  }
}
