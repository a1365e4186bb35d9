package org.gridgov.scoring.testing;

import java.util.List;
import java.util.Random;

/**
 * Where a simulation's decisions come from: a seeded {@link Random} (the month of a place), or a
 * list of numbers QuickTheories generates and shrinks (properties). A list that runs out goes on
 * with a random source seeded by the list's contents, so the run stays a function of the list.
 */
public interface Choices {
  /** A number in {@code [0, bound)}. */
  int next(int bound);

  /** True with probability {@code percent} %. */
  default boolean chance(int percent) {
    return next(100) < percent;
  }

  /** A number in {@code [from, to]}. */
  default int between(int from, int to) {
    return from + next(to - from + 1);
  }

  /** An element of the list. */
  default <T> T pick(List<T> list) {
    return list.get(next(list.size()));
  }

  /** Decisions from a seeded random source. */
  static Choices seeded(long seed) {
    Random r = new Random(seed);
    return r::nextInt;
  }

  /** Decisions read from a list in order, then from a source seeded by the list. */
  static Choices of(List<Integer> numbers) {
    List<Integer> copy = List.copyOf(numbers);
    return new Choices() {
      private int i;
      private Random rest;

      @Override
      public int next(int bound) {
        if (i < copy.size()) {
          return Math.floorMod(copy.get(i++), bound);
        }
        if (rest == null) {
          rest = new Random(copy.hashCode());
        }
        return rest.nextInt(bound);
      }
    };
  }
}
