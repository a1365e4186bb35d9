package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class RatioTest {
  @Test
  void aRatioPrintsItsCountsAndItsPercentage() {
    Ratio r = new Ratio(2, 3);
    assertThat(r.percent(2)).isEqualTo(new BigDecimal("66.67"));
    assertThat(r).hasToString("2/3 (66.67%)");
    assertThat(new Ratio(7, 4).value()).isEqualTo(1.75);
    assertThatThrownBy(() -> new Ratio(1, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ratio.denominator");
    assertThatThrownBy(() -> new Ratio(-1, 2)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void comparisonIsExactEvenWhereTheProductsOverflowALong() {
    qt().withExamples(2000).forAll(longRange(0, Long.MAX_VALUE), longRange(1, Long.MAX_VALUE), longRange(0, Long.MAX_VALUE),
        longRange(1, Long.MAX_VALUE)).checkAssert((a, b, c, d) -> {
          int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
          assertThat(Integer.signum(new Ratio(a, b).compareTo(new Ratio(c, d)))).isEqualTo(expected);
        });
    assertThat(new Ratio(1, 3).compareTo(new Ratio(2, 6))).isZero();
  }
}
