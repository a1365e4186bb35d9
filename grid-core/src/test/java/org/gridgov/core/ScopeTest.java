package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "s", "name": "scope",
        "levels": [ { "id": "town", "name": "镇街", "codeWidth": 9 },
                    { "id": "community", "name": "社区", "codeWidth": 3 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格" } ] }
      """);

  private static GridTree tree() {
    return GridTree.builder(SCHEME)
        .add(Grid.of(GridCode.parse("370811002"), "许庄街道", 1))
        .add(Grid.of(GridCode.parse("370811002004"), "风韵荷都社区", 2))
        .add(Grid.of(GridCode.parse("370811002005"), "京杭佳苑南社区", 2))
        .add(Grid.of(GridCode.parse("370811002004001"), "第一网格", 3))
        .add(Grid.of(GridCode.parse("370811002005001"), "第一网格", 3))
        .build();
  }

  @Test
  void aGridWorkerReadsTheirOwnGridAndNothingElse() {
    Scope worker = Scope.of(tree(), Principal.of("w-001", PrincipalKind.GRID_WORKER, GridCode.parse("370811002004001")));
    assertThat(worker.get(GridCode.parse("370811002004001")).name()).isEqualTo("第一网格");
    assertThatThrownBy(() -> worker.get(GridCode.parse("370811002005001")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("grid = \"370811002005001\"")
        .hasMessageContaining("GRID_WORKER w-001");
    assertThatThrownBy(() -> worker.children(GridCode.parse("370811002004"))).isInstanceOf(ForbiddenException.class);
    // a code nobody has is refused the same way: the scope tells nothing about the rest of the tree
    assertThatThrownBy(() -> worker.get(GridCode.parse("370811002009001"))).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("grid = \"370811002009001\"");
    assertThat(worker.roots()).extracting(g -> g.code().value()).containsExactly("370811002004001");
    assertThat(worker.ancestors(GridCode.parse("370811002004001"))).as("nothing above the scope root").isEmpty();
  }

  @Test
  void ancestorsStopAtTheScopeRoot() {
    Scope leader = Scope.of(tree(), Principal.of("l-004", PrincipalKind.GRID_LEADER, GridCode.parse("370811002004")));
    assertThat(leader.ancestors(GridCode.parse("370811002004001"))).extracting(g -> g.code().value())
        .containsExactly("370811002004");
  }

  @Test
  void aCommunityLeaderSeesTheCommunitySubtree() {
    Scope leader = Scope.of(tree(), Principal.of("l-004", PrincipalKind.GRID_LEADER, GridCode.parse("370811002004")));
    assertThat(leader.grids()).extracting(g -> g.code().value()).containsExactly("370811002004", "370811002004001");
    assertThat(leader.admits(GridCode.parse("370811002"))).isFalse();
  }

  @Test
  void aScopeRootTheTreeLacksIsNotFound() {
    assertThatThrownBy(() -> Scope.of(tree(), Principal.of("x", PrincipalKind.COMMAND_CENTRE, GridCode.parse("110101"))))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("110101");
  }

  @Test
  void aDepartmentPrincipalNamesItsDepartment() {
    assertThatThrownBy(() -> Principal.of("d", PrincipalKind.DEPARTMENT, GridCode.parse("370811002")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("department");
  }

  @Test
  void aScopeNeverAdmitsAGridOutsideItsSubtrees() {
    qt().withExamples(200).forAll(CoreGenerators.trees(7), range(0, 1000), range(1, 3)).checkAssert((generated, seed, n) -> {
      GridTree tree = generated.build();
      List<Grid> all = tree.grids();
      List<GridCode> roots = java.util.stream.IntStream.range(0, n).mapToObj(k -> all.get((seed * 31 + k * 17) % all.size()).code())
          .distinct().collect(Collectors.toList());
      Scope scope = Scope.of(tree, Principal.builder().id("p").kind(PrincipalKind.GRID_LEADER).addAllScopeRoots(roots).build());
      for (Grid g : all) {
        boolean inside = roots.contains(g.code()) || roots.stream().anyMatch(r -> generated.naiveIsAncestor(r, g.code()));
        assertThat(scope.admits(g.code())).isEqualTo(inside);
        if (!inside) {
          assertThatThrownBy(() -> scope.check(g.code())).isInstanceOf(ForbiddenException.class);
        }
      }
      assertThat(scope.grids()).allMatch(g -> scope.admits(g.code()));
      assertThat(scope.grids()).hasSize((int) all.stream().filter(g -> scope.admits(g.code())).count());
    });
  }
}
