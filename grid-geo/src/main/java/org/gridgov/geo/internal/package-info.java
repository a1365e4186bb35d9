/**
 * Implementation details of grid-geo, not part of the API: the cell index behind
 * {@code GridLocator}, the filtered exact orientation predicate, the GCJ-02 / BD-09 formulas,
 * the streaming GeoJSON parser and spherical areas.
 */
package org.gridgov.geo.internal;
