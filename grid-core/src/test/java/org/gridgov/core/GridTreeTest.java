package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.core.testing.CoreGenerators;
import org.gridgov.core.testing.GeneratedTree;
import org.junit.jupiter.api.Test;

class GridTreeTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "t", "name": "test",
        "levels": [ { "id": "county", "name": "县", "codeWidth": 6 },
                    { "id": "township", "name": "乡镇", "codeWidth": 3, "segmentRule": "TOWNSHIP" },
                    { "id": "village", "name": "村", "codeWidth": 3 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格", "fullCoverage": true },
                    { "id": "police", "name": "警务网格" } ] }
      """);

  private static Grid grid(String code, int level) {
    return Grid.of(GridCode.parse(code), "g" + code, level);
  }

  private static GridTree small() {
    return GridTree.builder(SCHEME)
        .add(grid("370811", 1))
        .add(grid("370811002", 2))
        .add(grid("370811109", 2))
        .add(grid("370811002001", 3))
        .add(grid("370811002003", 3))
        .add(grid("370811109200", 3))
        .add(grid("370811002001001", 4))
        .add(grid("370811002001002", 4))
        .add(Grid.builder().code(GridCode.parse("370811002001901")).name("police 1").level(4).layer("police").build())
        .build();
  }

  @Test
  void answersTheFamilyQueriesOfASmallTree() {
    GridTree tree = small();
    GridCode basic = GridCode.parse("370811002001002");
    assertThat(tree.parent(basic)).map(Grid::code).contains(GridCode.parse("370811002001"));
    assertThat(tree.ancestors(basic)).extracting(g -> g.code().value())
        .containsExactly("370811002001", "370811002", "370811");
    assertThat(tree.children(GridCode.parse("370811002001"))).extracting(g -> g.code().value())
        .containsExactly("370811002001001", "370811002001002", "370811002001901");
    assertThat(tree.descendants(GridCode.parse("370811109"))).extracting(g -> g.code().value())
        .containsExactly("370811109200");
    assertThat(tree.isAncestor(GridCode.parse("370811"), basic)).isTrue();
    assertThat(tree.isAncestor(basic, basic)).isFalse();
    assertThat(tree.lowestCommonAncestor(basic, GridCode.parse("370811109200"))).map(g -> g.code().value()).contains("370811");
    assertThat(tree.countByLevel()).containsEntry("grid", 3).containsEntry("township", 2);
    assertThat(tree.countAtLevel(GridCode.parse("370811002"), 3)).isEqualTo(2);
    assertThat(tree.basicGrids("police")).extracting(Grid::name).containsExactly("police 1");
    assertThat(tree.layerOf(basic)).isEqualTo("comprehensive");
  }

  @Test
  void anUnknownCodeIsNotFound() {
    assertThatThrownBy(() -> small().get(GridCode.parse("370811999")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("370811999");
    assertThat(small().find(GridCode.parse("370811999"))).isEmpty();
  }

  @Test
  void aCodeOfTheWrongLengthSaysItsDigitsAndTheDigitsOfItsLevelTheRightWayRound() {
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class,
        () -> GridTree.builder(SCHEME).add(grid("370811", 1)).add(grid("3708110", 2)).build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.CODE_LAYOUT);
    assertThat(e).hasMessageContaining("3708110").hasMessageContaining("has 7 digits; a code at level 2 (township) has 9");
  }

  @Test
  void aTownshipSegmentOutsideTheNbsRangesIsRefused() {
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class,
        () -> GridTree.builder(SCHEME).add(grid("370811", 1)).add(grid("370811700", 2)).build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.CODE_LAYOUT);
    assertThat(e).hasMessageContaining("370811700").hasMessageContaining("township");
  }

  @Test
  void aCycleInParentLinksIsNamed() {
    Grid a = Grid.builder().code(GridCode.parse("370811002")).name("a").level(2)
        .parent(GridCode.parse("370811002001")).build();
    Grid b = grid("370811002001", 3);
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class,
        () -> GridTree.builder(SCHEME).add(grid("370811", 1)).add(a).add(b).build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.CYCLE);
    assertThat(e).hasMessageContaining("cycle").hasMessageContaining("370811002001");
  }

  @Test
  void aGridOfAnotherLayerMayNotCarryGridsOfAThird() {
    GridScheme scheme = GridScheme.builder().from(SCHEME).addLayer(Layer.of("urban-management", "城管网格")).build();
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class, () -> GridTree.builder(scheme)
        .add(grid("370811", 1))
        .add(Grid.builder().code(GridCode.parse("370811002")).name("p").level(2).layer("police").build())
        .add(Grid.builder().code(GridCode.parse("370811002001")).name("u").level(3).layer("urban-management").build())
        .build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.LAYER_MISMATCH);
  }

  @Test
  void theTreeOfADayHoldsOnlyTheGridsValidThatDay() {
    GridTree tree = GridTree.builder(SCHEME)
        .add(grid("370811", 1))
        .add(Grid.builder().code(GridCode.parse("370811002")).name("old").level(2)
            .validTo(LocalDate.of(2022, 1, 1)).build())
        .add(Grid.builder().code(GridCode.parse("370811003")).name("new").level(2)
            .validFrom(LocalDate.of(2022, 1, 1)).build())
        .build();
    assertThat(tree.asOf(LocalDate.of(2021, 12, 31)).grids()).extracting(Grid::name).containsExactly("g370811", "old");
    assertThat(tree.asOf(LocalDate.of(2022, 1, 1)).grids()).extracting(Grid::name).containsExactly("g370811", "new");
  }

  @Test
  void aChildValidOutsideItsParentIsRefused() {
    InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class, () -> GridTree.builder(SCHEME)
        .add(Grid.builder().code(GridCode.parse("370811")).name("r").level(1).validFrom(LocalDate.of(2022, 1, 1)).build())
        .add(grid("370811002", 2))
        .build());
    assertThat(e.kind()).isEqualTo(TreeProblem.Kind.VALIDITY_OUTSIDE_PARENT);
  }

  @Test
  void everyQueryAgreesWithANaiveScan() {
    qt().withExamples(150).forAll(CoreGenerators.trees(7)).checkAssert(generated -> {
      GridTree tree = generated.build();
      Map<GridCode, Grid> byCode = generated.byCode();
      Map<GridCode, List<GridCode>> ancestors = new HashMap<>();
      for (Grid g : generated.grids()) {
        ancestors.put(g.code(), generated.naiveAncestors(g.code()));
      }
      assertThat(tree.size()).isEqualTo(generated.grids().size());
      for (Grid g : generated.grids()) {
        GridCode code = g.code();
        List<GridCode> up = ancestors.get(code);
        assertThat(tree.get(code)).isEqualTo(g);
        assertThat(tree.parent(code).map(Grid::code)).isEqualTo(up.isEmpty() ? Optional.empty() : Optional.of(up.get(0)));
        assertThat(tree.ancestors(code)).extracting(Grid::code).containsExactlyElementsOf(up);
        assertThat(tree.children(code)).extracting(Grid::code).containsExactlyElementsOf(generated.naiveChildren(code));
        List<GridCode> below = generated.grids().stream().filter(d -> ancestors.get(d.code()).contains(code))
            .map(Grid::code).sorted().collect(Collectors.toList());
        assertThat(tree.descendants(code)).extracting(Grid::code).containsExactlyElementsOf(below);
        for (int level = 1; level <= generated.scheme().depth(); level++) {
          int lvl = level;
          long naive = generated.grids().stream()
              .filter(d -> d.level() == lvl && (d.code().equals(code) || ancestors.get(d.code()).contains(code))).count();
          assertThat(tree.countAtLevel(code, level)).isEqualTo((int) naive);
        }
      }
      List<Grid> sample = generated.grids().subList(0, Math.min(40, generated.grids().size()));
      for (Grid a : sample) {
        for (Grid b : sample) {
          assertThat(tree.isAncestor(a.code(), b.code())).isEqualTo(ancestors.get(b.code()).contains(a.code()));
          assertThat(tree.node(a.code()).isAncestorOf(tree.node(b.code()))).isEqualTo(ancestors.get(b.code()).contains(a.code()));
          assertThat(tree.lowestCommonAncestor(a.code(), b.code()).map(Grid::code))
              .isEqualTo(naiveLca(a.code(), b.code(), ancestors));
        }
      }
      for (int level = 1; level <= generated.scheme().depth(); level++) {
        int lvl = level;
        assertThat(tree.countAtLevel(level)).isEqualTo((int) generated.grids().stream().filter(g -> g.level() == lvl).count());
      }
      assertThat(byCode).hasSize(tree.size());
    });
  }

  private static Optional<GridCode> naiveLca(GridCode a, GridCode b, Map<GridCode, List<GridCode>> ancestors) {
    List<GridCode> chainA = new ArrayList<>();
    chainA.add(a);
    chainA.addAll(ancestors.get(a));
    List<GridCode> chainB = new ArrayList<>();
    chainB.add(b);
    chainB.addAll(ancestors.get(b));
    return chainA.stream().filter(chainB::contains).findFirst();
  }

  @Test
  void theTreeOfADayHoldsExactlyTheGridsValidOnIt() {
    qt().withExamples(100).forAll(CoreGenerators.trees(5), range(0, 40)).checkAssert((generated, offset) -> {
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(offset);
      GridTree tree = generated.build().asOf(day);
      assertThat(tree.grids()).extracting(Grid::code).containsExactlyInAnyOrderElementsOf(
          generated.grids().stream().filter(g -> g.isValidOn(day)).map(Grid::code).collect(Collectors.toList()));
    });
  }

  @Test
  void invalidTreesAreRefusedWithTheMatchingErrorAndNothingIsBuilt() {
    qt().withExamples(300)
        .forAll(CoreGenerators.trees(7), enumValues(Defect.class), range(0, Integer.MAX_VALUE))
        .assuming((generated, defect, pick) -> defect.applies(generated))
        .checkAssert((generated, defect, pick) -> {
          List<Grid> corrupted = defect.apply(generated, pick);
          GridTree.Builder builder = GridTree.builder(generated.scheme()).addAll(corrupted);
          InvalidTreeException e = catchThrowableOfType(InvalidTreeException.class, builder::build);
          assertThat(e).as("defect %s", defect).isNotNull();
          assertThat(e.kind()).isEqualTo(defect.expected);
          assertThat(e.field()).startsWith("grids[");
        });
  }

  /** The ways the property corrupts a valid tree, and the error each must give. */
  enum Defect {
    DUPLICATE(TreeProblem.Kind.DUPLICATE_CODE) {
      @Override
      boolean applies(GeneratedTree t) {
        return true;
      }

      @Override
      List<Grid> apply(GeneratedTree t, int pick) {
        List<Grid> out = new ArrayList<>(t.grids());
        Grid victim = out.get(pick % out.size());
        out.add(Grid.builder().from(victim).name(victim.name() + " copy").build());
        return out;
      }
    },
    MISSING_PARENT(TreeProblem.Kind.MISSING_PARENT) {
      @Override
      boolean applies(GeneratedTree t) {
        return !withChildren(t).isEmpty();
      }

      @Override
      List<Grid> apply(GeneratedTree t, int pick) {
        List<Grid> parents = withChildren(t);
        Grid victim = parents.get(pick % parents.size());
        List<Grid> out = new ArrayList<>(t.grids());
        out.remove(victim);
        return out;
      }
    },
    WRONG_LEVEL_ORDER(TreeProblem.Kind.WRONG_LEVEL_ORDER) {
      @Override
      boolean applies(GeneratedTree t) {
        return t.grids().stream().anyMatch(g -> g.level() >= 2 && sameLevel(t, g).size() > 1);
      }

      @Override
      List<Grid> apply(GeneratedTree t, int pick) {
        List<Grid> candidates = t.grids().stream().filter(g -> g.level() >= 2 && sameLevel(t, g).size() > 1)
            .collect(Collectors.toList());
        Grid victim = candidates.get(pick % candidates.size());
        Grid other = sameLevel(t, victim).stream().filter(g -> !g.equals(victim)).findFirst().orElseThrow();
        return replace(t, victim, Grid.builder().from(victim).parent(other.code()).build());
      }
    },
    NOT_PREFIXED(TreeProblem.Kind.CODE_NOT_PREFIXED) {
      @Override
      boolean applies(GeneratedTree t) {
        return t.grids().stream().anyMatch(g -> g.level() >= 2 && levelAbove(t, g).size() > 1);
      }

      @Override
      List<Grid> apply(GeneratedTree t, int pick) {
        List<Grid> candidates = t.grids().stream().filter(g -> g.level() >= 2 && levelAbove(t, g).size() > 1)
            .collect(Collectors.toList());
        Grid victim = candidates.get(pick % candidates.size());
        GridCode real = t.naiveParent(victim);
        Grid other = levelAbove(t, victim).stream().filter(g -> !g.code().equals(real)).findFirst().orElseThrow();
        return replace(t, victim, Grid.builder().from(victim).parent(other.code()).build());
      }
    },
    CYCLE(TreeProblem.Kind.CYCLE) {
      @Override
      boolean applies(GeneratedTree t) {
        return withChildren(t).stream().anyMatch(g -> g.level() >= 2);
      }

      @Override
      List<Grid> apply(GeneratedTree t, int pick) {
        List<Grid> candidates = withChildren(t).stream().filter(g -> g.level() >= 2).collect(Collectors.toList());
        Grid victim = candidates.get(pick % candidates.size());
        GridCode child = t.naiveChildren(victim.code()).get(0);
        return replace(t, victim, Grid.builder().from(victim).parent(child).build());
      }
    };

    final TreeProblem.Kind expected;

    Defect(TreeProblem.Kind expected) {
      this.expected = expected;
    }

    abstract boolean applies(GeneratedTree t);

    abstract List<Grid> apply(GeneratedTree t, int pick);

    static List<Grid> withChildren(GeneratedTree t) {
      return t.grids().stream().filter(g -> !t.naiveChildren(g.code()).isEmpty()).collect(Collectors.toList());
    }

    static List<Grid> sameLevel(GeneratedTree t, Grid g) {
      return t.grids().stream().filter(o -> o.level() == g.level()).collect(Collectors.toList());
    }

    static List<Grid> levelAbove(GeneratedTree t, Grid g) {
      return t.grids().stream().filter(o -> o.level() == g.level() - 1).collect(Collectors.toList());
    }

    static List<Grid> replace(GeneratedTree t, Grid victim, Grid replacement) {
      List<Grid> out = new ArrayList<>(t.grids());
      out.set(out.indexOf(victim), replacement);
      return out;
    }
  }
}
