/**
 * JMH benchmarks of grid-geo: point-in-grid location against JTS ({@code PointInGridBenchmark}),
 * the batch lookup against the single-point loop ({@code BatchLocateBenchmark}), and the locator
 * at province scale ({@code ProvinceScaleBenchmark}) on generated sets cached under
 * {@code target/} ({@code GeneratedGrids}).
 */
package org.gridgov.benchmarks.geo;
