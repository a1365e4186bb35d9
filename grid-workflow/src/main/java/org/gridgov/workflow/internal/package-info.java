/**
 * Implementation of the workflow that needs nothing of its API: the business calendar's
 * working-time arrays ({@code WorkingTimeIndex}). It depends on the JDK only, so no type here
 * depends back on {@code org.gridgov.workflow}; the module does not export it and anything here
 * may change without notice.
 */
package org.gridgov.workflow.internal;
