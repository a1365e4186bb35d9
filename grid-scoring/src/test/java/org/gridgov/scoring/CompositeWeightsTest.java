package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CompositeWeightsTest {
  private static InvalidRulesException refused(Runnable r) {
    try {
      r.run();
    } catch (InvalidRulesException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidRulesException");
  }

  private static Figures dept(long received, long closed, long onTime, long handled, long rework, long rated, long satisfied,
      long overdue) {
    Map<Indicator, Long> c = new EnumMap<>(Indicator.class);
    c.put(Indicator.RECEIVED, received);
    c.put(Indicator.CLOSED, closed);
    c.put(Indicator.CLOSED_ON_TIME, onTime);
    c.put(Indicator.HANDLED, handled);
    c.put(Indicator.REWORK, rework);
    c.put(Indicator.RATED, rated);
    c.put(Indicator.SATISFIED, satisfied);
    c.put(Indicator.OVERDUE, overdue);
    return Figures.of(Subject.department("d"), c);
  }

  @Test
  void aDepartmentsScoreIsTheWeighedSumOfItsRatesRoundedToHundredths() {
    CompositeWeights w = CompositeWeights.standard();
    // closure 8/10, on time 6/8, rework 1/9 (worth 8/9), satisfaction 3/4, overdue 2/10 (worth 0.8)
    Score s = w.score(ScoredRole.DEPARTMENT, dept(10, 8, 6, 9, 1, 4, 3, 2));
    BigDecimal expected = new BigDecimal("30").multiply(new BigDecimal("0.75"))
        .add(new BigDecimal("20").multiply(new BigDecimal("0.8")))
        .add(new BigDecimal("15").multiply(BigDecimal.valueOf(8).divide(BigDecimal.valueOf(9), MathContext.DECIMAL128)))
        .add(new BigDecimal("20").multiply(new BigDecimal("0.75")))
        .add(new BigDecimal("15").multiply(new BigDecimal("0.8"))).setScale(2, RoundingMode.HALF_UP);
    assertThat(s.value()).contains(expected);
    assertThat(s.value().get().toPlainString()).isEqualTo("78.83");
    assertThat(s.components()).extracting(Score.Component::component).containsExactly(ScoreComponent.ON_TIME_CLOSURE,
        ScoreComponent.CLOSURE, ScoreComponent.REWORK, ScoreComponent.SATISFACTION, ScoreComponent.OVERDUE);
  }

  @Test
  void undefinedRatesAreLeftOutAndTheOtherWeightsScaledUpAndNothingDefinedMeansUnscored() {
    CompositeWeights w = CompositeWeights.standard();
    // received 4, closed 0: closure 0, overdue 0/4 (worth 1); on time, rework, satisfaction undefined
    Score s = w.score(ScoredRole.DEPARTMENT, dept(4, 0, 0, 0, 0, 0, 0, 0));
    assertThat(s.value()).contains(new BigDecimal("42.86"));
    assertThat(w.score(ScoredRole.DEPARTMENT, dept(0, 0, 0, 0, 0, 0, 0, 0)).value()).isEmpty();
  }

  @Test
  void aScoreExactlyHalfwayBetweenHundredthsRoundsUp() {
    CompositeWeights w = CompositeWeights.builder("halves").weight(ScoredRole.DEPARTMENT, ScoreComponent.CLOSURE, 50)
        .weight(ScoredRole.DEPARTMENT, ScoreComponent.SATISFACTION, 50).build();
    // closure 1/16 = 6.25 %, satisfaction 0/1: 50 × 0.0625 = 3.125, half-up 3.13
    assertThat(w.score(ScoredRole.DEPARTMENT, dept(16, 1, 0, 0, 0, 1, 0, 0)).value()).contains(new BigDecimal("3.13"));
    // closure 3/16: 9.375 → 9.38
    assertThat(w.score(ScoredRole.DEPARTMENT, dept(16, 3, 0, 0, 0, 1, 0, 0)).value()).contains(new BigDecimal("9.38"));
  }

  @Test
  void aRateAboveOneCountsAsOne() {
    Score s = CompositeWeights.standard().score(ScoredRole.DEPARTMENT, dept(2, 5, 5, 5, 0, 5, 5, 0));
    assertThat(s.value()).contains(new BigDecimal("100.00"));
  }

  @Test
  void weightsNotAddingUpToOneHundredPerCentAreRefusedNamingTheRoleAndTheSum() {
    InvalidRulesException e = refused(() -> CompositeWeights.fromJson("""
        { "id": "x", "roles": { "DEPARTMENT": { "CLOSURE": 50, "ON_TIME_CLOSURE": 45 } } }
        """));
    assertThat(e.field()).isEqualTo("$.roles.DEPARTMENT");
    assertThat(e.value()).isEqualTo("95");
    assertThat(e.rule()).contains("100 %");
    assertThat(refused(() -> CompositeWeights.builder("x").weight(ScoredRole.DISPATCHER, ScoreComponent.ON_TIME_DISPATCH, 100.5)
        .build()).field()).isEqualTo("roles.DISPATCHER.ON_TIME_DISPATCH");
    CompositeWeights ok = CompositeWeights.builder("x").weight(ScoredRole.DISPATCHER, ScoreComponent.ON_TIME_DISPATCH, 33.3333)
        .weight(ScoredRole.DISPATCHER, ScoreComponent.ACCURATE_DISPATCH, 33.3333)
        .weight(ScoredRole.DISPATCHER, ScoreComponent.ON_TIME_VERIFICATION, 33.3334).build();
    assertThat(ok.weights(ScoredRole.DISPATCHER)).hasSize(3);
  }

  @Test
  void pointsAndVisitsAreWeighedOnlyForGridWorkersAndNeedATarget() {
    assertThat(refused(() -> CompositeWeights.builder("x").weight(ScoredRole.DEPARTMENT, ScoreComponent.POINTS, 100).build()).field())
        .isEqualTo("roles.DEPARTMENT.POINTS");
    assertThat(refused(() -> CompositeWeights.builder("x").weight(ScoredRole.GRID_WORKER, ScoreComponent.POINTS, 100).build()).field())
        .isEqualTo("pointsTarget");
    assertThat(refused(() -> CompositeWeights.builder("x").pointsTarget(0).build()).field()).isEqualTo("pointsTarget");
    assertThat(refused(() -> CompositeWeights.builder("x").weight(ScoredRole.GRID_LEADER, ScoreComponent.CLOSURE, -10)
        .weight(ScoredRole.GRID_LEADER, ScoreComponent.SATISFACTION, 110).build()).value()).isEqualTo("-10");
    assertThat(refused(() -> CompositeWeights.builder("x").weight(ScoredRole.GRID_LEADER, ScoreComponent.CLOSURE, new BigDecimal("99.99999"))
        .weight(ScoredRole.GRID_LEADER, ScoreComponent.SATISFACTION, new BigDecimal("0.00001")).build()).rule()).contains("four decimals");
    assertThat(refused(() -> CompositeWeights.fromJson("{\"id\":\"x\",\"roles\":{\"MAYOR\":{}}}")).field()).isEqualTo("$.roles.MAYOR");
  }

  @Test
  void aWorkersScoreWeighsPointsAgainstTheTargetAndVisitCompliance() {
    CompositeWeights w = CompositeWeights.standard();
    Figures grid = dept(10, 10, 10, 10, 0, 10, 10, 0).as(Subject.worker("w1"));
    Score full = w.scoreWorker(Subject.worker("w1"), grid, 150, Optional.of(new Ratio(30, 30)));
    assertThat(full.value()).contains(new BigDecimal("100.00"));
    Score half = w.scoreWorker(Subject.worker("w1"), grid, 50, Optional.of(new Ratio(15, 30)));
    assertThat(half.value()).contains(new BigDecimal("65.00"));
    Score negative = w.scoreWorker(Subject.worker("w1"), grid, -20, Optional.empty());
    assertThat(negative.value()).contains(new BigDecimal("42.86"));
    assertThatThrownBy(() -> w.score(ScoredRole.GRID_WORKER, grid)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> w.score(ScoredRole.DISPATCHER, grid)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void weightsSurviveTheirJson() {
    CompositeWeights w = CompositeWeights.standard();
    assertThat(CompositeWeights.fromJson(w.toJson())).isEqualTo(w);
  }

  private static Gen<Figures> figures() {
    return in -> {
      Map<Indicator, Long> c = new EnumMap<>(Indicator.class);
      for (Indicator i : Indicator.values()) {
        c.put(i, (long) range(0, 20).generate(in));
      }
      return Figures.of(Subject.department("d"), c);
    };
  }

  @Test
  void everyScoreLiesBetweenZeroAndOneHundredAndIsTheExactWeighedMeanRounded() {
    qt().withExamples(500).forAll(figures()).checkAssert(f -> {
      CompositeWeights w = CompositeWeights.standard();
      Score s = w.score(ScoredRole.DEPARTMENT, f);
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      for (Map.Entry<ScoreComponent, BigDecimal> e : w.weights(ScoredRole.DEPARTMENT).entrySet()) {
        Rate r = e.getKey().rate().orElseThrow();
        long d = r.denominator(f);
        if (d == 0) {
          continue;
        }
        BigDecimal v = BigDecimal.valueOf(Math.min(r.numerator(f), d)).divide(BigDecimal.valueOf(d), new MathContext(60));
        num = num.add(e.getValue().multiply(r.higherIsBetter() ? v : BigDecimal.ONE.subtract(v)));
        den = den.add(e.getValue());
      }
      if (den.signum() == 0) {
        assertThat(s.value()).isEmpty();
      } else {
        BigDecimal expected = num.multiply(BigDecimal.valueOf(100)).divide(den, new MathContext(60)).setScale(2, RoundingMode.HALF_UP);
        assertThat(s.value()).contains(expected);
        assertThat(s.value().get()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
      }
    });
  }

  @Test
  void aHugeOrTinyWeightIsRefusedWithoutWritingItOutInFull() {
    String huge = "{\"id\":\"x\",\"roles\":{\"DISPATCHER\":{\"ON_TIME_DISPATCH\":1e999999999}}}";
    assertThatThrownBy(() -> CompositeWeights.fromJson(huge)).isInstanceOf(InvalidRulesException.class)
        .satisfies(e -> assertThat(((InvalidRulesException) e).field()).isEqualTo("$.roles.DISPATCHER.ON_TIME_DISPATCH"))
        .satisfies(e -> assertThat(((InvalidRulesException) e).value()).isEqualTo("1E+999999999"));
    String tiny = "{\"id\":\"x\",\"roles\":{\"DISPATCHER\":{\"ON_TIME_DISPATCH\":1e-999999999}}}";
    assertThatThrownBy(() -> CompositeWeights.fromJson(tiny)).isInstanceOf(InvalidRulesException.class)
        .satisfies(e -> assertThat(((InvalidRulesException) e).value()).isEqualTo("1E-999999999"))
        .hasMessageContaining("at most four decimals");
  }
}
