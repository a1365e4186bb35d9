package org.gridgov.scoring.internal;

import java.util.Arrays;

/**
 * The tickets an accumulator follows, in flat arrays (工单跟踪表): ticket id → slot by open
 * addressing over the ids' hash codes, and per slot one 64-byte record — the last version applied,
 * who last dispatched the ticket and the id's characters (ticket ids are ASCII; ids longer than 40
 * characters are kept as strings beside) — plus the step clock in force. A lookup reads one
 * {@code long} of the probe table (hash and slot together) and then the slot's record, which holds
 * everything else it needs: two dependent memory reads instead of a hash map's entry, key object,
 * string and bytes. Not thread-safe.
 */
public final class TicketTable {
  /** Longs per record: version, dispatcher and length, five longs of characters. */
  private static final int STRIDE = 8;
  private static final int CHARS = 8 * (STRIDE - 3);
  private static final int LONG_ID = 0xFF;

  /** Per probe position: the id's hash code (high 32 bits) and its slot + 1 (low 32 bits); 0 when empty. */
  private long[] table = new long[1 << 12];
  private long[] records = new long[STRIDE << 11];
  /** The step clock in force per slot (a {@code Deadline}), or null. */
  private Object[] steps = new Object[1 << 11];
  private String[] longIds = new String[0];
  private int size;

  /** The number of tickets followed. */
  public int size() {
    return size;
  }

  /** The last version applied to the ticket in slot {@code s}. */
  public long version(int s) {
    return records[s * STRIDE];
  }

  /** Sets the last version applied. */
  public void version(int s, long v) {
    records[s * STRIDE] = v;
  }

  /** The dispatcher's index in the accumulator, or -1. */
  public int dispatcher(int s) {
    return (int) (records[s * STRIDE + 1] >> 32);
  }

  /** Sets the dispatcher's index. */
  public void dispatcher(int s, int x) {
    int at = s * STRIDE + 1;
    records[at] = (long) x << 32 | (records[at] & 0xFFFF_FFFFL);
  }

  /** The step clock in force, or null. */
  public Object step(int s) {
    return steps[s];
  }

  /** Sets the step clock in force. */
  public void step(int s, Object step) {
    if (steps[s] != step) {
      steps[s] = step;
    }
  }

  /** The slot of the ticket with this id and hash code, or -1. */
  public int find(String id, int hash) {
    long[] t = table;
    int mask = t.length - 1;
    for (int i = mix(hash) & mask;; i = (i + 1) & mask) {
      long e = t[i];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == hash) {
        int s = (int) e - 1;
        if (same(s, id)) {
          return s;
        }
      }
    }
  }

  /** The probe table's first entry for this hash code, read ahead of {@link #find} (a read, nothing more). */
  public long probe(int hash) {
    long[] t = table;
    return t[mix(hash) & (t.length - 1)];
  }

  /**
   * Reads the record and step of the slot in {@code entryXorHash} — a {@link #probe} entry xor its
   * hash shifted up — when the entry is that hash's (a read, nothing more).
   */
  public long touch(long entryXorHash) {
    if ((entryXorHash >>> 32) != 0 || entryXorHash == 0) {
      return 0;
    }
    int s = (int) entryXorHash - 1;
    return records[s * STRIDE] + records[s * STRIDE + STRIDE - 1] + (steps[s] == null ? 0 : 1);
  }

  /** A new slot for a ticket not yet followed: version 0, no step clock, no dispatcher. */
  public int add(String id, int hash) {
    if (2 * (size + 1) > table.length) {
      rehash();
    }
    int s = size++;
    if (s == steps.length) {
      records = Arrays.copyOf(records, STRIDE * s * 2);
      steps = Arrays.copyOf(steps, s * 2);
    }
    int at = s * STRIDE;
    int len = id.length();
    records[at] = 0;
    steps[s] = null;
    if (len <= CHARS) {
      records[at + 1] = -1L << 32 | len;
      for (int w = 0; w < STRIDE - 3 + 1 && w * 8 < len; w++) {
        records[at + 2 + w] = pack(id, w * 8, len);
      }
    } else {
      int k = longIds.length;
      longIds = Arrays.copyOf(longIds, k + 1);
      longIds[k] = id;
      records[at + 1] = -1L << 32 | LONG_ID;
      records[at + 2] = k;
    }
    place(s, hash);
    return s;
  }

  /** The bytes of the arrays (for memory figures; long ids aside). */
  public long bytes() {
    return 4L * 16 + 8L * table.length + 8L * records.length + 4L * steps.length + 4L * longIds.length;
  }

  /** Up to eight characters of {@code id} from {@code from}, one a byte, low byte first. */
  private static long pack(String id, int from, int len) {
    long w = 0;
    int to = Math.min(len, from + 8);
    for (int i = to - 1; i >= from; i--) {
      w = w << 8 | (id.charAt(i) & 0xFF);
    }
    return w;
  }

  private boolean same(int s, String id) {
    long[] r = records;
    int at = s * STRIDE;
    int len = (int) r[at + 1] & 0xFF;
    if (len == LONG_ID) {
      return longIds[(int) r[at + 2]].equals(id);
    }
    if (len != id.length()) {
      return false;
    }
    for (int w = 0; w * 8 < len; w++) {
      if (r[at + 2 + w] != pack(id, w * 8, len)) {
        return false;
      }
    }
    return true;
  }

  /** Murmur3's finaliser: ids that differ in their last characters land far apart. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private void place(int s, int hash) {
    int mask = table.length - 1;
    int i = mix(hash) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = (long) hash << 32 | (s + 1L);
  }

  private void rehash() {
    long[] old = table;
    table = new long[old.length * 2];
    for (long e : old) {
      if (e != 0) {
        place((int) e - 1, (int) (e >>> 32));
      }
    }
  }
}
