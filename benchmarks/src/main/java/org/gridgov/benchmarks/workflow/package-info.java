/** JMH benchmarks of grid-workflow: command throughput on the in-memory store and the timing-light scan. */
package org.gridgov.benchmarks.workflow;
