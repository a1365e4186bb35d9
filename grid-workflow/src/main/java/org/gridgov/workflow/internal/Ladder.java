package org.gridgov.workflow.internal;

import java.util.Arrays;

/**
 * A sorted set of distinct {@code long} keys kept in blocks (时刻阶梯): the timing board keeps one
 * per grid and light, the key being the instant a ticket's light changes (high 32 bits) and the
 * ticket's slot (low 32 bits). Adding or removing a key shifts at most one block of {@value #CAP}
 * keys; counting the keys below a bound is a binary search over the blocks' first keys plus one
 * within a block, plus a sum of the block sizes before it; the first keys are read in order.
 *
 * <p>All blocks live in one array, each at a place of {@value #CAP} keys named by the block list: a
 * split takes a free place or the next, so places may fall out of order until a rebuild lays the
 * blocks out in order again, and a merge over the whole ladder reads one array from start to end.
 * A ladder of one block holds an array of its size, doubled up to {@value #CAP}: a grid with a
 * handful of tickets costs a few dozen bytes. A batch of changes ({@link #update}) is moved key by
 * key, or, when large beside the ladder, merged into blocks filled to three quarters. Not
 * thread-safe: the board guards it.
 */
public final class Ladder {
  /** The most keys in one block. */
  static final int CAP = 64;
  private static final int CAP_BITS = Integer.numberOfTrailingZeros(CAP);
  private static final int FIRST = 8;
  /** Keys per block after a rebuild: room for a quarter more before a block splits. */
  private static final int FILL = CAP * 3 / 4;
  /** A change of one key in this many or more rebuilds the ladder instead of moving keys one by one. */
  public static final int REBUILD_RATIO = 128;
  /** Blocks per chunk of {@link #chunkSums}. */
  private static final int CHUNK_BITS = 6;

  /** The keys of every block: block {@code b}'s from {@code place[b] * CAP}. */
  private long[] keys = new long[0];
  private int[] place = new int[1];
  private int[] sizes = new int[1];
  private long[] firsts = new long[1];
  /** The number of keys in each run of 64 blocks, so a count adds a few hundred sums, not every block's size. */
  private int[] chunkSums = new int[1];
  /** Places given out so far (in use or free), and those dropped blocks left; reset by an add to an empty ladder. */
  private int places;
  private int[] free = new int[0];
  private int freeCount;
  private int n;
  private int total;

  /** The number of keys. */
  public int size() {
    return total;
  }

  private int base(int b) {
    return place[b] << CAP_BITS;
  }

