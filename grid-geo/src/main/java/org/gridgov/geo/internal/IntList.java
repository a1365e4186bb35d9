package org.gridgov.geo.internal;

import java.util.Arrays;

/** A growable {@code int} array, for building the index's arrays. */
final class IntList {
  int[] a;
  int n;

  IntList(int capacity) {
    a = new int[Math.max(16, capacity)];
  }

  int add(int v) {
    if (n == a.length) {
      grow(1);
    }
    a[n] = v;
    return n++;
  }

  /** Appends {@code k} zeros and returns the index of the first. */
  int reserve(int k) {
    if (n + k > a.length) {
      grow(k);
    }
    int at = n;
    n += k;
    return at;
  }

  private void grow(int k) {
    long want = Math.max((long) a.length * 2, (long) n + k);
    if (want > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("index too large");
    }
    a = Arrays.copyOf(a, (int) want);
  }

  int[] toArray() {
    return Arrays.copyOf(a, n);
  }
}
