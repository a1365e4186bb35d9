package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RankingTest {
  private static Score score(String dept, String value) {
    return new Score(Subject.department(dept), ScoredRole.DEPARTMENT, List.of(),
        value == null ? Optional.empty() : Optional.of(new BigDecimal(value)));
  }

  @Test
  void equalScoresShareARankAndTheNextRankCountsThemAll() {
    Ranking r = Ranking.of(ScoredRole.DEPARTMENT, List.of(score("c", "80.00"), score("a", "91.50"), score("d", "80.00"),
        score("e", null), score("b", "75.25")));
    assertThat(r.entries()).extracting(x -> x.subject().id()).containsExactly("a", "c", "d", "b", "e");
    assertThat(r.entries()).extracting(x -> x.rank().isPresent() ? x.rank().getAsInt() : 0).containsExactly(1, 2, 2, 4, 0);
    assertThat(r.top(2)).extracting(x -> x.subject().id()).containsExactly("a", "c", "d");
    assertThat(r.bottom(2)).extracting(x -> x.subject().id()).containsExactly("c", "d", "b");
    assertThat(r.bottom(1)).extracting(x -> x.subject().id()).containsExactly("b");
    assertThat(r.top(0)).isEmpty();
  }

  @Test
  void movementComparesWithLastMonthsRank() {
    Ranking last = Ranking.of(ScoredRole.DEPARTMENT, List.of(score("a", "70"), score("b", "90"), score("c", "80")));
    Ranking now = Ranking.of(ScoredRole.DEPARTMENT, List.of(score("a", "95"), score("b", "90"), score("d", "60"), score("c", null)))
        .withPrevious(last);
    assertThat(now.find(Subject.department("a")).orElseThrow().movementText()).isEqualTo("↑2");
    assertThat(now.find(Subject.department("b")).orElseThrow().movementText()).isEqualTo("↓1");
    assertThat(now.find(Subject.department("d")).orElseThrow().movementText()).isEqualTo("新");
    assertThat(now.find(Subject.department("c")).orElseThrow().movementText()).isEqualTo("-");
    assertThat(now.find(Subject.department("a")).orElseThrow().movement()).hasValue(2);
  }

  @Test
  void aSubjectTwiceOrScoresOfDifferentRolesAreRefused() {
    assertThatThrownBy(() -> Ranking.of(ScoredRole.DEPARTMENT, List.of(score("a", "1"), score("a", "2"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("scores[1].subject");
    Score worker = new Score(Subject.worker("w"), ScoredRole.GRID_WORKER, List.of(), Optional.empty());
    assertThatThrownBy(() -> Ranking.of(ScoredRole.DEPARTMENT, List.of(worker))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scores[0].role");
  }

  private static Gen<List<Score>> scores() {
    return in -> {
      int n = range(0, 30).generate(in);
      List<Score> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int v = range(-1, 12).generate(in);
        out.add(score("d" + i, v < 0 ? null : BigDecimal.valueOf(v * 250L, 2).toPlainString()));
      }
      return out;
    };
  }

  @Test
  void aRankingIsATotalOrderWhereEqualScoresAndOnlyThoseTie() {
    qt().withExamples(500).forAll(scores(), range(0, 10)).checkAssert((scores, n) -> {
      Ranking r = Ranking.of(ScoredRole.DEPARTMENT, scores);
      List<Ranked> e = r.entries();
      assertThat(e).hasSize(scores.size());
      boolean unranked = false;
      for (int i = 0; i < e.size(); i++) {
        Ranked x = e.get(i);
        if (x.rank().isEmpty()) {
          unranked = true;
          assertThat(x.score().value()).isEmpty();
          continue;
        }
        assertThat(unranked).as("ranked lines come first").isFalse();
        long higher = scores.stream().filter(s -> s.value().isPresent() && s.value().get().compareTo(x.score().value().get()) > 0).count();
        assertThat(x.rank().getAsInt()).isEqualTo(1 + higher);
        if (i > 0 && e.get(i - 1).rank().isPresent()) {
          Ranked p = e.get(i - 1);
          int c = p.score().value().get().compareTo(x.score().value().get());
          assertThat(c).isGreaterThanOrEqualTo(0);
          assertThat(p.rank().getAsInt() == x.rank().getAsInt()).isEqualTo(c == 0);
          if (c == 0) {
            assertThat(p.subject()).isLessThan(x.subject());
          }
        }
      }
      List<Ranked> ranked = r.ranked();
      List<Ranked> top = r.top(n);
      assertThat(top.size()).isGreaterThanOrEqualTo(Math.min(n, ranked.size()));
      for (Ranked x : ranked) {
        boolean tiedWithTaken = !top.isEmpty() && x.score().value().get().compareTo(top.get(top.size() - 1).score().value().get()) >= 0;
        assertThat(top.contains(x)).isEqualTo(tiedWithTaken);
      }
      List<Ranked> bottom = r.bottom(n);
      for (Ranked x : ranked) {
        boolean tiedWithTaken = !bottom.isEmpty() && x.score().value().get().compareTo(bottom.get(0).score().value().get()) <= 0;
        assertThat(bottom.contains(x)).isEqualTo(tiedWithTaken);
      }
      List<Score> reversed = new ArrayList<>(scores);
      java.util.Collections.reverse(reversed);
      assertThat(Ranking.of(ScoredRole.DEPARTMENT, reversed).entries()).as("the input order does not matter").isEqualTo(e);
    });
  }

  @Test
  void aScoreWithMoreThanTwoDecimalsOrOutsideZeroToAHundredIsRefusedWhenMade() {
    for (String bad : new String[] {"87.505", "100.01", "-0.01", "1E+3", "1E-9"}) {
      assertThatThrownBy(() -> score("d", bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("value"))
          .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo(bad));
    }
    assertThat(score("d", "87.5").hundredths()).contains(8750L);
    assertThat(score("d", "100.00").hundredths()).contains(10000L);
    assertThat(score("d", "0").hundredths()).contains(0L);
  }

  @Test
  void aPreviousRankingOfAnotherRoleIsRefused() {
    Ranking now = Ranking.of(ScoredRole.DEPARTMENT, List.of(score("a", "90")));
    Ranking workers = Ranking.of(ScoredRole.GRID_WORKER, List.of(new Score(Subject.worker("a"), ScoredRole.GRID_WORKER, List.of(),
        Optional.of(new BigDecimal("80")))));
    assertThatThrownBy(() -> now.withPrevious(workers)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("previous.role"))
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("GRID_WORKER"))
        .hasMessageContaining("DEPARTMENT");
  }
}
