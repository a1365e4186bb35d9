package org.gridgov.geo.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.CodeForm;
import org.gridgov.geo.FeatureOutcome;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;

/**
 * Once a file of division codes is read: every kept feature above the deepest level that has no
 * subdivision among the kept features (东莞 4419 among counties) is moved to the deepest level,
 * its code padded with zeros (441900, under 4419), or refused, as the settings say.
 */
final class UndividedPass {
  private final ReadSettings settings;
  private final LoadLedger ledger;
  private final Consumer<GeoJsonProblem> problems;

  private UndividedPass(ReadSettings settings, LoadLedger ledger, Consumer<GeoJsonProblem> problems) {
    this.settings = settings;
    this.ledger = ledger;
    this.problems = problems;
  }

  /** Applies the pass; {@code problems} records a problem (and throws in strict mode). */
  static void apply(ReadSettings settings, LoadLedger ledger, Consumer<GeoJsonProblem> problems) {
    if (settings.codeForm() == CodeForm.ADMINISTRATIVE_DIVISION) {
      new UndividedPass(settings, ledger, problems).run();
    }
  }

  private void run() {
    List<LoadLedger.Kept> kept = ledger.kept();
    int deepest = 0;
    int deepestLength = 0;
    TreeSet<String> codes = new TreeSet<>();
    for (LoadLedger.Kept k : kept) {
      Grid g = k.grid();
      codes.add(g.code().value());
      if (g.level() > deepest) {
        deepest = g.level();
        deepestLength = g.code().length();
      }
    }
    if (deepest < 2) {
      return; // nothing kept, or only roots: nothing is above the deepest level
    }
    Optional<CodeLayout> layout = settings.codeLayout();
    if (layout.isPresent() && deepest <= layout.get().depth()) {
      deepestLength = layout.get().lengthAt(deepest);
    }
    for (LoadLedger.Kept k : kept) {
      Grid g = k.grid();
      String c = g.code().value();
      String next = codes.higher(c);
      if (g.level() < deepest && (next == null || !next.startsWith(c))) {
        undivided(k, deepest, deepestLength);
      }
    }
  }

  private void undivided(LoadLedger.Kept k, int deepest, int length) {
    FeatureOutcome was = k.outcome();
    Grid g = k.grid();
    String what = "a level-" + g.level() + " division without any level-" + (g.level() + 1) + " feature below it,"
        + " in a file that reaches level " + deepest + " (不设区的市, like 东莞 441900 among counties)";
    if (settings.refuseUndivided()) {
      refuse(was, what + "; the reader refuses it (UndividedDivisions.REFUSE): load it at level " + deepest
          + " with UndividedDivisions.LOAD_AT_DEEPEST_LEVEL, or remove it from the file");
      return;
    }
    String c = g.code().value();
    if (length <= c.length()) {
      refuse(was, what + "; its code cannot be padded to level " + deepest + ", whose codes have " + length + " digits");
      return;
    }
    GridCode code = GridCode.parse(c + "0".repeat(length - c.length()));
    Optional<CodeLayout> layout = settings.codeLayout();
    OptionalInt parentLength = OptionalInt.empty();
    if (layout.isPresent()) {
      try {
        layout.get().depthOf(code);
      } catch (InvalidInputException e) {
        refuse(was, what + "; it cannot become the level-" + deepest + " grid " + code + ": " + e.rule());
        return;
      }
      parentLength = OptionalInt.of(layout.get().lengthAt(deepest - 1));
    } else {
      OptionalInt division = DivisionLevels.levelOfLength(length);
      if (division.isPresent() && division.getAsInt() >= 2) {
        parentLength = OptionalInt.of(DivisionLevels.lengthAt(division.getAsInt() - 1));
      }
    }
    Optional<GridCode> parent = parentLength.isPresent() ? Optional.of(code.prefix(parentLength.getAsInt()))
        : Optional.empty();
    Grid moved = Grid.builder().from(g).code(code).level(deepest).parent(parent)
        .name(g.name().equals(c) ? code.value() : g.name()).build();
    String reason = what + ": loaded as the level-" + deepest + " grid " + code
        + parent.map(p -> " under " + p).orElse("");
    ledger.replace(was.featureIndex(), new FeatureOutcome(was.featureIndex(), was.code(),
        FeatureOutcome.Kind.RELEVELLED, Optional.of(moved), was.levelRead(), reason, List.of()), k.geometry());
  }

  private void refuse(FeatureOutcome was, String rule) {
    GeoJsonProblem q = new GeoJsonProblem(Kind.UNDIVIDED_DIVISION, was.featureIndex(), was.code(),
        "features[" + was.featureIndex() + "].properties." + settings.codeProperty(), was.code().orElse(""), rule);
    problems.accept(q);
    ledger.replace(was.featureIndex(), FeatureOutcome.refused(was.featureIndex(), was.code(), was.levelRead(),
        List.of(q)), null);
  }
}
