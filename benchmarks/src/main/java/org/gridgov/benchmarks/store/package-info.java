/**
 * The ticket store on PostgreSQL beside the in-memory store (存储基准): appends per second, the
 * timing-light counts over 1,000,000 open tickets, the open tickets under a level-2 grid. PostgreSQL
 * is the embedded one of grid-store-jdbc's tests, started in each fork.
 */
package org.gridgov.benchmarks.store;
