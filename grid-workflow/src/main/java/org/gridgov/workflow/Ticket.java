package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.Joint;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * A ticket (工单/事件/案卷) as it stands after its events: always {@link #replay(List)} of them.
 * Immutable; {@link #apply(TicketEvent)} gives the next state.
 *
 * <p>What was reported (channel, matter type and class, grid, location, reporter, priority,
 * summary; the special group of a one-key call, the joint and the shared grids of a fused place) is
 * fixed by the first event; who handles it (department, assisting departments, unit, handling grid
 * level, summoned departments), its clocks, urging level, reworks, rating and outcome follow the
 * later events.
 */
@Value.Immutable
public abstract class Ticket {
  /** The ticket's id. */
  public abstract TicketId id();

  /** The number of events so far; the version the next event must follow. */
  public abstract long version();

  /** The id of the workflow definition the ticket follows. */
  public abstract String definition();

  /** The current state's id. */
  public abstract String state();

  /** The state before the last change of state (where a resumed ticket goes back to). */
  public abstract Optional<String> previousState();

  /** When the ticket entered its current state (or re-entered it). */
  public abstract Instant stateEnteredAt();

  /** Where it came in. */
  public abstract Channel channel();

  /** The matter type's code. */
  public abstract String matterType();

  /** On the spot, promised or escalated. */
  public abstract MatterClass matterClass();

  /** The matter type's time limit at the time of reporting. */
  public abstract TimeLimit limit();

  /** The department owning the matter type (where smart dispatch sends it). */
  public abstract String owningDepartment();

  /** The basic grid it is in. */
  public abstract GridCode grid();

  /** Where it is, when reported with a location. */
  public abstract Optional<ReportedPlace> location();

  /** Who reported it. */
  public abstract Reporter reporter();

  /** How urgent. */
  public abstract Priority priority();

  /** What it is about. */
  public abstract String summary();

  /** The caller's special group, for a one-key call for help (一键求助). */
  public abstract Optional<SpecialGroup> specialGroup();

  /** The joint of the grid fusion its matter type falls under (十联), when it is handled jointly. */
  public abstract Optional<Joint> joint();

  /** The grids of the other fused layer it landed in too (双格融合, shared intake), in code order. */
  public abstract List<GridCode> sharedGrids();

  /** The actor who reported it (the principal id of the first event). */
  public abstract String reportedBy();

  /** When it was reported. */
  public abstract Instant reportedAt();

  /** When the last event happened. */
  public abstract Instant updatedAt();

  /** The grid whose level handles it: the basic grid, or an ancestor after escalations. */
  public abstract GridCode handlingGrid();

  /** How many levels it has been escalated. */
  @Value.Default
  public int escalations() {
    return 0;
  }

  /** The department it is assigned to, if dispatched and not returned. */
  public abstract Optional<String> department();

  /** The department's unit responsible for the grid, when the directory has one. */
  public abstract Optional<String> unit();

  /**
   * The departments assisting the assigned one (联合处置: the lead is {@link #department()}, these
   * are the 协同单位), in order; empty when one department handles it.
   */
  public abstract List<String> assistingDepartments();

  /** The departments that returned it as outside their remit, in order. */
  public abstract List<String> returnedBy();

  /** The departments summoned by escalations, in order. */
  public abstract List<Summons> summons();

  /** An extension asked for and not yet decided. */
  public abstract Optional<TimeLimit> pendingExtension();

  /** How many extensions were approved. */
  @Value.Default
  public int extensions() {
    return 0;
  }

  /** True while a cancellation request awaits approval. */
  @Value.Default
  public boolean cancellationRequested() {
    return false;
  }

  /** The main clock, once started. */
  public abstract Optional<Deadline> deadline();

  /** The clock of the current state, when it has a limit. */
  public abstract Optional<Deadline> stepDeadline();

  /** The highest urging step reached on the current main due instant. */
  @Value.Default
  public UrgingLevel urging() {
    return UrgingLevel.NONE;
  }

  /** True once the current main due instant has passed and an OVERDUE event recorded it. */
  @Value.Default
  public boolean overdueRecorded() {
    return false;
  }

  /** True once the current step clock has passed and an OVERDUE event recorded it. */
  @Value.Default
  public boolean stepOverdueRecorded() {
    return false;
  }

  /** How many times it went back for rework (failed verification, dissatisfied rating). */
  @Value.Default
  public int reworks() {
    return 0;
  }

  /** The latest rating, if rated. */
  public abstract Optional<Satisfaction> satisfaction();

  /** When it reached a final state. */
  public abstract Optional<Instant> closedAt();

  /** How it ended, once it has. */
  public abstract Optional<Outcome> outcome();

  /** True until the ticket reaches a final state. */
  public boolean isOpen() {
    return outcome().isEmpty();
  }

  /**
   * The timing light at {@code at}: of the main clock once started, otherwise of the step clock,
   * otherwise green. A closed ticket's light is read at its closing instant.
   */
  public TimingLight lightAt(Instant at) {
    if (at == null) {
      throw new MissingValueException("at");
    }
    Instant t = closedAt().filter(c -> c.isBefore(at)).orElse(at);
    if (deadline().isPresent()) {
      return deadline().get().lightAt(t);
    }
    if (stepDeadline().isPresent() && isOpen()) {
      return stepDeadline().get().lightAt(t);
    }
    return TimingLight.GREEN;
  }

  /**
   * Whether it was closed within its main limit: empty while open or when it did not close
   * ({@link Outcome#REJECTED}, {@link Outcome#CANCELLED}).
   */
  public Optional<Boolean> closedOnTime() {
    if (outcome().orElse(null) != Outcome.CLOSED) {
      return Optional.empty();
    }
    return Optional.of(deadline().map(d -> !d.isOverdueAt(closedAt().orElseThrow())).orElse(true));
  }

  /** The state after {@code event}. */
  public Ticket apply(TicketEvent event) {
    return TicketReplay.apply(this, event);
  }

  /**
   * The state after {@code events}, the first of which must be the {@link TicketEventType#REPORTED}
   * event at version 1 and the rest consecutive versions of the same ticket.
   *
   * @throws org.gridgov.core.InvalidInputException naming the first event that does not follow
   */
  public static Ticket replay(List<TicketEvent> events) {
    return TicketReplay.replay(events);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ticket}; used by the replay. */
  public static class Builder extends ImmutableTicket.Builder {}

  @Override
  public String toString() {
    return "Ticket[" + id() + " v" + version() + " " + definition() + ":" + state() + " " + matterType()
        + " in " + grid() + department().map(d -> " at " + d).orElse("")
        + outcome().map(o -> " " + o).orElse("") + "]";
  }
}
