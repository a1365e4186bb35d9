/**
 * Implementation details of grid-geo, not exported by the module: the cell index behind
 * {@code GridLocator}, the filtered exact orientation predicate, the GCJ-02 / BD-09 formulas,
 * the streaming GeoJSON parser (handed {@code GeoJsonReader}'s settings as a plain
 * {@link org.gridgov.geo.internal.ReadSettings}, so no type here depends on the reader), the
 * GeoJSON writer, the shared geometry factory and spherical areas. Types that nothing outside
 * this package needs are package-private.
 */
package org.gridgov.geo.internal;
