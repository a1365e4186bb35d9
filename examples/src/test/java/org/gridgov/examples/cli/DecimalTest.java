package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gridgov.geo.testing.GeoGenerators;
import org.junit.jupiter.api.Test;

/** {@link Decimal} reads every number exactly as {@link Double#parseDouble} does, and refuses what it refuses. */
class DecimalTest {
  private static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return Decimal.parse(b, 0, b.length);
  }

  @Test
  void everyDoubleWrittenAnyWayReadsBackAsParseDoubleReadsIt() {
    qt().withExamples(20_000).forAll(GeoGenerators.garbageDoubles(), integers().between(0, 24), integers().between(0, 2))
        .checkAssert((v, decimals, form) -> {
          String s = form == 0 ? Double.toString(v) : form == 1 ? String.format(Locale.ROOT, "%." + decimals + "f", v)
              : String.format(Locale.ROOT, "%." + decimals + "e", v);
          assertThat(Double.doubleToRawLongBits(parse(s))).as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        });
  }

  @Test
  void anyStringOfDigitsSignsPointsAndLettersIsReadAsParseDoubleReadsItOrRefused() {
    qt().withExamples(20_000).forAll(strings().betweenCodePoints('+', 'f').ofLengthBetween(0, 20)).checkAssert(s -> {
      Double expected;
      try {
        expected = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        expected = null;
      }
      if (expected == null) {
        assertThatThrownBy(() -> parse(s)).as(s).isInstanceOf(NumberFormatException.class);
      } else {
        assertThat(Double.doubleToRawLongBits(parse(s))).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
      }
    });
  }

  @Test
  void coordinatesTakeTheFastPathAndStayExact() {
    assertThat(parse("102.8512345")).isEqualTo(102.8512345);
    assertThat(parse("-0.0")).isEqualTo(-0.0);
    assertThat(parse("24.000000000000000000001")).isEqualTo(24.000000000000000000001);
    assertThat(parse("0.1")).isEqualTo(0.1);
  }
}
