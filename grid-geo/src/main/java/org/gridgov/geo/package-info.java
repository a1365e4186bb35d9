/**
 * Boundaries of grids (网格边界): GeoJSON in and out, the exact point-in-grid locator,
 * coverage validation and China's coordinate systems. Arrives with its own issue.
 */
package org.gridgov.geo;
