package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.Joint;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Role;
import org.gridgov.core.StaffAssignment;
import org.gridgov.core.StaffingReport;
import org.gridgov.core.TownshipKind;
import org.junit.jupiter.api.Test;

/** Each example place loads from its files, and its figures are the article's. */
class PlaceTest {
  @Test
  void taibaihuHas2Level1And57Level2And219BasicGridsOneWorkerEach() {
    Place p = Place.load("taibaihu");
    GridTree tree = p.tree();
    assertThat(tree.countAtLevel(2)).isEqualTo(2);
    assertThat(tree.countAtLevel(3)).isEqualTo(57);
    List<Grid> basic = tree.basicGrids("comprehensive");
    assertThat(basic).hasSize(219);
    assertThat(basic.stream().filter(g -> g.kind().equals(java.util.Optional.of("urban")))).hasSize(162);
    assertThat(basic.stream().filter(g -> g.kind().equals(java.util.Optional.of("rural")))).hasSize(57);
    GridCode xuzhuang = GridCode.parse("370811002");
    assertThat(basic.stream().filter(g -> tree.isAncestor(xuzhuang, g.code()))).hasSize(147);
    assertThat(TownshipKind.of(p.scheme().codeLayout().segmentValue(xuzhuang, 2))).contains(TownshipKind.STREET);
    assertThat(TownshipKind.of(p.scheme().codeLayout().segmentValue(GridCode.parse("370811109"), 2))).contains(TownshipKind.TOWN);
    List<StaffAssignment> workers = p.roster().assignments().stream()
        .filter(a -> a.role().equals(Role.GRID_WORKER.id())).collect(Collectors.toList());
    assertThat(workers).hasSize(219);
    assertThat(StaffingReport.of(tree, p.roster()).isCompliant()).isTrue();
    GridCode yujing = GridCode.parse("370811002007");
    assertThat(tree.children(yujing)).extracting(g -> tree.layerOf(g.code()))
        .contains("comprehensive", "police", "urban-management", "civilised-city");
    assertThat(p.matters()).isPresent();
  }

  @Test
  void guigangIsTwoKindsInFourLevelsWithHechengsFigures() {
    Place p = Place.load("guigang");
    GridTree tree = p.tree();
    assertThat(p.scheme().depth()).isEqualTo(4);
    assertThat(p.scheme().kinds()).hasSize(2);
    assertThat(tree.atLevel(2)).extracting(g -> g.kind().orElseThrow()).containsExactlyInAnyOrder("urban", "rural");
    GridCode hecheng = GridCode.parse("450802001013");
    List<Grid> small = tree.children(hecheng).stream().filter(g -> tree.layerOf(g.code()).equals("comprehensive"))
        .collect(Collectors.toList());
    List<Grid> dedicated = tree.children(hecheng).stream().filter(g -> tree.layerOf(g.code()).equals("dedicated"))
        .collect(Collectors.toList());
    assertThat(small).hasSize(38);
    assertThat(dedicated).hasSize(25);
    assertThat(tree.countAtLevel(hecheng, 4)).isEqualTo(674);
    int households = tree.descendants(hecheng).stream().filter(g -> g.level() == 4)
        .mapToInt(g -> g.households().orElseThrow()).sum();
    assertThat(households).isEqualTo(23_797);
    assertThat(small).allSatisfy(g -> assertThat(g.households().orElseThrow()).isEqualTo(
        tree.children(g.code()).stream().mapToInt(m -> m.households().orElseThrow()).sum()));
    assertThat(p.roster().assignments()).filteredOn(a -> a.grid().equals(hecheng) && a.role().equals("grid-worker")).hasSize(2);
    assertThat(p.roster().assignments()).filteredOn(a -> a.role().equals("micro-grid-leader")).hasSize(674);
    // 双格融合: 城北派出所's police grids over the 38 small grids, one police officer (警务员) each
    List<Grid> police = tree.children(hecheng).stream().filter(g -> tree.layerOf(g.code()).equals("police")).toList();
    assertThat(police).hasSize(4);
    assertThat(p.roster().assignments()).filteredOn(a -> a.role().equals(Role.POLICE_OFFICER.id())).hasSize(4);
    GridFusion fusion = p.fusion().orElseThrow();
    assertThat(fusion.joints()).containsExactly(Joint.values());                       // 十联
    assertThat(fusion.mapping().unmappedFrom()).containsExactly(GridCode.parse("450802101218001"));  // the rural village
    assertThat(fusion.mapping().unmappedTo()).isEmpty();
  }

