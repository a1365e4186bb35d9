package org.gridgov.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.gridgov.core.TimeLimit;
import org.immutables.value.Value;

/**
 * When the clock urges (催办 → 督办 → 通报): 催办 when the light turns yellow, 督办 (with an
 * {@link TicketEventType#OVERDUE} event) when it turns red, 通报 {@link #bulletinAfter()} after
 * the due instant.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUrgingPolicy.class)
@JsonDeserialize(as = ImmutableUrgingPolicy.class)
public abstract class UrgingPolicy {
  /** False turns automatic urging off (overdue events are still recorded). */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** How long after the due instant the overdue ticket is published (通报). */
  @Value.Default
  public TimeLimit bulletinAfter() {
    return TimeLimit.workingDays(1);
  }

  /** The default: enabled, bulletin 1 working day after the due instant. */
  public static UrgingPolicy standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UrgingPolicy}. */
  public static class Builder extends ImmutableUrgingPolicy.Builder {}
}
