/** Benchmarks of grid-core: building the national division tree and querying it. */
package org.gridgov.benchmarks.core;
