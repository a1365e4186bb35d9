package org.gridgov.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A member of grid staff (网格力量): a grid worker, leader, police officer, volunteer, … */
@Value.Immutable
public abstract class StaffMember {
  /** The staff id. */
  public abstract String id();

  /** The person's name. */
  public abstract String name();

  /** A phone number (masked in toString and default JSON). */
  public abstract Optional<PhoneNumber> phone();

  /** True for a party member. */
  @Value.Default
  public boolean partyMember() {
    return false;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "staff");
    if (name().isBlank()) {
      throw new InvalidInputException("staff[" + id() + "].name", name(), "must not be blank");
    }
  }

  public static StaffMember of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffMember}. */
  public static class Builder extends ImmutableStaffMember.Builder {}
}
