/**
 * QuickTheories generators for grid-core values, shared with the other modules through
 * grid-core's test-jar: schemes, trees of random shape and depth, codes (valid and hostile),
 * corrupted trees, personal data and elements with their assignments.
 */
package org.gridgov.core.testing;
