package org.gridgov.core;

/**
 * An element of a grid (网格要素): something that lies in exactly one basic grid per layer.
 * Implemented by {@link Person}, {@link House}, {@link Facility}, {@link Affair} and
 * {@link Organisation}, and by nothing else: the interface is sealed.
 */
public sealed interface Element permits Person, House, Facility, Affair, Organisation {
  /** The element's id, unique among all elements. */
  String id();

  /** Which of the five kinds it is. */
  ElementKind kind();
}
