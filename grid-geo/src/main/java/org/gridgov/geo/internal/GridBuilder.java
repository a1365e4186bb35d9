package org.gridgov.geo.internal;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;

/** Turns a feature's properties into a {@link Grid}, or problems naming the property at fault. */
final class GridBuilder {
  private final ReadSettings settings;

  GridBuilder(ReadSettings settings) {
    this.settings = settings;
  }

  /**
   * A feature's grid as read.
   *
   * @param grid the grid, or empty after problems were added
   * @param levelRead the level the file gave or the code implied, when known
   * @param note why the grid's parent is not the file's parent property; empty when it is
   */
  record Result(Optional<Grid> grid, Optional<Integer> levelRead, String note) {
    static final Result NONE = new Result(Optional.empty(), Optional.empty(), "");

    static Result failed(Integer level) {
      return new Result(Optional.empty(), Optional.ofNullable(level), "");
    }
  }

  /** The grid of feature {@code featureIndex} (at path {@code at}); problems go to {@code out}. */
  Result build(int featureIndex, FeatureProperties props, String at, List<GeoJsonProblem> out) {
    String codeAt = at + ".properties." + settings.codeProperty();
    Optional<String> raw = Optional.ofNullable(props.code);
    if (props.code == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_CODE, featureIndex, raw, codeAt,
          props.codeBad == null ? "" : props.codeBad, props.codeBad == null
              ? "every feature needs a code in properties." + settings.codeProperty()
              : "a code is a string of digits or an integer"));
      return Result.NONE;
    }
    GridCode code;
    try {
      code = GridCode.parse(codeAt, settings.codeForm().normalise(props.code));
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code, e.rule()));
      return Result.NONE;
    }
    Integer level = props.level;
    if (level == null && settings.codeLayout().isPresent()) {
      try {
        level = settings.codeLayout().get().depthOf(code);
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code,
            "does not fit the code layout: " + e.rule()));
        return Result.NONE;
      }
    }
    if (level == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_LEVEL, featureIndex, raw, at + ".properties." + settings.levelProperty(),
          props.levelBad == null ? "" : props.levelBad,
          "a feature needs an integer level, or the reader a code layout to derive it"));
      return Result.NONE;
    }
    Optional<GridCode> parent = Optional.empty();
    if (props.parent != null) {
      String parentAt = at + ".properties." + settings.parentProperty();
      try {
        parent = Optional.of(GridCode.parse(parentAt, settings.codeForm().normalise(props.parent)));
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, parentAt, props.parent, e.rule()));
        return Result.failed(level);
      }
    }
    for (int i = 0; i < props.bad.size(); i++) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties." + props.bad.get(i),
          props.badValues.get(i), "must be a string (or null)"));
    }
    if (!props.bad.isEmpty()) {
      return Result.failed(level);
    }
    String name = props.name == null || props.name.isBlank() ? code.value() : props.name;
    try {
      return new Result(Optional.of(Grid.builder().code(code).name(name).level(level).parent(parent)
          .layer(Optional.ofNullable(props.layer)).kind(Optional.ofNullable(props.kind)).build()),
          Optional.of(level), "");
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties", e.value(),
          e.field() + ": " + e.rule()));
      return Result.failed(level);
    }
  }
}
