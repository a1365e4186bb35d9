package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A staffing formula (网格力量配置标准) such as "1+1+1+1+N", "one grid one worker" (一格一员) or
 * "one leader four officers" (一长四员): role requirements per grid and, optionally, the party
 * organisation rule. {@link StaffingRules} has the articles' formulas; {@link StaffingReport}
 * lists the grids that break one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingRule.class)
@JsonDeserialize(as = ImmutableStaffingRule.class)
public abstract class StaffingRule {
  /** A short id, for example {@code one-grid-one-worker}. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The formula's name as the place says it, for example 一格一员. */
  @NotBlank
  public abstract String name();

  /** The role requirements. */
  public abstract List<@Valid RoleRequirement> requirements();

  /** The party organisation rule, when the formula includes one. */
  public abstract Optional<@Valid PartyOrganisationRule> partyOrganisation();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffingRule}. */
  public static class Builder extends ImmutableStaffingRule.Builder {}
}
