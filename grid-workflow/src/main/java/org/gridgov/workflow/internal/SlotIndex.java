package org.gridgov.workflow.internal;

import java.util.Arrays;

/**
 * An open-addressing map from keys to small non-negative ints (槽位索引): the timing board's ticket
 * id → slot. Linear probing in one {@code int[]} of slots and one {@code Object[]} of keys kept at
 * most half full; removal shifts the probe run back, so no tombstones pile up. About 16 bytes per
 * key on a compressed-pointer heap, no object per entry. Not thread-safe: the board guards it.
 */
public final class SlotIndex {
  private Object[] keys = new Object[64];
  private int[] slots = new int[64];
  private int size;

  /** The number of keys. */
  public int size() {
    return size;
  }

  private static int hash(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The key's slot, or -1. */
  public int get(Object key) {
    int mask = keys.length - 1;
    for (int i = hash(key) & mask;; i = (i + 1) & mask) {
      Object k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k.equals(key)) {
        return slots[i];
      }
    }
  }

  /** Maps {@code key} to {@code slot}, replacing any slot it had. */
  public void put(Object key, int slot) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = hash(key) & mask;; i = (i + 1) & mask) {
      Object k = keys[i];
      if (k == null) {
        keys[i] = key;
        slots[i] = slot;
        size++;
        return;
      }
      if (k.equals(key)) {
        slots[i] = slot;
        return;
      }
    }
  }

  /** Removes {@code key}; returns its slot, or -1. */
  public int remove(Object key) {
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (true) {
      Object k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k.equals(key)) {
        break;
      }
      i = (i + 1) & mask;
    }
    int slot = slots[i];
    // shift the rest of the probe run back over the hole
    int hole = i;
    for (int j = (i + 1) & mask;; j = (j + 1) & mask) {
      Object k = keys[j];
      if (k == null) {
        break;
      }
      int home = hash(k) & mask;
      boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
      if (movable) {
        keys[hole] = k;
        slots[hole] = slots[j];
        hole = j;
      }
    }
    keys[hole] = null;
    size--;
    return slot;
  }

  /** Forgets every key. */
  public void clear() {
    Arrays.fill(keys, null);
    size = 0;
  }

  /** The bytes of the two arrays (for memory figures; the keys themselves are not counted). */
  public long bytes() {
    return 32L + 8L * keys.length;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new Object[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldSlots[i]);
      }
    }
  }
}
