/** JMH benchmarks of grid-geo: point-in-grid location against JTS. */
package org.gridgov.benchmarks.geo;
