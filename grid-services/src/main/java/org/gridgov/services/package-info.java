/**
 * Residents' services (居民服务), article 002's "资源清单、需求清单、项目清单" and "志愿服务超市":
 *
 * <ul>
 *   <li>{@link org.gridgov.services.ThreeLists} — the three lists (三项清单): what grid workers collect
 *       from residents (a visit, the hotline, a meeting, online; {@link org.gridgov.services.ResidentInput})
 *       sorted into resources, needs and projects, each {@link org.gridgov.services.ListItem} with its
 *       grid, owner and status; a need becomes a ticket of the workflow or a project; every read is
 *       within the reader's {@link org.gridgov.core.Scope};</li>
 *   <li>{@link org.gridgov.services.VolunteerMarket} — the volunteer supermarket: volunteers with
 *       skills, weekly availability, a home grid and a cap; one call matches a need to the best of
 *       them (skill, distance by the grid tree, then by location, load, availability), explains each
 *       choice ({@link org.gridgov.services.Candidate#reasons()}) and assigns within every cap.</li>
 * </ul>
 *
 * <p>The registries are the embedded, in-memory default: thread-safe, each change all or nothing
 * (a refused step changes nothing). Every failure is a {@link org.gridgov.core.GridGovException}
 * naming field, value and rule; personal data (phone numbers) is masked in {@code toString}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false)
package org.gridgov.services;

import org.gridgov.core.MissingValueException;
import org.immutables.value.Value;
