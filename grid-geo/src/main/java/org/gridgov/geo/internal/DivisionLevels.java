package org.gridgov.geo.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The levels of China's administrative division codes, 2+2+2+3+3 digits (GB/T 2260 and the
 * statistical division code): province 2, prefecture 4, county 6, township 9, village 12 — and
 * the words that common open boundary files write in their {@code level} property.
 */
public final class DivisionLevels {
  /** Where the segments of a division code end. */
  private static final int[] ENDS = {2, 4, 6, 9, 12};
  /** Each level word and the length of a code at that level, in the order the docs list them. */
  private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("province", 2);
    WORDS.put("city", 4);
    WORDS.put("prefecture", 4);
    WORDS.put("district", 6);
    WORDS.put("county", 6);
    WORDS.put("street", 9);
    WORDS.put("town", 9);
    WORDS.put("township", 9);
    WORDS.put("village", 12);
    WORDS.put("community", 12);
  }

  private DivisionLevels() {}

  /** The length of a division code at {@code level} (1 to 5). */
  public static int lengthAt(int level) {
    return ENDS[level - 1];
  }

  /** The division level (1 to 5) of codes of {@code length} digits, or empty. */
  public static OptionalInt levelOfLength(int length) {
    for (int i = 0; i < ENDS.length; i++) {
      if (ENDS[i] == length) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** The length of a division code at the level a word names (any case), or empty for another word. */
  static OptionalInt lengthOfWord(String word) {
    Integer length = WORDS.get(word.trim().toLowerCase(Locale.ROOT));
    return length == null ? OptionalInt.empty() : OptionalInt.of(length);
  }

  /** The accepted words, for messages. */
  static String words() {
    return String.join(", ", WORDS.keySet());
  }
}
