package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CodeIndexTest {
  private static Gen<String> codes() {
    return range(1, 30).zip(range(0, Integer.MAX_VALUE), (length, seed) -> {
      StringBuilder b = new StringBuilder();
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      for (int i = 0; i < length; i++) {
        b.append((char) ('0' + (r.nextInt(10) < 3 ? 0 : r.nextInt(10))));
      }
      return b.toString();
    });
  }

  @Test
  void leadingZerosAndLengthsKeepCodesApart() {
    CodeIndex index = new CodeIndex(4);
    assertThat(index.putIfAbsent("1", 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent("01", 1)).isEqualTo(-1);
    assertThat(index.putIfAbsent("001", 2)).isEqualTo(-1);
    assertThat(index.putIfAbsent("0000000000000000000001", 3)).isEqualTo(-1);
    assertThat(index.putIfAbsent("01", 9)).isEqualTo(1);
    assertThat(index.get("1")).isZero();
    assertThat(index.get("001")).isEqualTo(2);
    assertThat(index.getPrefix("0012", 3)).isEqualTo(2);
    assertThat(index.get("0000000000000000000001")).isEqualTo(3);
    assertThat(index.get("0001")).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void behavesLikeAHashMapForShortAndLongCodes() {
    qt().withExamples(300).forAll(lists().of(codes()).ofSizeBetween(0, 300)).checkAssert(list -> {
      CodeIndex index = new CodeIndex(list.size());
      Map<String, Integer> reference = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Integer earlier = reference.putIfAbsent(list.get(i), i);
        assertThat(index.putIfAbsent(list.get(i), i)).isEqualTo(earlier == null ? -1 : earlier);
      }
      for (String code : list) {
        assertThat(index.get(code)).isEqualTo(reference.get(code));
        for (int k = 1; k < code.length(); k++) {
          assertThat(index.getPrefix(code, k)).isEqualTo(reference.getOrDefault(code.substring(0, k), -1));
        }
      }
      assertThat(index.size()).isEqualTo(reference.size());
      int[] doubled = new int[list.size()];
      for (int i = 0; i < doubled.length; i++) {
        doubled[i] = 2 * i;
      }
      index.remap(doubled);
      reference.forEach((code, value) -> assertThat(index.get(code)).isEqualTo(2 * value));
      assertThat(List.copyOf(reference.keySet())).allMatch(c -> index.get(c + "x") == -1);
    });
  }

  @Test
  void keysKnowTheirLengthAndTheirPrefixes() {
    // every length at its extremes: all zeros and all nines
    for (int length = 1; length <= 18; length++) {
      for (char c : new char[] {'0', '9'}) {
        assertThat(CodeIndex.keyLength(CodeIndex.pack(String.valueOf(c).repeat(length), length))).isEqualTo(length);
      }
    }
    qt().withExamples(2000).forAll(codes(), range(1, 18)).checkAssert((code, cut) -> {
      long key = CodeIndex.pack(code, code.length());
      if (code.length() > 18) {
        assertThat(key).isEqualTo(-1);
        return;
      }
      assertThat(CodeIndex.keyLength(key)).isEqualTo(code.length());
      if (cut < code.length()) {
        assertThat(CodeIndex.dropDigits(key, cut)).isEqualTo(CodeIndex.pack(code, code.length() - cut));
      }
    });
  }
}
