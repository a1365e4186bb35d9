/**
 * The ticket closed loop (事件闭环): workflow definitions as data, tickets as replays of events,
 * working-time deadlines, dispatch, escalation and supervision. Arrives with its own issue.
 */
package org.gridgov.workflow;
