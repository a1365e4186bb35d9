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

  /** The grid of feature {@code featureIndex} (at path {@code at}), or null after adding problems to {@code out}. */
  Grid build(int featureIndex, FeatureProperties props, String at, List<GeoJsonProblem> out) {
    String codeAt = at + ".properties." + settings.codeProperty();
    Optional<String> raw = Optional.ofNullable(props.code);
    if (props.code == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_CODE, featureIndex, raw, codeAt,
          props.codeBad == null ? "" : props.codeBad, props.codeBad == null
              ? "every feature needs a code in properties." + settings.codeProperty()
              : "a code is a string of digits or an integer"));
      return null;
    }
    GridCode code;
    try {
      code = GridCode.parse(codeAt, settings.codeForm().normalise(props.code));
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code, e.rule()));
      return null;
    }
    Integer level = props.level;
    if (level == null && settings.codeLayout().isPresent()) {
      try {
        level = settings.codeLayout().get().depthOf(code);
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code,
            "does not fit the code layout: " + e.rule()));
        return null;
      }
    }
    if (level == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_LEVEL, featureIndex, raw, at + ".properties." + settings.levelProperty(),
          props.levelBad == null ? "" : props.levelBad,
          "a feature needs an integer level, or the reader a code layout to derive it"));
      return null;
    }
    Optional<GridCode> parent = Optional.empty();
    if (props.parent != null) {
      String parentAt = at + ".properties." + settings.parentProperty();
      try {
        parent = Optional.of(GridCode.parse(parentAt, settings.codeForm().normalise(props.parent)));
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, parentAt, props.parent, e.rule()));
        return null;
      }
    }
    for (int i = 0; i < props.bad.size(); i++) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties." + props.bad.get(i),
          props.badValues.get(i), "must be a string (or null)"));
    }
    if (!props.bad.isEmpty()) {
      return null;
    }
    String name = props.name == null || props.name.isBlank() ? code.value() : props.name;
    try {
      return Grid.builder().code(code).name(name).level(level).parent(parent)
          .layer(Optional.ofNullable(props.layer)).kind(Optional.ofNullable(props.kind)).build();
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties", e.value(),
          e.field() + ": " + e.rule()));
      return null;
    }
  }
}
