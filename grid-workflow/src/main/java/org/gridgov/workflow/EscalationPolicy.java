package org.gridgov.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * The escalation ladder ("网格吹哨、部门报到"): an escalation moves the ticket's handling grid one level
 * up the tree, never above {@link #topLevel()}, and the departments it summons must report in
 * within {@link #reportIn()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEscalationPolicy.class)
@JsonDeserialize(as = ImmutableEscalationPolicy.class)
public abstract class EscalationPolicy {
  /** The highest tree level (1 = the root) a ticket may be escalated to. */
  @Value.Default
  public int topLevel() {
    return 1;
  }

  /** The report-in limit of summoned departments. */
  @Value.Default
  public TimeLimit reportIn() {
    return TimeLimit.workingHours(2);
  }

  /** The default: up to the root, report in within 2 working hours. */
  public static EscalationPolicy standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationPolicy}. */
  public static class Builder extends ImmutableEscalationPolicy.Builder {}
}
