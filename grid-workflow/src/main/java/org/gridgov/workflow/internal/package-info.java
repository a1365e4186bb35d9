/**
 * Implementation of the workflow: compiled definition tables, the command processor, the
 * replay, the calendar's working-time arrays, JSON reading and the timing board's columns.
 * Not part of the API; anything here may change without notice.
 */
package org.gridgov.workflow.internal;
