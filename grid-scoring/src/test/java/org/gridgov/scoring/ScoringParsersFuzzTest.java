package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.GridGovException;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.workflow.testing.WorkflowWorld;

/**
 * Coverage-guided fuzzing of the scoring rule readers (Jazzer). In the normal suite each method
 * runs its committed inputs under {@code ScoringParsersFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for real. The contract: whatever the bytes, only
 * {@link GridGovException} subtypes come out, and what parses survives its own JSON.
 */
class ScoringParsersFuzzTest {
  private static final MatterCatalogue CATALOGUE = new WorkflowWorld().catalogue;

  @FuzzTest(maxDuration = "60s")
  void thePointsRulesReaderThrowsOnlyTypedErrors(byte[] json) {
    PointsRules rules;
    try {
      rules = PointsRules.fromJson(new String(json, StandardCharsets.UTF_8), CATALOGUE);
    } catch (GridGovException expected) {
      assertThat(expected.field()).startsWith("$");
      return;
    }
    assertThat(PointsRules.fromJson(rules.toJson(), CATALOGUE)).isEqualTo(rules);
  }

  @FuzzTest(maxDuration = "60s")
  void theWeightsReaderThrowsOnlyTypedErrors(byte[] json) {
    CompositeWeights weights;
    try {
      weights = CompositeWeights.fromJson(new String(json, StandardCharsets.UTF_8));
    } catch (GridGovException expected) {
      assertThat(expected.field()).startsWith("$");
      return;
    }
    assertThat(CompositeWeights.fromJson(weights.toJson())).isEqualTo(weights);
  }

  @FuzzTest(maxDuration = "60s")
  void theAccountabilityRulesReaderThrowsOnlyTypedErrors(byte[] json) {
    try {
      AccountabilityRules rules = AccountabilityRules.fromJson(new String(json, StandardCharsets.UTF_8));
      assertThat(rules.reworksToHold()).isGreaterThanOrEqualTo(rules.reworksToUrge());
    } catch (GridGovException expected) {
      assertThat(expected.field()).startsWith("$");
    }
  }
}
