/** JMH benchmarks of GridGov, one class per question, baseline and contender side by side. */
package org.gridgov.benchmarks;
