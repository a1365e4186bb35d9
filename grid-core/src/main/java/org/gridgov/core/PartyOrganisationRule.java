package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which party organisation a grid must have, depending on the number of party members in it
 * (根据网格内党员数量建立网格党支部或网格党小组): at least {@link #branchMinimumMembers()} members
 * form a party branch (党支部); fewer, but at least one, form a party group (党小组); a grid
 * without members needs neither.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyOrganisationRule.class)
@JsonDeserialize(as = ImmutablePartyOrganisationRule.class)
public abstract class PartyOrganisationRule {
  /** The level (id) whose grids are checked; the scheme's basic level when absent. */
  public abstract Optional<String> level();

  /** The layer (id) whose grids are checked; the scheme's base layer when absent. */
  public abstract Optional<String> layer();

  /** Members needed for a branch; the Party's constitution sets 3. */
  @Value.Default
  @Min(value = 2, message = "must be at least 2")
  public int branchMinimumMembers() {
    return 3;
  }

  /** The organisation a grid with {@code members} party members must have; empty for none. */
  public Optional<PartyOrganisationType> required(int members) {
    if (members <= 0) {
      return Optional.empty();
    }
    return Optional.of(members >= branchMinimumMembers()
        ? PartyOrganisationType.BRANCH : PartyOrganisationType.GROUP);
  }

  /** The rule with the constitution's threshold of 3 at the basic level. */

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static PartyOrganisationRule standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyOrganisationRule}. */
  public static class Builder extends ImmutablePartyOrganisationRule.Builder {}
}
