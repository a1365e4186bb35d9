/**
 * Implementation of scoring: the per-ticket tracker, the primitive count tables, the evidence
 * log, exact fraction arithmetic and the strict JSON reading of rule files. Not part of the API;
 * anything here may change without notice.
 */
package org.gridgov.scoring.internal;
