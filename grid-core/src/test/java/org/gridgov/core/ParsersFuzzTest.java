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
}
