package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One grid (网格): its code, name and level, the layer and kind it belongs to and the dates
 * it is valid (boundaries and codes change; a retired grid keeps its history). A grid means
 * nothing alone: {@link GridTree} checks it against its scheme and its parent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrid.class)
@JsonDeserialize(as = ImmutableGrid.class)
public abstract class Grid {
  /** The grid's code; its parent's code is a prefix of it. */
  public abstract GridCode code();

  /** The grid's name, for example 御景花园社区第3网格. */
  public abstract String name();

  /** The scheme level, 1 at the root. */
  public abstract int level();

  /**
   * The parent's code. When absent for a grid below the root level, the tree takes the
   * code's prefix at the level above; when present, it must be that prefix.
   */
  public abstract Optional<GridCode> parent();

  /** The layer's id; absent means the scheme's base layer. */
  public abstract Optional<String> layer();

  /** The kind's id (urban, rural, …) where the level distinguishes kinds. */
  public abstract Optional<String> kind();

  /** Households in the grid, where known (a micro-grid is about 50, a basic grid several hundred). */
  public abstract OptionalInt households();

  /** The first day the grid is valid; valid since always when absent. */
  public abstract Optional<LocalDate> validFrom();

  /** The first day the grid is no longer valid (exclusive); valid for ever when absent. */
  public abstract Optional<LocalDate> validTo();

  /** True when the grid is valid on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    if (date == null) {
      throw new MissingValueException("date");
    }
    return (validFrom().isEmpty() || !date.isBefore(validFrom().get()))
        && (validTo().isEmpty() || date.isBefore(validTo().get()));
  }

  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new InvalidInputException("grids[" + code() + "].name", name(), "must not be blank");
    }
    if (level() < 1) {
      throw new InvalidInputException("grids[" + code() + "].level", Integer.toString(level()),
          "levels are numbered from 1 at the root");
    }
    if (validFrom().isPresent() && validTo().isPresent() && !validFrom().get().isBefore(validTo().get())) {
      throw new InvalidInputException("grids[" + code() + "].validTo", validTo().get().toString(),
          "must be after validFrom " + validFrom().get());
    }
    if (households().isPresent() && households().getAsInt() < 0) {
      throw new InvalidInputException("grids[" + code() + "].households",
          Integer.toString(households().getAsInt()), "must not be negative");
    }
  }

  /** A grid with the given code, name and level and everything else absent. */
  public static Grid of(GridCode code, String name, int level) {
    return builder().code(code).name(name).level(level).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Grid}. */
  public static class Builder extends ImmutableGrid.Builder {}
}
