package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.util.EnumMap;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FiguresTest {
  private static Gen<Figures> figures() {
    return in -> {
      Map<Indicator, Long> c = new EnumMap<>(Indicator.class);
      for (Indicator i : Indicator.values()) {
        c.put(i, (long) range(0, 50).generate(in));
      }
      return Figures.of(Subject.department("d"), c);
    };
  }

  @Test
  void figuresAddUpAsACommutativeMonoidAndRatesFollowTheirFormulas() {
    qt().withExamples(300).forAll(figures(), figures(), figures()).checkAssert((a, b, c) -> {
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(b).sameCounts(b.plus(a))).isTrue();
      assertThat(a.plus(Figures.zero(a.subject()))).isEqualTo(a);
      long rated = a.count(Indicator.RATED);
      assertThat(a.rate(Rate.SATISFACTION).isPresent()).isEqualTo(rated > 0);
      a.rate(Rate.SATISFACTION).ifPresent(r -> assertThat(r).isEqualTo(new Ratio(a.count(Indicator.SATISFIED)
          + a.count(Indicator.BASICALLY_SATISFIED), rated)));
      a.rate(Rate.ACCURATE_DISPATCH).ifPresent(r -> assertThat(r.denominator()).isEqualTo(a.count(Indicator.ACCURATELY_DISPATCHED)
          + a.count(Indicator.RETURNED)));
    });
  }

  @Test
  void aNegativeCountIsRefusedAndZeroFiguresAreZero() {
    assertThatThrownBy(() -> Figures.of(Subject.grid(org.gridgov.core.GridCode.parse("370811")), Map.of(Indicator.CLOSED, -1L)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("counts.CLOSED");
    Figures z = Figures.zero(Subject.dispatcher("centre-1"));
    assertThat(z.isZero()).isTrue();
    assertThat(z.rate(Rate.CLOSURE)).isEmpty();
    assertThat(z.counts()).hasSize(Indicator.count()).containsValue(0L);
  }
}
