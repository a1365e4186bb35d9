/**
 * The ticket closed loop (事件闭环): workflow definitions as data, tickets as replays of events,
 * working-time deadlines, dispatch, escalation and supervision.
 *
 * <ul>
 *   <li>{@link org.gridgov.workflow.TicketEvent} — one immutable fact about a ticket (who, in which
 *       role and scope, when, why, what); {@link org.gridgov.workflow.TicketEventType} says what
 *       kind of fact and {@link org.gridgov.workflow.EventPayload} carries its details;</li>
 *   <li>{@link org.gridgov.workflow.Ticket} — the state of a ticket, always the replay
 *       ({@link org.gridgov.workflow.Ticket#replay}) of its events;</li>
 *   <li>{@link org.gridgov.workflow.WorkflowDefinition} — states, transitions, roles, reasons and
 *       limits as data, validated on load ({@link org.gridgov.workflow.WorkflowDefinitions});</li>
 *   <li>{@link org.gridgov.workflow.TicketService} — checks commands against the definition, the
 *       actor's role and grid scope, appends the resulting events with an optimistic version;</li>
 *   <li>{@link org.gridgov.workflow.BusinessCalendar} — working days and hours on the Chinese
 *       calendar (public holidays and adjusted working days, 调休);</li>
 *   <li>{@link org.gridgov.workflow.TimingBoard} — the columnar snapshot behind the timing lights
 *       (红黄绿灯) and the urging clock (催办 → 督办 → 通报).</li>
 * </ul>
 *
 * <p>The store and listener service-provider interfaces live in {@code org.gridgov.workflow.spi};
 * implementation details in {@code org.gridgov.workflow.internal} are not part of the API.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    depluralize = true,
    privateNoargConstructor = false)
package org.gridgov.workflow;

import org.gridgov.core.MissingValueException;
import org.immutables.value.Value;
