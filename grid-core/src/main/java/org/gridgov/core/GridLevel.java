package org.gridgov.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of a place's grid hierarchy (网格层级), for example 镇街一级网格 or 三级基础网格. A level
 * adds one segment of {@link #codeWidth()} digits to its parent's code.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridLevel.class)
@JsonDeserialize(as = ImmutableGridLevel.class)
public abstract class GridLevel {
  /** A short id, for example {@code community}. */
  @NotBlank
  @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
  public abstract String id();

  /** The level's name in the place's words, for example 社区（村居）二级网格. */
  @NotBlank
  public abstract String name();

  /** Digits this level adds to the code (the root level's width is its whole code). */
  @Min(value = 1, message = "must be at least 1")
  @Max(value = 18, message = "must be at most 18")
  public abstract int codeWidth();

  /** What this level's code segment may be; {@link SegmentRule#TOWNSHIP} checks NBS ranges. */
  @Value.Default
  public SegmentRule segmentRule() {
    return SegmentRule.ANY;
  }

  /**
   * True for the level of basic grids (基础网格): the grids elements are assigned to and grid
   * workers are responsible for. Levels below it (micro-grids, 微网格) subdivide basic grids.
   */
  @Value.Default
  public boolean basic() {
    return false;
  }

  /** The kinds a grid at this level may have; empty when the level does not distinguish kinds. */
  public abstract List<String> kinds();

  /** The title of the person responsible at this level, for example 一级网格长. */
  public abstract Optional<String> leaderTitle();

  /** Enforces the constraints on the attributes. */
  @Value.Check
  protected void checkConstraints() {
    Constraints.enforce(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GridLevel}. */
  public static class Builder extends ImmutableGridLevel.Builder {}
}
