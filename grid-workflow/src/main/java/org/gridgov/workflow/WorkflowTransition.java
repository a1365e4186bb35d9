package org.gridgov.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.MatterClass;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * A transition of a workflow definition (流转): the command that fires it, the states it leaves
 * from, the state it goes to, the roles that may fire it, the reasons it takes, its window and its
 * conditions, and the {@link TicketEventType} of the event it records.
 *
 * <p>Several transitions may share a {@link #command()} when they leave from different states or
 * their conditions ({@link #whenPassed()}, {@link #whenSatisfaction()}, {@link #whenMatterClass()})
 * tell them apart: {@code verify} with {@code passed = false} goes back for rework, {@code rate}
 * with {@code DISSATISFIED} reopens.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowTransition.class)
@JsonDeserialize(as = ImmutableWorkflowTransition.class)
public abstract class WorkflowTransition {
  /** The target that sends a ticket back to the state it was in before (resume after suspension). */
  public static final String PREVIOUS = "@previous";

  /** The transition's id, unique in the definition, for example {@code verify-fail}. */
  public abstract String id();

  /** The transition's name, for example 核查不通过. */
  public abstract String name();

  /** The command callers send; the id when not given. */
  @Value.Default
  public String command() {
    return id();
  }

  /** The type of the event recorded. */
  public abstract TicketEventType type();

  /** The states it may fire from (at least one). */
  public abstract List<String> from();

  /** The state it goes to: a state id, {@link #PREVIOUS}, or absent to stay in the same state. */
  public abstract Optional<String> to();

  /** The roles that may fire it (at least one). */
  public abstract List<String> roles();

  /** The reason codes it accepts; empty when it takes none. */
  public abstract List<String> reasons();

  /** True when a reason code is required. */
  @Value.Default
  public boolean reasonRequired() {
    return false;
  }

  /** The window: it may fire only this long after the ticket entered its current state (e.g. return within 2 working days). */
  public abstract Optional<TimeLimit> within();

  /** Fires only for a verification with this result. */
  public abstract Optional<Boolean> whenPassed();

  /** Fires only for these ratings; any when empty. */
  public abstract Set<Satisfaction> whenSatisfaction();

  /** Fires only for tickets of these matter classes; any when empty. */
  public abstract Set<MatterClass> whenMatterClass();

  /** True when it reopens the ticket (重办): a {@link TicketEventType#REOPENED} event follows its own. */
  @Value.Default
  public boolean reopens() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowTransition}. */
  public static class Builder extends ImmutableWorkflowTransition.Builder {}
}
