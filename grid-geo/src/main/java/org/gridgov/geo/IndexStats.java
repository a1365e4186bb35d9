package org.gridgov.geo;

/**
 * Figures about a {@link GridLocator}'s index (索引统计): how many of the boundaries it was given it
 * indexed, and the index's size and build time.
 *
 * @param grids basic grids indexed: the basic grids of the layer that have a boundary
 * @param boundaries boundaries given to the locator; those not indexed (grids of other levels or
 *     layers) are {@link GridLocator#boundariesNotIndexed()}
 * @param vertices polygon vertices held (closing vertices included)
 * @param topCellsX top-level cells across
 * @param topCellsY top-level cells up
 * @param cells cell entries in all (top cells and quadtree cells)
 * @param boundaryLeaves cells that keep edges for an exact test
 * @param leafEdges edge references kept by the boundary leaves
 * @param maxDepth the deepest quadtree level below the top cells
 * @param bytes memory of the index arrays (vertices included)
 * @param buildMillis time to build the index
 */
public record IndexStats(int grids, int boundaries, long vertices, int topCellsX, int topCellsY, int cells,
    int boundaryLeaves, long leafEdges, int maxDepth, long bytes, long buildMillis) {

  /** Index bytes per polygon vertex. */
  public double bytesPerVertex() {
    return vertices == 0 ? 0 : (double) bytes / vertices;
  }
}
