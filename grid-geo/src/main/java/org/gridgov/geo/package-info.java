/**
 * Boundaries of grids (网格边界): GeoJSON in and out, the exact point-in-grid locator, coverage
 * validation and China's coordinate systems.
 *
 * <ul>
 *   <li>{@link org.gridgov.geo.GeoJsonReader} / {@link org.gridgov.geo.GeoJsonWriter} — RFC 7946
 *       FeatureCollections of grids, read by streaming, with typed errors or a lenient report; the
 *       {@link org.gridgov.geo.BoundaryLoadReport} (边界载入报告) says what was done with every
 *       feature (a {@link org.gridgov.geo.FeatureOutcome}: loaded, re-levelled, re-parented or
 *       refused), and {@link org.gridgov.geo.UndividedDivisions} what to do with cities without
 *       counties among counties (不设区的市);</li>
 *   <li>{@link org.gridgov.geo.Boundaries} — the boundaries of one layer, in one
 *       {@link org.gridgov.geo.CoordinateSystem} (WGS-84, GCJ-02 or BD-09);</li>
 *   <li>{@link org.gridgov.geo.GridLocator} — the exact, immutable point-in-grid index (网格定位),
 *       an implementation of {@link org.gridgov.core.Locator}; its {@link org.gridgov.geo.IndexStats}
 *       say how many of the boundaries given were indexed;</li>
 *   <li>{@link org.gridgov.geo.CoverageValidator} — do the children tile their parent (全覆盖、无死角):
 *       gaps, overlaps, slivers, invalid rings and each grid's neighbours (四至);</li>
 *   <li>{@link org.gridgov.geo.TilingGenerator} — seeded Voronoi tilings of a real boundary, level by
 *       level, for tests, benchmarks and the demo.</li>
 * </ul>
 *
 * <p>Coordinates are (longitude, latitude) in degrees. Geometry types are those of JTS
 * ({@code org.locationtech.jts}); geometries handed out must not be modified. Implementation
 * details live in {@code org.gridgov.geo.internal}, which the module does not export and no
 * public signature names.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false)
package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
import org.immutables.value.Value;
