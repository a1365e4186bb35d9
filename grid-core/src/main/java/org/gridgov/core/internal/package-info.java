/**
 * Implementation details of grid-core, not part of the API: the scheme and CSV readers and
 * writers (strict JSON, Jakarta Validation with JSON-path messages), the tree indexer that checks
 * every tree rule and lays a {@code GridTree} out in depth-first preorder arrays, and the packed
 * code index behind lookups by {@code GridCode}.
 */
package org.gridgov.core.internal;
