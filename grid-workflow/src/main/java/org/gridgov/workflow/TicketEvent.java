package org.gridgov.workflow;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Principal;
import org.immutables.value.Value;

/**
 * One immutable fact about a ticket (工单事件): every change to a ticket is one of these, and a
 * ticket's state is the replay of its events ({@link Ticket#replay}). Events are appended to the
 * store with consecutive versions starting at 1 and never change.
 *
 * <p>Besides what happened ({@link #type()}, {@link #payload()}) and the state machine's move
 * ({@link #transition()}, {@link #fromState()}, {@link #state()}), each event says who acted —
 * the {@link #actor()} principal with its kind, department and grid scope, in which definition
 * {@link #role()} — when ({@link #occurredAt()}) and why ({@link #reason()}). It also carries the
 * context an indicator needs without a replay: the ticket's {@link #matterType()}, basic
 * {@link #grid()}, the grid level handling it ({@link #handlingGrid()}), the {@link #department()}
 * assigned after the event and the main and step clocks after the event ({@link #deadline()},
 * {@link #stepDeadline()}).
 */
@Value.Immutable
public abstract class TicketEvent implements WithTicketEvent {
  /** The transition name of events the service's clock generates (urging, overdue). */
  public static final String CLOCK_TRANSITION = "clock";
  /** The role of the service's own clock. */
  public static final String SYSTEM_ROLE = "system";

  /** The ticket. */
  public abstract TicketId ticketId();

  /** The ticket's version after this event: 1 for the {@link TicketEventType#REPORTED} event, then +1 each. */
  public abstract long version();

  /** What kind of fact this is. */
  public abstract TicketEventType type();

  /**
   * The definition's transition that produced it: {@code report} for the {@link TicketEventType#REPORTED}
   * event, {@link #CLOCK_TRANSITION} for the clock's own urging and overdue events; implied events
   * (a {@code CLOSED} after a passing verification, a {@code REOPENED} after a dissatisfied rating)
   * carry the transition that implied them.
   */
  public abstract String transition();

  /** The state before the event (empty for the first event). */
  public abstract Optional<String> fromState();

  /** The state after the event. */
  public abstract String state();

  /**
   * True when the event entered {@link #state()}: a change of state, or a transition that
   * re-enters the same state (an escalation one more level up) and so restarts its step clock.
   */
  @Value.Default
  public boolean enteredState() {
    return fromState().map(from -> !from.equals(state())).orElse(true);
  }

  /** Who acted: the principal with its id, kind, department and scope roots at the time. */
  public abstract Principal actor();

  /** The definition role the actor acted in ({@link #SYSTEM_ROLE} for the clock, {@code reporter} for the first event). */
  public abstract String role();

  /** When it happened, from the service's injected clock. */
  public abstract Instant occurredAt();

  /** The reason code, for transitions that take one (e.g. {@code outside-remit}, {@code duplicate}). */
  public abstract Optional<String> reason();

  /** A free-text note from the actor. */
  public abstract Optional<String> comment();

  /** The type-specific facts. */
  @Value.Default
  public EventPayload payload() {
    return EventPayload.none();
  }

  /** The ticket's matter type code (from the catalogue). */
  public abstract String matterType();

  /** The basic grid the ticket is in. */
  public abstract GridCode grid();

  /** The grid whose level handles the ticket after the event: the basic grid until escalated. */
  public abstract GridCode handlingGrid();

  /** The department assigned after the event, if any. */
  public abstract Optional<String> department();

  /** The ticket's main clock after the event, once started. */
  public abstract Optional<Deadline> deadline();

  /** The clock of the state the ticket is in after the event, when that state has a limit. */
  public abstract Optional<Deadline> stepDeadline();

  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new InvalidInputException("event.version", Long.toString(version()), "versions start at 1");
    }
    if ((version() == 1) != (type() == TicketEventType.REPORTED)) {
      throw new InvalidInputException("event.type", type().name(),
          "version 1 is the REPORTED event and only version 1 is (version " + version() + ")");
    }
    if (!payload().typeFits(type())) {
      throw new InvalidInputException("event.payload", payload().getClass().getSimpleName(),
          "does not fit an event of type " + type());
    }
    if (state().isBlank()) {
      throw new InvalidInputException("event.state", state(), "must not be blank");
    }
  }

  /** The payload as {@code type}, when it is one. */
  public <P extends EventPayload> Optional<P> payload(Class<P> type) {
    return type.isInstance(payload()) ? Optional.of(type.cast(payload())) : Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TicketEvent}. */
  public static class Builder extends ImmutableTicketEvent.Builder {}

  @Override
  public String toString() {
    return "TicketEvent[" + ticketId() + " v" + version() + " " + type() + " " + transition() + " "
        + fromState().map(s -> s + "->").orElse("") + state() + " by " + actor().id() + " as " + role()
        + " at " + occurredAt() + reason().map(r -> " reason " + r).orElse("") + "]";
  }
}
