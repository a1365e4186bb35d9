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
 *   <li>{@link org.gridgov.workflow.TicketService} — the one object an application builds: opens
 *       tickets, checks commands against the definition, the actor's role and grid scope, appends
 *       the resulting events with an optimistic version, runs the clock and answers reads;</li>
 *   <li>{@link org.gridgov.workflow.Command} — a request to fire a transition, by command name;
 *       {@link org.gridgov.workflow.Commands} builds the commands of the shipped definitions with
 *       typed factories ({@code Commands.verify(ticket, actor, passed)});</li>
 *   <li>{@link org.gridgov.workflow.BusinessCalendar} — working days and hours on the Chinese
 *       calendar (public holidays and adjusted working days, 调休);</li>
 *   <li>{@link org.gridgov.workflow.TimingBoard} — the columnar snapshot behind the timing lights
 *       (红黄绿灯) and the urging clock (催办 → 督办 → 通报).</li>
 * </ul>
 *
 * <p>{@code TicketService} is a façade over package-private parts of this package, one job each:
 * {@code TicketIntake} (report), {@code CommandCheck} and {@code RoleCheck} (the checks of a
 * command), {@code TransitionFiring} (the events a transition records), {@code TicketCommitter}
 * (append, board, listeners), {@code ClockSweep} and {@code ClockAlarms} (the clock), {@code DueAlarms}
 * (which tickets have an alarm due: the board today, a store query later), {@code TicketQueries}
 * (the reads) and {@code ServiceContext} (what they share); {@code CompiledDefinition} is a
 * definition's lookup tables. {@code TimingBoard} keeps its slot columns in {@code BoardSlots}, its
 * ladders in {@code BoardLadders} (brought up to date in sorted batches before every question) and
 * answers pages and lists through {@code BoardPages}. See {@code docs/workflow.md} §1.1.
 *
 * <p>The store and listener service-provider interfaces live in {@code org.gridgov.workflow.spi};
 * {@code org.gridgov.workflow.internal} holds JDK-only implementation (the calendar's working-time
 * index), is not exported and is not part of the API.
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
