package org.gridgov.workflow.internal;

import java.util.Arrays;

/**
 * A sorted set of distinct {@code long} keys kept in blocks (时刻阶梯): the timing board keeps one
 * per grid and light, the key being the instant a ticket's light changes (high 32 bits) and the
 * ticket's slot (low 32 bits). Adding or removing a key shifts at most one block of {@value #CAP}
 * keys; counting the keys below a bound is a binary search over the blocks' first keys plus one
 * within a block, plus a sum of the block sizes before it; the first keys are read in order.
 * Blocks start small and double up to {@value #CAP}, so a grid with a handful of tickets costs a
 * few dozen bytes. A batch of changes ({@link #update}) is moved key by key, or, when it is large
 * beside the ladder, merged with the ladder's keys into new blocks filled to three quarters. Not
 * thread-safe: the board guards it.
 */
public final class Ladder {
  /** The most keys in one block. */
  static final int CAP = 64;
  private static final int FIRST = 8;
  /** Keys per block after a rebuild: room for a quarter more before a block splits. */
  private static final int FILL = CAP * 3 / 4;
  /** A change of one key in this many or more rebuilds the ladder instead of moving keys one by one. */
  public static final int REBUILD_RATIO = 128;
  /** Blocks per chunk of {@link #chunkSums}. */
  private static final int CHUNK_BITS = 6;

  private long[][] blocks = new long[1][];
  private int[] sizes = new int[1];
  private long[] firsts = new long[1];
  /** The number of keys in each run of 64 blocks, so a count adds a few hundred sums, not every block's size. */
  private int[] chunkSums = new int[1];
  private int n;
  private int total;

