package org.gridgov.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * A state of a workflow definition (流程状态), for example 已派遣. A state is final when it has an
 * {@link #outcome()}; exactly one state is {@link #initial()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowState.class)
@JsonDeserialize(as = ImmutableWorkflowState.class)
public abstract class WorkflowState {
  /** The state's id, for example {@code dispatched}. */
  public abstract String id();

  /** The state's name, for example 已派遣. */
  public abstract String name();

  /** True for the state a new ticket is in. */
  @Value.Default
  public boolean initial() {
    return false;
  }

  /** How a ticket ends here; present exactly for final states. */
  public abstract Optional<Outcome> outcome();

  /** What the state does to the main clock. */
  @Value.Default
  public ClockMode clock() {
    return ClockMode.IDLE;
  }

  /** The step limit (环节时限): a clock that starts whenever the state is entered. */
  public abstract Optional<TimeLimit> limit();

  /**
   * The transition the service's clock fires when the step limit passes (for example
   * {@code escalate}: the escalation ladder). It must start from this state and allow the
   * {@code system} role.
   */
  public abstract Optional<String> onTimeout();

  /** True for a final state. */
  @JsonIgnore
  public boolean isFinal() {
    return outcome().isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowState}. */
  public static class Builder extends ImmutableWorkflowState.Builder {}
}
