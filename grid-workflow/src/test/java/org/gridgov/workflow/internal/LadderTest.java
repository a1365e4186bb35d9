package org.gridgov.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The board's ladder against a {@link TreeSet}: the same keys, the same counts and runs, through splits and merges. */
class LadderTest {
  @Test
  void aLadderHoldsTheSameKeysAsASortedSetThroughRandomAddsAndRemoves() {
    // up to 20,000 operations: hundreds of blocks, so the chunk sums span several chunks; narrow key ranges make
    // runs of neighbours that split, empty and merge blocks
    qt().withExamples(25).forAll(longs().all(), integers().between(1, 20_000), integers().between(1, 1 << 20))
        .checkAssert((seed, operations, range) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Ladder ladder = new Ladder();
          TreeSet<Long> reference = new TreeSet<>();
          for (int i = 0; i < operations; i++) {
            long key = random.nextInt(range);
            boolean add = random.nextInt(5) < 3 || reference.isEmpty();
            if (!add && random.nextBoolean()) {
              key = reference.ceiling(key) == null ? reference.first() : reference.ceiling(key);
            }
            assertThat(add ? ladder.add(key) : ladder.remove(key)).isEqualTo(add ? reference.add(key) : reference.remove(key));
          }
          assertThat(ladder.size()).isEqualTo(reference.size());
          long[] all = new long[reference.size() + 1];
          assertThat(ladder.copy(Long.MIN_VALUE, Long.MAX_VALUE, all, 0, all.length)).isEqualTo(reference.size());
          int i = 0;
          for (long k : reference) {
            assertThat(all[i++]).isEqualTo(k);
          }
          for (int q = 0; q < 50; q++) {
            long bound = random.nextInt(range + 2) - 1;
            assertThat(ladder.countBelow(bound)).as("below %d", bound).isEqualTo(reference.headSet(bound).size());
            long from = random.nextInt(range + 1);
            int max = random.nextInt(300);
            long[] run = new long[max];
            int n = ladder.copy(from, bound, run, 0, max);
            assertThat(n).isEqualTo(Math.min(max, from >= bound ? 0 : reference.subSet(from, bound).size()));
            Long expected = reference.ceiling(from);
            for (int j = 0; j < n; j++) {
              assertThat(run[j]).isEqualTo(expected);
              expected = reference.higher(expected);
            }
          }
        });
  }
}
