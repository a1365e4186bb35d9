package org.gridgov.geo.internal;

/**
 * The layout of a boundary leaf's record in the index's {@code int[]} of leaves (written by
 * {@link LeafWriter}, read by {@link Leaves}). Two forms:
 *
 * <p><b>Compact</b> (the usual one): every segment of the candidates' rings that touches the cell
 * once, however many candidates share it, in polylines of consecutive ring vertices; each edge
 * carries the bitmask of the candidates whose rings hold it. The reference point r is not stored:
 * it is {@link #reference} of the leaf's cell and a choice among eight points of it. Vertices are
 * kept relative to r in 16-bit fixed point, in units of a power of two h per leaf chosen so that
 * every offset fits: (v - r) / h rounded, within 0.5 of the true value. The edges come in blocks
 * of four (padded with empty edges that repeat the last vertex), so that the loop over them runs
 * a predictable number of times.
 * <pre>
 *   header    blocks k | candidates n &lt;&lt; 8 | parity mask at r &lt;&lt; 11 | choice of r &lt;&lt; 18
 *             | (e + 128) &lt;&lt; 21, h = 2^e      (k &lt; 256, n at most 7)
 *   sub-cells 4 × 4 two-bit values for the sub-cells of the cell (x fastest): the index of the
 *             answer (n for none) where no edge touches the sub-cell, 3 where the edges decide
 *   answers   n values, ascending by answer, then -1 (the value when no candidate covers the point)
 *   v0        the first vertex: x in the low 16 bits, y in the high 16 bits, two's complement
 *   k blocks  of 5 words: the block's four edges, one byte each (edge j runs from the vertex
 *             before to vertex j of the block; the byte has the candidates' bitmask in bits 0-6,
 *             in bit 7 whether r lies left of the edge; 0 is padding, {@code 0x80} a break
 *             between two polylines), then the block's four vertices
 *   starts    for each polyline, the index of its first vertex in the index's exact vertices
 * </pre>
 *
 * <p><b>Exact</b> (flag {@link #EXACT}: more than 7 candidates, a segment twice in one
 * candidate's rings, no reference point among the eight, too many edges, or an extent that a
 * float power of two cannot scale):
 * <pre>
 *   header    n | EXACT
 *   rx ry     two doubles (four words, high word first)
 *   per candidate, ascending by answer: (value &lt;&lt; 6) | (runs &lt;&lt; 1) | parity at r
 *       runs 0: covers the whole cell; 31: the count follows in the next word
 *     per run of consecutive ring edges: its first vertex, then its edge count
 * </pre>
 */
final class LeafFormat {
  /** Header flag of a leaf in exact form. */
  static final int EXACT = 1 << 31;
  /** Values are kept in the 26 high bits of an exact candidate word (and -1 must stay apart). */
  static final int MAX_VALUE = (1 << 25) - 1;
  static final int ANSWER_SHIFT = 6;
  static final int MANY_RUNS = 31;
  /** Candidates of a compact leaf at most: one bit each in an edge byte. */
  static final int MAX_CANDIDATES = 7;
  /** Blocks of four edges of a compact leaf at most. */
  static final int MAX_BLOCKS = 0xFF;
  static final int CANDIDATES_SHIFT = 8;
  static final int PARITY_SHIFT = 11;
  static final int CHOICE_SHIFT = 18;
  static final int EXPONENT_SHIFT = 21;
  /** Exponents e of the unit h = 2^e at most (in magnitude). */
  static final int MAX_EXPONENT = 120;
  /** The sub-cell value that sends a point to the edges. */
  static final int TEST_EDGES = 3;
  /** Words of a block: the edge bytes, then four vertices. */
  static final int BLOCK = 5;
  /** The largest fixed-point offset. */
  static final int UNITS = 32767;
  /** The byte of the edge between two polylines: no candidate. */
  static final int BREAK = 0x80;
  /**
   * The eight choices of r in a cell, as fractions of its width and height: dyadic, so that
   * {@code k + f} is exact.
   */
  private static final double[] FX = {0.5, 0.375, 0.625, 0.3125, 0.6875, 0.4375, 0.5625, 0.25};
  private static final double[] FY = {0.5, 0.625, 0.375, 0.3125, 0.6875, 0.5625, 0.4375, 0.75};
  static final int CHOICES = FX.length;

  private LeafFormat() {}

  static int compactHeader(int blocks, int candidates, int parityMask, int choice, int exponent) {
    return blocks | (candidates << CANDIDATES_SHIFT) | (parityMask << PARITY_SHIFT) | (choice << CHOICE_SHIFT)
        | ((exponent + 128) << EXPONENT_SHIFT);
  }

  /** 1 / h of a compact leaf's header: 2^-e, exactly. */
  static double scale(int header) {
    int e = ((header >>> EXPONENT_SHIFT) & 0xFF) - 128;
    return Double.longBitsToDouble((long) (1023 - e) << 52);
  }

  static int candidateWord(int value, int runs, boolean parity) {
    return (value << ANSWER_SHIFT) | (Math.min(runs, MANY_RUNS) << 1) | (parity ? 1 : 0);
  }

  /**
   * The x (with {@code y = false}, y) of reference point {@code choice} of the cell at
   * {@code depth} below a top cell, {@code k}-th across (up) from the top cell's side
   * {@code corner}, {@code width} being the cell's width at that depth. Build and query compute
   * it by this one expression, so they agree on the same double.
   */
  static double reference(double corner, double width, int k, int choice, boolean y) {
    return corner + (k + (y ? FY : FX)[choice]) * width;
  }
}
