package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A layer of grids (网格类型/图层) that covers the same ground as the others: comprehensive
 * grids (综合网格), police grids (警务网格), urban-management grids (城管网格), civilised-city grids
 * (创城网格), water-area grids (水域网格), dedicated grids (专属网格) and volunteer grids (志愿者网格).
 * A grid belongs to one layer; the upper, administrative levels belong to the scheme's base layer
 * and carry the grids of every layer.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLayer.class)
@JsonDeserialize(as = ImmutableLayer.class)
public abstract class Layer {
  /** The id grids refer to, lower-case words joined by '-', for example {@code police}. */
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The name people use, for example 警务网格. */
  @Value.Parameter
  @NotBlank
  public abstract String name();

  /**
   * Whether every element must lie in exactly one basic grid of this layer (全覆盖). True for
   * the comprehensive and police layers; a dedicated grid (a school, a hospital) covers only
   * what is inside it.
   */
  @Value.Default
  public boolean fullCoverage() {
    return false;
  }

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  /** A layer with the given id and name that does not demand full coverage. */
  public static Layer of(String id, String name) {
    return ImmutableLayer.of(id, name);
  }

  /** A layer with the given id and name in which every element must lie in exactly one grid. */
  public static Layer fullCoverage(String id, String name) {
    return ImmutableLayer.builder().id(id).name(name).fullCoverage(true).build();
  }

  /** 综合网格: the comprehensive grid, the usual base layer. */
  public static Layer comprehensive() {
    return fullCoverage("comprehensive", "综合网格");
  }

  /** 警务网格: the police grid. */
  public static Layer police() {
    return fullCoverage("police", "警务网格");
  }
}