  /** The last block whose first key is at most {@code key}; 0 when every block starts after it. */
  private int blockOf(long key) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firsts[mid] <= key) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Adds {@code key}; false when it was there. */
  public boolean add(long key) {
    if (n == 0) {
      if (keys.length == 0) {
        keys = new long[FIRST];
      }
      place[0] = 0;
      places = 1;
      freeCount = 0;
      keys[0] = key;
      sizes[0] = 1;
      firsts[0] = key;
      chunkSums[0] = 1;
      n = 1;
      total = 1;
      return true;
    }
    int b = blockOf(key);
    int off = base(b);
    int size = sizes[b];
    int pos = Arrays.binarySearch(keys, off, off + size, key);
    if (pos >= 0) {
      return false;
    }
    pos = -pos - 1 - off;
    if (size == Math.min(CAP, keys.length - off)) {
      if (size < CAP) { // the one small block: its array doubles
        keys = Arrays.copyOf(keys, Math.min(CAP, size * 2));
      } else {
        split(b);
        if (pos > sizes[b]) {
          pos -= sizes[b];
          b++;
        }
        off = base(b);
        size = sizes[b];
      }
    }
    System.arraycopy(keys, off + pos, keys, off + pos + 1, size - pos);
    keys[off + pos] = key;
    sizes[b] = size + 1;
    chunkSums[b >>> CHUNK_BITS]++;
    if (pos == 0) {
      firsts[b] = key;
    }
    total++;
    return true;
  }

  /** Removes {@code key}; false when it was not there. */
  public boolean remove(long key) {
    if (n == 0) {
      return false;
    }
    int b = blockOf(key);
    int off = base(b);
    int size = sizes[b];
    int pos = Arrays.binarySearch(keys, off, off + size, key);
    if (pos < 0) {
      return false;
    }
    System.arraycopy(keys, pos + 1, keys, pos, off + size - pos - 1);
    size--;
    sizes[b] = size;
    chunkSums[b >>> CHUNK_BITS]--;
    total--;
    if (size == 0) {
      dropBlock(b);
    } else {
      if (pos == off) {
        firsts[b] = keys[off];
      }
      if (size < CAP / 8 && b + 1 < n && size + sizes[b + 1] <= CAP / 2) {
        merge(b);
      }
    }
    return true;
  }

  /** The number of keys below {@code bound}. */
  public int countBelow(long bound) {
    if (n == 0 || firsts[0] >= bound) {
      return 0;
    }
    int b = blockOf(bound - 1);
    int count = 0;
    int chunk = b >>> CHUNK_BITS;
    for (int c = 0; c < chunk; c++) {
      count += chunkSums[c];
    }
    int[] s = sizes;
    for (int i = chunk << CHUNK_BITS; i < b; i++) {
      count += s[i];
    }
    int off = base(b);
    int pos = Arrays.binarySearch(keys, off, off + s[b], bound);
    return count + (pos >= 0 ? pos : -pos - 1) - off;
  }

  /**
   * Copies into {@code out} from {@code offset}, in order, the keys from {@code from} (inclusive)
   * below {@code below}, at most {@code max} of them; returns how many were copied.
   */
  public int copy(long from, long below, long[] out, int offset, int max) {
    if (n == 0 || max <= 0 || from >= below) {
      return 0;
    }
    int b = blockOf(from);
    int off = base(b);
    int pos = Arrays.binarySearch(keys, off, off + sizes[b], from);
    pos = (pos >= 0 ? pos : -pos - 1) - off;
    int copied = 0;
    for (; b < n; b++, pos = 0) {
      int start = base(b);
      int end = start + sizes[b];
      for (int i = start + pos; i < end; i++) {
        long k = keys[i];
        if (k >= below || copied == max) {
          return copied;
        }
        out[offset + copied++] = k;
      }
    }
    return copied;
  }

  /**
   * Removes the keys {@code out[outFrom..outTo)} and then adds {@code in[inFrom..inTo)}, both sorted
   * ascending and without repeats. When the change is large beside the ladder (one key in
   * {@value #REBUILD_RATIO} or more) the ladder is rebuilt in one merge through {@code scratch},
   * which must hold {@link #size()} plus the added keys; otherwise each key is removed or added on
   * its own. The merge copies each run of keys that stay, up to the next change, with one
   * {@code System.arraycopy} (its end found by a binary search within the block), rather than
   * testing every key against both lists.
   */
  public void update(long[] out, int outFrom, int outTo, long[] in, int inFrom, int inTo, long[] scratch) {
    int changes = (outTo - outFrom) + (inTo - inFrom);
    if ((long) changes * REBUILD_RATIO < total) {
      for (int i = outFrom; i < outTo; i++) {
        remove(out[i]);
      }
      for (int i = inFrom; i < inTo; i++) {
        add(in[i]);
      }
      return;
    }
    long[] k = keys;
    int m = 0;
    int r = outFrom;
    int a = inFrom;
    for (int b = 0; b < n; b++) {
      int i = base(b);
      int end = i + sizes[b];
      while (i < end) {
        long nextOut = r < outTo ? out[r] : Long.MAX_VALUE;
        long nextIn = a < inTo ? in[a] : Long.MAX_VALUE;
        long next = Math.min(nextOut, nextIn);
        // the keys below the next change stay: copied as one run
        int j = next > k[end - 1] ? end : Arrays.binarySearch(k, i, end, next);
        j = j >= 0 ? j : -j - 1; // the keys are distinct: found is the first at least next
        if (j > i) {
          System.arraycopy(k, i, scratch, m, j - i);
          m += j - i;
          i = j;
          if (i == end) {
            break;
          }
        }
        long key = k[i];
        if (nextIn < key) {
          scratch[m++] = in[a++]; // a new key below this one
        } else if (nextOut < key) {
          r++; // the removal of a key the ladder does not hold
        } else {
          boolean removed = nextOut == key;
          boolean added = nextIn == key;
          r += removed ? 1 : 0;
          a += added ? 1 : 0;
          if (!removed || added) {
            scratch[m++] = key;
          }
          i++;
        }
      }
    }
    while (a < inTo) {
      scratch[m++] = in[a++];
    }
    rebuild(scratch, m);
  }

  /** Lays {@code sorted[0..m)} out in blocks filled to three quarters, in order from the first place. */
  private void rebuild(long[] sorted, int m) {
    int count = (m + FILL - 1) / FILL;
    if (place.length < count) {
      growBlocks(Math.max(count, place.length * 2));
    }
    if (count <= 1) {
      int want = Math.min(CAP, Math.max(FIRST, Integer.highestOneBit(Math.max(1, m - 1)) << 1));
      if (keys.length < want || keys.length > 2 * CAP) {
        keys = new long[want];
      }
    } else {
      int want = count << CAP_BITS;
      if (keys.length < want || keys.length > 2 * want) {
        keys = new long[want + (want >>> 3)]; // an eighth more for splits before the next rebuild
      }
    }
    int baseSize = count == 0 ? 0 : m / count;
    int longer = count == 0 ? 0 : m % count; // the first blocks take one key more
    int from = 0;
    for (int b = 0; b < count; b++) {
      int size = baseSize + (b < longer ? 1 : 0);
      place[b] = b;
      System.arraycopy(sorted, from, keys, b << CAP_BITS, size);
      sizes[b] = size;
      firsts[b] = sorted[from];
      from += size;
    }
    n = count;
    total = m;
    places = count;
    freeCount = 0;
    resum(0);
  }

  /** The bytes of the arrays this ladder holds (for memory figures). */
  public long bytes() {
    return 16L + 16 + 8L * keys.length + 16 + 4L * place.length + 16 + 4L * sizes.length + 16 + 8L * firsts.length + 16
        + 4L * chunkSums.length + 16 + 4L * free.length;
  }

  /** A place for a new block: one a dropped block left, else the next, the key array grown by half when full. */
  private int takePlace() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    int p = places++;
    int need = places << CAP_BITS;
    if (keys.length < need) {
      keys = Arrays.copyOf(keys, Math.max(need, (keys.length + (keys.length >>> 1) + CAP - 1) & -CAP));
    }
    return p;
  }

  private void split(int b) {
    int half = CAP / 2;
    int p = takePlace();
    int off = base(b);
    System.arraycopy(keys, off + half, keys, p << CAP_BITS, CAP - half);
    sizes[b] = half;
    insertBlock(b + 1, p, CAP - half);
  }

  private void merge(int b) {
    int size = sizes[b];
    int next = sizes[b + 1];
    System.arraycopy(keys, base(b + 1), keys, base(b) + size, next);
    sizes[b] = size + next;
    dropBlock(b + 1);
  }

  private void insertBlock(int at, int p, int size) {
    if (n == place.length) {
      growBlocks(n * 2);
    }
    System.arraycopy(place, at, place, at + 1, n - at);
    System.arraycopy(sizes, at, sizes, at + 1, n - at);
    System.arraycopy(firsts, at, firsts, at + 1, n - at);
    place[at] = p;
    sizes[at] = size;
    firsts[at] = keys[p << CAP_BITS];
    n++;
    resum(Math.max(0, at - 1));
  }

  /** Room for {@code cap} blocks in the place, size and first-key arrays. */
  private void growBlocks(int cap) {
    place = Arrays.copyOf(place, cap);
    sizes = Arrays.copyOf(sizes, cap);
    firsts = Arrays.copyOf(firsts, cap);
  }

  private void dropBlock(int at) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, Math.max(8, free.length * 2));
    }
    free[freeCount++] = place[at];
    System.arraycopy(place, at + 1, place, at, n - at - 1);
    System.arraycopy(sizes, at + 1, sizes, at, n - at - 1);
    System.arraycopy(firsts, at + 1, firsts, at, n - at - 1);
    n--;
    sizes[n] = 0;
    resum(Math.max(0, at - 1));
  }

  /** Recounts the chunk sums from the chunk of block {@code from} on, after blocks moved. */
  private void resum(int from) {
    int chunks = (n + (1 << CHUNK_BITS) - 1) >>> CHUNK_BITS;
    if (chunkSums.length < chunks) {
      chunkSums = Arrays.copyOf(chunkSums, Math.max(chunks, chunkSums.length * 2));
    }
    for (int c = from >>> CHUNK_BITS; c < chunkSums.length; c++) {
      int sum = 0;
      int end = Math.min(n, (c + 1) << CHUNK_BITS);
      for (int i = c << CHUNK_BITS; i < end; i++) {
        sum += sizes[i];
      }
      chunkSums[c] = sum;
    }
  }
}
