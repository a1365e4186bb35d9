/**
 * Test fixtures of grid-geo, published in its test-jar for other modules and the benchmarks:
 * the real boundary data ({@link org.gridgov.geo.testing.RealData}), the brute-force reference
 * locator ({@link org.gridgov.geo.testing.ReferenceLocator}) and QuickTheories generators
 * ({@link org.gridgov.geo.testing.GeoGenerators}).
 */
package org.gridgov.geo.testing;
