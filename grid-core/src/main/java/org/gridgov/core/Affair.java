package org.gridgov.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An affair in a grid (事): an event, a dispute or a resident's request. */
@Value.Immutable
public abstract non-sealed class Affair implements Element {
  @Override
  public abstract String id();

  /** Event, dispute or request. */
  public abstract AffairKind affairKind();

  /** A one-line summary. */
  public abstract String summary();

  /** The day it happened or was recorded. */
  public abstract Optional<LocalDate> occurredOn();

  /** True once settled (化解 / 办结). */
  @Value.Default
  public boolean resolved() {
    return false;
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.AFFAIR;
  }

  @Value.Check
  protected void check() {
    Elements.requireId(id(), "affair");
    if (summary().isBlank()) {
      throw new InvalidInputException("affair[" + id() + "].summary", summary(), "must not be blank");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Affair}. */
  public static class Builder extends ImmutableAffair.Builder {}
}
