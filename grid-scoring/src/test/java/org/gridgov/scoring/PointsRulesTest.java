package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.MatterCatalogue;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class PointsRulesTest {
  private final MatterCatalogue catalogue = new WorkflowWorld().catalogue;

  private static InvalidRulesException refused(Runnable r) {
    try {
      r.run();
    } catch (InvalidRulesException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidRulesException");
  }

  @Test
  void theStandardRulesGiveTheReporterOfAVerifiedReportSevenPointsAsInTheArticles() {
    PointsRules rules = PointsRules.standard(catalogue);
    assertThat(rules.points(WorkflowWorld.BIKE_PARKING, PointsOutcome.VERIFIED_REPORT)).hasValue(7);
    assertThat(rules.points("anything", PointsOutcome.REWORK)).hasValue(-2);
    assertThat(rules.dailyCap()).hasValue(30);
    assertThat(rules.monthlyCap()).hasValue(300);
  }

  @Test
  void aRuleForTheMatterTypeTakesPrecedenceOverTheRuleForAny() {
    PointsRules rules = PointsRules.builder().id("t").addRules(PointsRule.forAny(PointsOutcome.VERIFIED_REPORT, 7),
        PointsRule.of(WorkflowWorld.GARBAGE, PointsOutcome.VERIFIED_REPORT, 3)).build().checkedAgainst(catalogue);
    assertThat(rules.points(WorkflowWorld.GARBAGE, PointsOutcome.VERIFIED_REPORT)).hasValue(3);
    assertThat(rules.points(WorkflowWorld.ROAD_DAMAGE, PointsOutcome.VERIFIED_REPORT)).hasValue(7);
    assertThat(rules.points(WorkflowWorld.ROAD_DAMAGE, PointsOutcome.OVERDUE)).isEmpty();
  }

  @Test
  void rulesSurviveTheirJson() {
    PointsRules rules = PointsRules.standard(catalogue);
    assertThat(PointsRules.fromJson(rules.toJson(), catalogue)).isEqualTo(rules);
  }

  @Test
  void aRuleReferringToAnUnknownMatterTypeIsRefusedNamingTheRuleAndTheValue() {
    InvalidRulesException e = refused(() -> PointsRules.fromJson("""
        { "id": "x", "rules": [
          { "matterType": "*", "outcome": "VERIFIED_REPORT", "points": 7 },
          { "matterType": "city.flying-saucer", "outcome": "VERIFIED_REPORT", "points": 9 } ] }
        """, catalogue));
    assertThat(e.field()).isEqualTo("$.rules[1].matterType");
    assertThat(e.value()).isEqualTo("city.flying-saucer");
    assertThat(e.rule()).contains("matter type of the catalogue");
  }

  @Test
  void aPenaltyWithPositivePointsOrAnAwardWithNegativeOnesIsRefused() {
    InvalidRulesException e = refused(() -> PointsRules.builder().id("x").addRules(PointsRule.forAny(PointsOutcome.REWORK, 2)).build());
    assertThat(e.field()).isEqualTo("rules[0].points");
    assertThat(e.value()).isEqualTo("2");
    assertThat(e.rule()).contains("penalty");
    InvalidRulesException f = refused(() -> PointsRules.builder().id("x").addRules(PointsRule.forAny(PointsOutcome.VERIFIED_REPORT, -7)).build());
    assertThat(f.rule()).contains("award");
  }

  @Test
  void negativeCapsAndAMonthlyCapBelowTheDailyCapAreRefused() {
    assertThat(refused(() -> PointsRules.builder().id("x").dailyCap(-1).build()).field()).isEqualTo("caps.daily");
    assertThat(refused(() -> PointsRules.fromJson("{\"id\":\"x\",\"rules\":[],\"caps\":{\"monthly\":-5}}", catalogue)).field())
        .isEqualTo("$.caps.monthly");
    InvalidRulesException e = refused(() -> PointsRules.builder().id("x").dailyCap(40).monthlyCap(30).build());
    assertThat(e.field()).isEqualTo("caps.monthly");
    assertThat(e.value()).isEqualTo("30");
  }

  @Test
  void twoRulesForOneMatterTypeAndOutcomeAreRefused() {
    InvalidRulesException e = refused(() -> PointsRules.builder().id("x").addRules(PointsRule.forAny(PointsOutcome.OVERDUE, -1),
        PointsRule.forAny(PointsOutcome.OVERDUE, -2)).build());
    assertThat(e.field()).isEqualTo("rules[1]");
    assertThat(e.rule()).contains("rules[0]");
  }

  @Test
  void aVisitBonusForAMatterTypeIsRefused() {
    assertThat(refused(() -> PointsRules.builder().id("x").addRules(PointsRule.of(WorkflowWorld.GARBAGE,
        PointsOutcome.SPECIAL_GROUP_VISIT, 1)).build()).field()).isEqualTo("rules[0].matterType");
  }

  @Test
  void unknownPropertiesWrongTypesAndMalformedJsonAreRefusedNamingThePath() {
    assertThat(refused(() -> PointsRules.fromJson("{\"id\":\"x\",\"rules\":[],\"bonus\":1}", catalogue)).field()).isEqualTo("$.bonus");
    InvalidRulesException e = refused(() -> PointsRules.fromJson(
        "{\"id\":\"x\",\"rules\":[{\"matterType\":\"*\",\"outcome\":\"VERIFIED_REPORT\",\"points\":\"7\"}]}", catalogue));
    assertThat(e.field()).isEqualTo("$.rules[0].points");
    assertThat(e.rule()).contains("whole number");
    InvalidRulesException o = refused(() -> PointsRules.fromJson(
        "{\"id\":\"x\",\"rules\":[{\"matterType\":\"*\",\"outcome\":\"GOOD_DEED\",\"points\":1}]}", catalogue));
    assertThat(o.field()).isEqualTo("$.rules[0].outcome");
    assertThat(o.value()).isEqualTo("GOOD_DEED");
    assertThat(refused(() -> PointsRules.fromJson("{\"id\":", catalogue)).rule()).contains("malformed");
    assertThat(refused(() -> PointsRules.fromJson("{\"rules\":[]}", catalogue)).field()).isEqualTo("$.id");
  }

  @Test
  void theSmallestIntIsNotWithinAThousandPoints() {
    assertThatThrownBy(() -> PointsRules.builder().id("x").addRules(PointsRule.forAny(PointsOutcome.OVERDUE, Integer.MIN_VALUE))
        .build()).isInstanceOf(InvalidRulesException.class)
        .satisfies(e -> assertThat(((InvalidRulesException) e).field()).isEqualTo("rules[0].points"))
        .satisfies(e -> assertThat(((InvalidRulesException) e).value()).isEqualTo("-2147483648"));
  }
}
