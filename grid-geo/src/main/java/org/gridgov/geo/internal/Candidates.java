package org.gridgov.geo.internal;

/**
 * The candidate answers of a cell while the index is built, in ascending order: each with the
 * ring edges that touch the cell (an edge is its first vertex's index), or with none
 * ({@code edges[i] == null}) when the answer covers the whole cell.
 */
final class Candidates {
  final int[] answers;
  final int[][] edges;
  final int[] counts;
  final int size;

  Candidates(int[] answers, int[][] edges, int[] counts, int size) {
    this.answers = answers;
    this.edges = edges;
    this.counts = counts;
    this.size = size;
  }

  /** How many candidates matter: up to and including the first that covers the whole cell. */
  int kept() {
    for (int i = 0; i < size; i++) {
      if (edges[i] == null) {
        return i + 1;
      }
    }
    return size;
  }

  /** Edge references of the first {@code keep} candidates. */
  long edgeCount(int keep) {
    long total = 0;
    for (int i = 0; i < keep; i++) {
      total += edges[i] == null ? 0 : counts[i];
    }
    return total;
  }
}