  @Test
  void theEcologicalNewTownDeclaresTheThreeOfItsEightJointsTheArticleNames() {
    GridFusion fusion = Place.load("eco-new-town").fusion().orElseThrow();
    assertThat(fusion.name()).contains("八联");
    assertThat(fusion.joints()).containsExactlyInAnyOrder(Joint.BASE_INFORMATION, Joint.HELP, Joint.PREVENTION_EDUCATION);
    assertThat(fusion.mapping().toLayer()).isEqualTo("volunteer");
    assertThat(Place.load("taibaihu").fusion()).isEmpty();
  }

  @Test
  void guilinChainsThreeLevelsOfGridLeadersAndHas196WaterAreaGrids() {
    Place p = Place.load("guilin");
    GridTree tree = p.tree();
    assertThat(p.scheme().depth()).isEqualTo(3);
    assertThat(p.scheme().levels()).extracting(l -> l.leaderTitle().orElseThrow())
        .containsExactly("一级网格长（县级党政一把手）", "二级网格长（乡镇党政一把手）", "三级网格长（村级书记）");
    assertThat(tree.countAtLevel(1)).isEqualTo(17);
    assertThat(tree.basicGrids("water-area")).hasSize(196);
    StaffingReport report = StaffingReport.of(tree, p.roster());
    assertThat(report.isCompliant()).isTrue();
    for (Grid village : tree.basicGrids("comprehensive")) {
      GridNode node = tree.node(village.code());
      assertThat(node.ancestors()).hasSize(2);
      for (GridNode link : List.of(node, node.ancestors().get(0), node.ancestors().get(1))) {
        assertThat(p.roster().assignments()).filteredOn(a -> a.grid().equals(link.code()) && a.role().equals("grid-leader")).hasSize(1);
      }
    }
  }

  @Test
  void zhangyeHasTheSixLevelChain() {
    Place p = Place.load("zhangye");
    assertThat(p.scheme().levels()).extracting(l -> l.name())
        .containsExactly("街道大工委", "社区大党委", "网格（小区）党支部", "楼栋党小组", "党员中心户", "楼栋长（单元长）");
    GridTree tree = p.tree();
    Grid unitHead = tree.atLevel(6).get(0);
    assertThat(tree.ancestors(unitHead.code())).hasSize(5);
    StaffingReport report = StaffingReport.of(tree, p.roster());
    assertThat(p.scheme().staffing()).extracting(r -> r.name()).containsExactly("一长四员");
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.checkedGrids()).isEqualTo(4);
  }

  @Test
  void theEcologicalNewTownHas81GridsOfMicroGridsOfAtMost50Households() {
    Place p = Place.load("eco-new-town");
    GridTree tree = p.tree();
    List<Grid> grids = tree.basicGrids("comprehensive");
    assertThat(grids).hasSize(81);
    for (Grid grid : grids) {
      List<Grid> micro = tree.children(grid.code());
      int households = grid.households().orElseThrow();
      assertThat(micro).hasSize((households + 49) / 50);
      assertThat(micro).allSatisfy(m -> assertThat(m.households().orElseThrow()).isBetween(25, 50));
      assertThat(micro.stream().mapToInt(m -> m.households().orElseThrow()).sum()).isEqualTo(households);
    }
    assertThat(p.scheme().staffing()).extracting(r -> r.name()).containsExactly("1+1+1+1+N");
    StaffingReport report = StaffingReport.of(tree, p.roster());
    // the roster has the three named roles of every grid but records no party members yet
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void anUnknownPlaceIsNotFound() {
    assertThatThrownBy(() -> Place.load("atlantis")).isInstanceOf(NotFoundException.class).hasMessageContaining("atlantis");
  }
}
