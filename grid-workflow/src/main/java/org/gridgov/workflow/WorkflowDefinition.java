package org.gridgov.workflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workflow definition (流程定义) as data: roles, states, transitions, reason codes and the urging
 * and escalation policies. Read one from JSON with {@link WorkflowDefinitions#fromJson} or build one
 * with {@link #builder()}; either way it is validated when built and a fault is an
 * {@link InvalidDefinitionException} naming the definition and the element:
 *
 * <ul>
 *   <li>ids are unique and well formed; exactly one state is initial; the initial state is not final;</li>
 *   <li>every state is reachable from the initial state; no transition leaves a final state;
 *       every state that is not final has a way out;</li>
 *   <li>every state, role and reason a transition names exists ({@code system} is built in);</li>
 *   <li>a transition's type fits its target: {@code CLOSED}, {@code REJECTED}, {@code CANCELLED}
 *       transitions go to a final state of that outcome; {@code REPORTED} and {@code OVERDUE} are
 *       the service's own; a reopening transition goes to a state that is not final;</li>
 *   <li>transitions sharing a command from one state are told apart by their conditions;</li>
 *   <li>a state's timeout transition leaves from it and allows the {@code system} role.</li>
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowDefinition.class)
@JsonDeserialize(as = ImmutableWorkflowDefinition.class)
public abstract class WorkflowDefinition {
  /** The definition's id, for example {@code standard}. */
  public abstract String id();

  /** The definition's name, for example 标准事件闭环. */
  public abstract String name();

  /** What it is for and where it comes from. */
  public abstract Optional<String> description();

  /** The roles ({@code system}, the service's clock, is built in and may not be declared). */
  public abstract List<WorkflowRole> roles();

  /** The states. */
  public abstract List<WorkflowState> states();

  /** The transitions. */
  public abstract List<WorkflowTransition> transitions();

  /** The reason codes transitions accept. */
  public abstract List<ReasonCode> reasons();

  /** When the clock urges. */
  @Value.Default
  public UrgingPolicy urging() {
    return UrgingPolicy.standard();
  }

  /** The escalation ladder. */
  @Value.Default
  public EscalationPolicy escalation() {
    return EscalationPolicy.standard();
  }

  /** The state with this id, if any. */
  public Optional<WorkflowState> state(String id) {
    return states().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The transition with this id, if any. */
  public Optional<WorkflowTransition> transition(String id) {
    return transitions().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The initial state. */
  @JsonIgnore
  public WorkflowState initialState() {
    return compiled().initialState();
  }

  /** The definition as precomputed tables, for the command path. */
  @Value.Lazy
  @JsonIgnore
  CompiledDefinition compiled() {
    return CompiledDefinition.compile(this);
  }

  @Value.Check
  protected void check() {
    CompiledDefinition.compile(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowDefinition}; {@code build()} validates it. */
  public static class Builder extends ImmutableWorkflowDefinition.Builder {}

  @Override
  public String toString() {
    return "WorkflowDefinition[" + id() + ", " + states().size() + " states, " + transitions().size() + " transitions]";
  }
}