  /** The number of keys. */
  public int size() {
    return total;
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
      blocks[0] = new long[FIRST];
      blocks[0][0] = key;
      sizes[0] = 1;
      firsts[0] = key;
      chunkSums[0] = 1;
      n = 1;
      total = 1;
      return true;
    }
    int b = blockOf(key);
    long[] block = blocks[b];
    int size = sizes[b];
    int pos = Arrays.binarySearch(block, 0, size, key);
    if (pos >= 0) {
      return false;
    }
    pos = -pos - 1;
    if (size == block.length) {
      if (size < CAP) {
        block = Arrays.copyOf(block, size * 2);
        blocks[b] = block;
      } else {
        split(b);
        if (pos > sizes[b]) {
          pos -= sizes[b];
          b++;
          block = blocks[b];
        }
        size = sizes[b];
      }
    }
    System.arraycopy(block, pos, block, pos + 1, size - pos);
    block[pos] = key;
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
    long[] block = blocks[b];
    int size = sizes[b];
    int pos = Arrays.binarySearch(block, 0, size, key);
    if (pos < 0) {
      return false;
    }
    System.arraycopy(block, pos + 1, block, pos, size - pos - 1);
    size--;
    sizes[b] = size;
    chunkSums[b >>> CHUNK_BITS]--;
    total--;
    if (size == 0) {
      dropBlock(b);
    } else {
      if (pos == 0) {
        firsts[b] = block[0];
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
    int pos = Arrays.binarySearch(blocks[b], 0, s[b], bound);
    return count + (pos >= 0 ? pos : -pos - 1);
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
    int pos = Arrays.binarySearch(blocks[b], 0, sizes[b], from);
    pos = pos >= 0 ? pos : -pos - 1;
    int copied = 0;
    for (; b < n; b++, pos = 0) {
      long[] block = blocks[b];
      int size = sizes[b];
      for (int i = pos; i < size; i++) {
        long k = block[i];
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
   * {@code System.arraycopy} (found by a binary search within the block), rather than testing every
   * key against both lists.
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
    int m = 0;
    int r = outFrom;
    int a = inFrom;
    for (int b = 0; b < n; b++) {
      long[] block = blocks[b];
      int size = sizes[b];
      int i = 0;
      while (i < size) {
        long nextOut = r < outTo ? out[r] : Long.MAX_VALUE;
        long nextIn = a < inTo ? in[a] : Long.MAX_VALUE;
        long next = Math.min(nextOut, nextIn);
        // the keys below the next change stay: copied as one run
        int j = next > block[size - 1] ? size : firstAtLeast(block, i, size, next);
        if (j > i) {
          System.arraycopy(block, i, scratch, m, j - i);
          m += j - i;
          i = j;
          if (i == size) {
            break;
          }
        }
        long k = block[i];
        if (nextIn < k) {
          scratch[m++] = in[a++]; // a new key below k
        } else if (nextOut < k) {
          r++; // the removal of a key the ladder does not hold
        } else {
          boolean removed = nextOut == k;
          boolean added = nextIn == k;
          r += removed ? 1 : 0;
          a += added ? 1 : 0;
          if (!removed || added) {
            scratch[m++] = k;
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

  /** The first index from {@code from} below {@code to} whose key is at least {@code key}; {@code to} if none. */
  private static int firstAtLeast(long[] block, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (block[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Lays the sorted keys {@code keys[0..m)} out in blocks filled to three quarters, reusing the blocks held. */
  private void rebuild(long[] keys, int m) {
    int count = (m + FILL - 1) / FILL;
    if (blocks.length < count) {
      growBlocks(Math.max(count, blocks.length * 2));
    }
    int base = count == 0 ? 0 : m / count;
    int longer = count == 0 ? 0 : m % count; // the first blocks take one key more
    int from = 0;
    for (int b = 0; b < count; b++) {
      int size = base + (b < longer ? 1 : 0);
      long[] block = blocks[b];
      int want = count == 1 ? Math.min(CAP, Math.max(FIRST, Integer.highestOneBit(Math.max(1, size - 1)) << 1)) : CAP;
      if (block == null || block.length < want) {
        block = new long[want];
        blocks[b] = block;
      }
      System.arraycopy(keys, from, block, 0, size);
      sizes[b] = size;
      firsts[b] = block[0];
      from += size;
    }
    for (int b = count; b < n; b++) {
      blocks[b] = null;
      sizes[b] = 0;
      firsts[b] = 0;
    }
    n = count;
    total = m;
    resum(0);
  }

  /** The bytes of the arrays this ladder holds (for memory figures). */
  public long bytes() {
    long b = 16L + 4L * blocks.length + 16 + 4L * sizes.length + 16 + 8L * firsts.length + 16 + 16 + 4L * chunkSums.length;
    for (int i = 0; i < n; i++) {
      b += 16 + 8L * blocks[i].length;
    }
    return b;
  }

  private void split(int b) {
    long[] block = blocks[b];
    int half = CAP / 2;
    long[] upper = new long[CAP];
    System.arraycopy(block, half, upper, 0, CAP - half);
    Arrays.fill(block, half, CAP, 0L);
    sizes[b] = half;
    insertBlock(b + 1, upper, CAP - half);
  }

  private void merge(int b) {
    int size = sizes[b];
    int next = sizes[b + 1];
    long[] block = blocks[b];
    if (block.length < size + next) {
      block = Arrays.copyOf(block, Math.min(CAP, Integer.highestOneBit(size + next - 1) << 1));
      blocks[b] = block;
    }
    System.arraycopy(blocks[b + 1], 0, block, size, next);
    sizes[b] = size + next;
    dropBlock(b + 1);
  }

  private void insertBlock(int at, long[] block, int size) {
    if (n == blocks.length) {
      growBlocks(n * 2);
    }
    System.arraycopy(blocks, at, blocks, at + 1, n - at);
    System.arraycopy(sizes, at, sizes, at + 1, n - at);
    System.arraycopy(firsts, at, firsts, at + 1, n - at);
    blocks[at] = block;
    sizes[at] = size;
    firsts[at] = block[0];
    n++;
    resum(Math.max(0, at - 1));
  }

  /** Room for {@code cap} blocks in the block, size and first-key arrays. */
  private void growBlocks(int cap) {
    blocks = Arrays.copyOf(blocks, cap);
    sizes = Arrays.copyOf(sizes, cap);
    firsts = Arrays.copyOf(firsts, cap);
  }

  private void dropBlock(int at) {
    System.arraycopy(blocks, at + 1, blocks, at, n - at - 1);
    System.arraycopy(sizes, at + 1, sizes, at, n - at - 1);
    System.arraycopy(firsts, at + 1, firsts, at, n - at - 1);
    n--;
    blocks[n] = null;
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
