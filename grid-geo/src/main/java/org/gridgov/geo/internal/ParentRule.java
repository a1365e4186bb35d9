package org.gridgov.geo.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.CodeForm;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;

/**
 * Checks a feature's parent property against its code, whose prefix is its parent's code:
 * <ul>
 *   <li>the code's own parent (the prefix one level up) is kept;</li>
 *   <li>an ancestor above it (a municipality's district 110105 with the province 110000 as parent)
 *       is replaced by the code's own parent (1101, the 市辖区 level), and the outcome says so;</li>
 *   <li>at the root level, the country code 100000 of division files, or any ancestor of the code
 *       outside the tree, is dropped (a root has no parent), and the outcome says so;</li>
 *   <li>anything else contradicts the code and refuses the feature.</li>
 * </ul>
 * Where the code's own parent cannot be known (codes as they are, integer levels, no code layout),
 * a parent that is a prefix of the code is kept and the tree checks the levels.
 */
final class ParentRule {
  private final ReadSettings settings;
  private final boolean divisionCodes;

  ParentRule(ReadSettings settings) {
    this.settings = settings;
    this.divisionCodes = settings.codeForm() == CodeForm.ADMINISTRATIVE_DIVISION;
  }

  /**
   * The parent a grid gets and why it differs from the file's, if it does.
   *
   * @param code the parent's code, empty for a root
   * @param note empty when the parent is the file's
   */
  record Parent(Optional<GridCode> code, String note) {
    static final Parent NONE = new Parent(Optional.empty(), "");
  }

  /**
   * The parent of a grid with {@code code} at {@code level} whose parent property is
   * {@code written}, or null after adding a problem to {@code out}.
   *
   * @param levelFromWord the level came from a level word, so codes follow the division layout
   */
  Parent check(int featureIndex, String written, GridCode code, int level, boolean levelFromWord, String at,
      Optional<String> raw, List<GeoJsonProblem> out) {
    String parentAt = at + ".properties." + settings.parentProperty();
    GridCode parent;
    try {
      parent = GridCode.parse(parentAt, settings.codeForm().normalise(written));
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, parentAt, written, e.rule()));
      return null;
    }
    String p = parent.value();
    String c = code.value();
    String shown = written.equals(p) ? p : written + " (" + p + ")";
    boolean prefix = p.length() < c.length() && c.startsWith(p);
    if (level == 1) {
      boolean country = divisionCodes && p.equals("10") && written.length() >= 6;
      if (country || prefix) {
        return new Parent(Optional.empty(), "the parent property " + shown + " is "
            + (country ? "the country" : "an ancestor outside the tree") + ": a grid at the root level 1 has no parent");
      }
      return contradiction(featureIndex, written, "a grid at the root level 1 has no parent, and " + shown
          + " is not a prefix of the code " + c, parentAt, raw, out);
    }
    OptionalInt own = ownParentLength(code, level, levelFromWord);
    String ownText = own.isPresent() ? "; its own parent is " + c.substring(0, own.getAsInt()) : "";
    if (!prefix) {
      return contradiction(featureIndex, written, "the parent " + shown + " is not a prefix of the code " + c
          + ": a grid's code begins with its parent's" + ownText, parentAt, raw, out);
    }
    if (own.isEmpty() || p.length() == own.getAsInt()) {
      return new Parent(Optional.of(parent), "");
    }
    if (p.length() < own.getAsInt() && isLevelLength(p.length())) {
      GridCode ownParent = code.prefix(own.getAsInt());
      return new Parent(Optional.of(ownParent), "the parent property " + shown + " names an ancestor above the code's"
          + " own parent " + ownParent + " (level " + (level - 1) + "): hung under " + ownParent);
    }
    return contradiction(featureIndex, written, "the parent " + shown + " is not the code's parent at level "
        + (level - 1) + ownText, parentAt, raw, out);
  }

  private static Parent contradiction(int featureIndex, String written, String rule, String parentAt,
      Optional<String> raw, List<GeoJsonProblem> out) {
    out.add(new GeoJsonProblem(Kind.PARENT_CONTRADICTS_CODE, featureIndex, raw, parentAt, written, rule));
    return null;
  }

  /** The length of the code's own parent's code, when the layout tells. */
  private OptionalInt ownParentLength(GridCode code, int level, boolean levelFromWord) {
    Optional<CodeLayout> layout = settings.codeLayout();
    if (layout.isPresent()) {
      return level >= 2 && level <= layout.get().depth() ? OptionalInt.of(layout.get().lengthAt(level - 1))
          : OptionalInt.empty();
    }
    if (divisionCodes || levelFromWord) {
      OptionalInt division = DivisionLevels.levelOfLength(code.length());
      if (division.isPresent() && division.getAsInt() >= 2) {
        return OptionalInt.of(DivisionLevels.lengthAt(division.getAsInt() - 1));
      }
    }
    return OptionalInt.empty();
  }

  /** A code of {@code length} digits can be an ancestor: a level of the layout, or of division codes. */
  private boolean isLevelLength(int length) {
    Optional<CodeLayout> layout = settings.codeLayout();
    if (layout.isPresent()) {
      for (int level = 1; level <= layout.get().depth(); level++) {
        if (layout.get().lengthAt(level) == length) {
          return true;
        }
      }
    }
    return (layout.isEmpty() || divisionCodes) && DivisionLevels.levelOfLength(length).isPresent();
  }
}
