/**
 * GridGov core (网格化服务管理核心): the contracts every other module builds on.
 *
 * <ul>
 *   <li>{@link org.gridgov.core.GridScheme} — a place's levels, code layout, layers and staffing
 *       rules, loaded from JSON ({@link org.gridgov.core.GridSchemes});</li>
 *   <li>{@link org.gridgov.core.GridCode} and {@link org.gridgov.core.CodeLayout} — hierarchical
 *       grid codes (网格编码);</li>
 *   <li>{@link org.gridgov.core.GridTree} — the immutable, validated grid hierarchy (网格体系)
 *       with O(1)/O(depth) queries and "as of date" views;</li>
 *   <li>{@link org.gridgov.core.LayerMapping} — the mapping between two layers such as the
 *       comprehensive and the police grid (双格融合);</li>
 *   <li>the five kinds of element (人、地/房、物、事、组织), their assignment to basic grids and the
 *       {@link org.gridgov.core.ElementCoverageReport} ("三清");</li>
 *   <li>{@link org.gridgov.core.ResidentId} and {@link org.gridgov.core.PhoneNumber} — personal data,
 *       validated and masked by default;</li>
 *   <li>staffing rules and their {@link org.gridgov.core.StaffingReport};</li>
 *   <li>the {@link org.gridgov.core.MatterCatalogue} (网格事项准入清单);</li>
 *   <li>{@link org.gridgov.core.Principal} and {@link org.gridgov.core.Scope} — who may read and
 *       act on which grids;</li>
 *   <li>{@link org.gridgov.core.GridGovJson} — the strict Jackson set-up every module reads its
 *       files with.</li>
 * </ul>
 *
 * <p>Every type here is immutable and free of nulls; every failure is a
 * {@link org.gridgov.core.GridGovException}. Implementation details live in
 * {@code org.gridgov.core.internal} and are not part of the API.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false)
package org.gridgov.core;

import org.immutables.value.Value;
