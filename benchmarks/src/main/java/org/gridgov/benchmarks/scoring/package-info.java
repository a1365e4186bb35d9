/**
 * JMH benchmarks of grid-scoring: a month of one million ticket events into indicators and a
 * ranking, and the incremental update for one new event.
 */
package org.gridgov.benchmarks.scoring;
