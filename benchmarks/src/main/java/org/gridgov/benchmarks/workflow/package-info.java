/**
 * JMH benchmarks of grid-workflow: command throughput on the in-memory store; the timing board's
 * questions with a million open tickets — light counts under a grid, the first page of reds, one
 * event's update, every ticket by light — each against the board as it was before issue 17
 * ({@code ColumnBoard}); and the in-memory store's memory for a million standard-loop tickets.
 */
package org.gridgov.benchmarks.workflow;
