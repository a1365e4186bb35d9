package org.gridgov.core;

import org.immutables.value.Value;

/** An object in a grid (物): a facility, a public component or a hazard (隐患). */
@Value.Immutable
public abstract non-sealed class Facility implements Element {
  @Override
  public abstract String id();

  /** What it is called, for example 3号楼消防通道. */
  public abstract String name();

  /** Facility, public component or hazard. */
  public abstract FacilityKind facilityKind();

  /** For a hazard: true once it has been removed (隐患已整改). */
  @Value.Default
  public boolean resolved() {
    return false;
  }

  /** True for a hazard not yet removed. */
  public boolean isOpenHazard() {
    return facilityKind() == FacilityKind.HAZARD && !resolved();
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.OBJECT;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "facility");
    if (name().isBlank()) {
      throw new InvalidInputException("facility[" + id() + "].name", name(), "must not be blank");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Facility}. */
  public static class Builder extends ImmutableFacility.Builder {}
}
