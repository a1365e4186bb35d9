package org.gridgov.geo.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.CodeForm;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;

/**
 * Turns a feature's properties into a {@link Grid}, or problems naming the property at fault: the
 * code, its level (an integer, a level word, or derived from the code by the code layout), the
 * code's length against the level's, and the parent against the code (see {@link ParentRule}).
 */
final class GridBuilder {
  private final ReadSettings settings;
  private final boolean divisionCodes;
  private final ParentRule parents;

  GridBuilder(ReadSettings settings) {
    this.settings = settings;
    this.divisionCodes = settings.codeForm() == CodeForm.ADMINISTRATIVE_DIVISION;
    this.parents = new ParentRule(settings);
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

  /**
   * The level a feature's level property states.
   *
   * @param level 1 at the root
   * @param length the length of a code at that level, when known (a code layout, or a level word)
   * @param said the property's value, for messages
   */
  private record Stated(int level, OptionalInt length, String said) {}

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
    try {
      GridCode.parse(codeAt, props.code);
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code, e.rule()));
      return Result.NONE;
    }
    int before = out.size();
    Stated stated = stated(featureIndex, props, at, raw, out);
    if (out.size() > before) {
      return Result.NONE;
    }
    Integer level = stated == null ? null : stated.level();
    String digits = codeDigits(featureIndex, props.code, stated, codeAt, raw, out);
    if (digits == null) {
      return Result.failed(level);
    }
    GridCode code = GridCode.parse(codeAt, digits);
    Optional<CodeLayout> layout = settings.codeLayout();
    if (layout.isPresent()) {
      try {
        int depth = layout.get().depthOf(code);
        level = level == null ? depth : level;
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code,
            "does not fit the code layout: " + e.rule()));
        return Result.failed(level);
      }
    }
    if (level == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_LEVEL, featureIndex, raw, at + ".properties." + settings.levelProperty(),
          "", "a feature needs a level (an integer, or a level word such as county), or the reader a code layout"
              + " to derive it"));
      return Result.NONE;
    }
    ParentRule.Parent parent = ParentRule.Parent.NONE;
    if (props.parent != null) {
      parent = parents.check(featureIndex, props.parent, code, level, props.levelWord != null,
          at, raw, out);
      if (parent == null) {
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
      return new Result(Optional.of(Grid.builder().code(code).name(name).level(level).parent(parent.code())
          .layer(Optional.ofNullable(props.layer)).kind(Optional.ofNullable(props.kind)).build()),
          Optional.of(level), parent.note());
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties", e.value(),
          e.field() + ": " + e.rule()));
      return Result.failed(level);
    }
  }

  /** The level the level property states, null when it states none; problems go to {@code out}. */
  private Stated stated(int featureIndex, FeatureProperties props, String at, Optional<String> raw,
      List<GeoJsonProblem> out) {
    String levelAt = at + ".properties." + settings.levelProperty();
    Optional<CodeLayout> layout = settings.codeLayout();
    if (props.level != null) {
      int level = props.level;
      if (layout.isPresent() && (level < 1 || level > layout.get().depth())) {
        out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, levelAt, Integer.toString(level),
            "the code layout has levels 1 to " + layout.get().depth()));
        return null;
      }
      return new Stated(level, layout.isPresent() ? OptionalInt.of(layout.get().lengthAt(level)) : OptionalInt.empty(),
          Integer.toString(level));
    }
    String word = props.levelWord != null ? props.levelWord : props.levelBad;
    if (word == null) {
      return null;
    }
    String accepted = "a level is an integer (1 at the root) or one of the words " + DivisionLevels.words();
    OptionalInt length = props.levelWord == null ? OptionalInt.empty() : DivisionLevels.lengthOfWord(word);
    if (length.isEmpty()) {
      out.add(new GeoJsonProblem(Kind.UNKNOWN_LEVEL, featureIndex, raw, levelAt, word, accepted));
      return null;
    }
    String said = "\"" + word + "\"";
    if (layout.isEmpty()) {
      return new Stated(DivisionLevels.levelOfLength(length.getAsInt()).getAsInt(), length, said);
    }
    StringBuilder lengths = new StringBuilder();
    for (int level = 1; level <= layout.get().depth(); level++) {
      if (layout.get().lengthAt(level) == length.getAsInt()) {
        return new Stated(level, length, said);
      }
      lengths.append(level == 1 ? "" : ", ").append(layout.get().lengthAt(level));
    }
    out.add(new GeoJsonProblem(Kind.UNKNOWN_LEVEL, featureIndex, raw, levelAt, word, "the level " + said
        + " means codes of " + length.getAsInt() + " digits; the code layout's levels have " + lengths + " digits"));
    return null;
  }

  /**
   * The grid code's digits: the code as written, or, for division codes, cut to its level's length
   * (without a stated level: without its trailing all-zero segments). Null after a problem when the
   * code's length is not its level's.
   */
  private String codeDigits(int featureIndex, String written, Stated stated, String codeAt, Optional<String> raw,
      List<GeoJsonProblem> out) {
    String significant = settings.codeForm().normalise(written);
    if (stated == null || stated.length().isEmpty()) {
      return significant;
    }
    int expected = stated.length().getAsInt();
    int digits = divisionCodes ? significant.length() : written.length();
    boolean fits = divisionCodes ? digits <= expected && written.length() >= expected : digits == expected;
    if (fits) {
      return divisionCodes ? written.substring(0, expected) : written;
    }
    // a division code too long for its level counts its digits without its trailing zeros
    String has = divisionCodes && digits > expected && significant.length() < written.length()
        ? "has " + digits + " digits without its trailing zeros (" + significant + ")"
        : "has " + written.length() + " digits";
    out.add(new GeoJsonProblem(Kind.WRONG_CODE_LENGTH, featureIndex, raw, codeAt, written,
        has + "; a code at level " + stated.level() + " (level property " + stated.said() + ") has " + expected));
    return null;
  }
}
