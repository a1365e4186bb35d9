package org.gridgov.core.internal;

/**
 * An open-addressing hash index from grid codes to int positions: the lookup structure of a
 * {@code GridTree}. Codes of up to 18 digits — every code of the standard layout and its
 * micro-grids — are packed into a {@code long} (a leading 1 keeps the length and the leading
 * zeros: {@code "0012"} is {@code 10012}) and stored beside their value in one {@code long[]},
 * so a lookup touches one cache line, allocates nothing and never dereferences a string. Longer
 * codes go to a second table keyed by the string. A prefix of a code is looked up without
 * creating a substring, which is how each grid finds its parent.
 */
public final class CodeIndex {
  private static final int MAX_PACKED = 18;

  private final long[] table; // [2*slot] = packed key (0 = empty), [2*slot + 1] = value
  private final int mask;
  private final LongCodes longCodes = new LongCodes();
  private int size;

  /**
   * An index with room for {@code expected} codes, filled to at most 70 %: linear probing stays
   * short and the national tree's 665,276 codes take 16 MiB, which a server's last-level cache
   * holds.
   */
  public CodeIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, (int) Math.ceil(expected / 0.7) - 1)) << 1;
    table = new long[2 * capacity];
    mask = capacity - 1;
  }

  /** Adds {@code code → value} unless the code is present; returns the earlier value or -1. */
  public int putIfAbsent(String code, int value) {
    long key = pack(code, code.length());
    int earlier;
    if (key < 0) {
      earlier = longCodes.putIfAbsent(code, value);
    } else {
      int slot = slot(key);
      long k;
      while ((k = table[2 * slot]) != 0 && k != key) {
        slot = (slot + 1) & mask;
      }
      earlier = k == key ? (int) table[2 * slot + 1] : -1;
      if (earlier < 0) {
        table[2 * slot] = key;
        table[2 * slot + 1] = value;
      }
    }
    if (earlier < 0) {
      size++;
    }
    return earlier;
  }

  /** The value of {@code code}, or -1. */
  public int get(String code) {
    return getPrefix(code, code.length());
  }

  /** The value of the code equal to the first {@code length} characters of {@code text}, or -1. */
  public int getPrefix(String text, int length) {
    if (length > MAX_PACKED) {
      return longCodes.get(text, length);
    }
    long key = pack(text, length);
    return key < 0 ? -1 : getKey(key);
  }

  /** The value of the code whose {@link #pack packed key} is {@code key}, or -1. */
  public int getKey(long key) {
    int slot = slot(key);
    long k;
    while ((k = table[2 * slot]) != 0) {
      if (k == key) {
        return (int) table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Replaces every value {@code v} by {@code mapping[v]}. */
  public void remap(int[] mapping) {
    for (int slot = 0; slot <= mask; slot++) {
      if (table[2 * slot] != 0) {
        table[2 * slot + 1] = mapping[(int) table[2 * slot + 1]];
      }
    }
    longCodes.remap(mapping);
  }

  /** The number of codes. */
  public int size() {
    return size;
  }

  /**
   * The key of the first {@code length} characters of {@code text}: {@code 1} followed by the
   * digits, or -1 when longer than 18 digits or not all digits.
   */
  public static long pack(String text, int length) {
    if (length > MAX_PACKED || length > text.length()) {
      return -1;
    }
    long v = 1;
    for (int i = 0; i < length; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static final long[] POW10 = new long[MAX_PACKED + 1]; // 10^19 would overflow a long

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** The number of digits a {@link #pack packed key} holds (its decimal length less the leading 1). */
  public static int keyLength(long key) {
    int guess = ((63 - Long.numberOfLeadingZeros(key)) * 1233) >>> 12; // floor(log10) or one less
    return guess < MAX_PACKED && key >= POW10[guess + 1] ? guess + 1 : guess;
  }

  /** The key of the code's first {@code keyLength(key) - digits} digits. */
  public static long dropDigits(long key, int digits) {
    return key / POW10[digits];
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  @Override
  public String toString() {
    return "CodeIndex[" + size + " codes]";
  }

  /** Codes longer than 18 digits: a string-keyed open-addressing table that grows. */
  private static final class LongCodes {
    private String[] keys = new String[16];
    private int[] values = new int[16];
    private int count;

    int putIfAbsent(String code, int value) {
      int earlier = get(code, code.length());
      if (earlier >= 0) {
        return earlier;
      }
      if (2 * (count + 1) > keys.length) {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[keys.length];
        for (int s = 0; s < oldKeys.length; s++) {
          if (oldKeys[s] != null) {
            insert(oldKeys[s], oldValues[s]);
          }
        }
      }
      insert(code, value);
      count++;
      return -1;
    }

    private void insert(String code, int value) {
      int m = keys.length - 1;
      int slot = code.hashCode() & m;
      while (keys[slot] != null) {
        slot = (slot + 1) & m;
      }
      keys[slot] = code;
      values[slot] = value;
    }

    int get(String text, int length) {
      if (count == 0) {
        return -1;
      }
      int h = 0;
      for (int i = 0; i < length; i++) {
        h = 31 * h + text.charAt(i);
      }
      int m = keys.length - 1;
      int slot = h & m;
      String k;
      while ((k = keys[slot]) != null) {
        if (k.length() == length && text.regionMatches(0, k, 0, length)) {
          return values[slot];
        }
        slot = (slot + 1) & m;
      }
      return -1;
    }

    void remap(int[] mapping) {
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != null) {
          values[s] = mapping[values[s]];
        }
      }
    }
  }
}
