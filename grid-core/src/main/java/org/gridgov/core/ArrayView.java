package org.gridgov.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An unmodifiable random-access list computed from an index. */
final class ArrayView<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final java.util.function.IntFunction<T> at;

  ArrayView(int size, java.util.function.IntFunction<T> at) {
    this.size = size;
    this.at = at;
  }

  @Override
  public T get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " of a list of " + size);
    }
    return at.apply(i);
  }

  @Override
  public int size() {
    return size;
  }
}
