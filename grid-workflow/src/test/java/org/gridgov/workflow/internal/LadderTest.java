package org.gridgov.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The board's ladder against a {@link TreeSet}: the same keys, the same counts and runs, through splits
 * and merges, through blocks emptied and their places taken again, and through batches of changes
 * moved key by key or rebuilt in one merge.
 */
class LadderTest {
  /** The width of the key range the places property adds densely into: a few blocks' worth of keys. */
  private static final int CAP_SPREAD = 1_000;

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
          assertSameKeys(ladder, reference);
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

  @Test
  void aBatchOfRemovalsThenAdditionsLeavesTheSameKeysAsASortedSet() {
    // batches from one key (moved one by one) to several times the ladder (rebuilt in one merge); additions
    // that are already there, and removals of keys added back in the same batch
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 5_000), integers().between(1, 6_000))
        .checkAssert((seed, start, batch) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int range = 1 + random.nextInt(20_000);
          Ladder ladder = new Ladder();
          TreeSet<Long> reference = new TreeSet<>();
          for (int i = 0; i < start; i++) {
            long key = random.nextInt(range);
            ladder.add(key);
            reference.add(key);
          }
          for (int round = 0; round < 3; round++) {
            TreeSet<Long> out = new TreeSet<>();
            TreeSet<Long> in = new TreeSet<>();
            int changes = 1 + random.nextInt(batch);
            for (int i = 0; i < changes; i++) {
              if (random.nextBoolean() && !reference.isEmpty()) {
                Long k = reference.ceiling((long) random.nextInt(range));
                out.add(k == null ? reference.first() : k);
              } else {
                in.add((long) random.nextInt(range));
              }
            }
            if (random.nextInt(4) == 0 && !out.isEmpty()) {
              in.add(out.first());                      // removed and added back
            }
            long[] o = out.stream().mapToLong(Long::longValue).toArray();
            long[] a = in.stream().mapToLong(Long::longValue).toArray();
            ladder.update(o, 0, o.length, a, 0, a.length, new long[ladder.size() + a.length]);
            reference.removeAll(out);
            reference.addAll(in);
            assertSameKeys(ladder, reference);
            for (int q = 0; q < 20; q++) {
              long bound = random.nextInt(range + 2) - 1;
              assertThat(ladder.countBelow(bound)).as("below %d", bound).isEqualTo(reference.headSet(bound).size());
            }
            // the ladder still takes single keys after a rebuild
            long k = random.nextInt(range);
            assertThat(ladder.add(k)).isEqualTo(reference.add(k));
            long r = reference.isEmpty() ? k : reference.last();
            assertThat(ladder.remove(r)).isEqualTo(reference.remove(r));
          }
        });
  }

  @Test
  void placesLeftByEmptiedBlocksAreTakenBySplitsWithoutLosingKeys() {
    // whole runs of blocks emptied (their places freed), then dense adds elsewhere that split blocks into
    // those places, several times over: the keys, counts and runs still match the sorted set
    qt().withExamples(40).forAll(longs().all(), integers().between(500, 8_000)).checkAssert((seed, start) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int range = 200_000;
      Ladder ladder = new Ladder();
      TreeSet<Long> reference = new TreeSet<>();
      for (int i = 0; i < start; i++) {
        long key = random.nextInt(range);
        assertThat(ladder.add(key)).isEqualTo(reference.add(key));
      }
      for (int phase = 0; phase < 6; phase++) {
        long lo = random.nextInt(range);
        long hi = lo + random.nextInt(range / 4);
        for (Long k : new ArrayList<>(reference.subSet(lo, hi))) {
          assertThat(ladder.remove(k)).isTrue();
          reference.remove(k);
        }
        long from = random.nextInt(range);
        int adds = random.nextInt(3 * start);
        for (int i = 0; i < adds; i++) {
          long key = from + random.nextInt(4 * CAP_SPREAD);
          assertThat(ladder.add(key)).isEqualTo(reference.add(key));
        }
        assertSameKeys(ladder, reference);
        long bound = random.nextInt(range + 5 * CAP_SPREAD);
        assertThat(ladder.countBelow(bound)).isEqualTo(reference.headSet(bound).size());
      }
    });
  }

  /** The ladder holds exactly the reference's keys, in order. */
  private static void assertSameKeys(Ladder ladder, TreeSet<Long> reference) {
    assertThat(ladder.size()).isEqualTo(reference.size());
    long[] all = new long[reference.size() + 1];
    assertThat(ladder.copy(Long.MIN_VALUE, Long.MAX_VALUE, all, 0, all.length)).isEqualTo(reference.size());
    int i = 0;
    for (long k : reference) {
      assertThat(all[i++]).isEqualTo(k);
    }
  }
}
