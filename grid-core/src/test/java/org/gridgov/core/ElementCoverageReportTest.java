package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.core.testing.CoreGenerators;
import org.gridgov.core.testing.GeneratedTree;
import org.junit.jupiter.api.Test;

class CoverageReportTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "c", "name": "coverage",
        "levels": [ { "id": "community", "name": "社区", "codeWidth": 12 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格", "fullCoverage": true },
                    { "id": "police", "name": "警务网格", "fullCoverage": true } ] }
      """);
  private static final GridCode COMMUNITY = GridCode.parse("370811002004");
  private static final GridCode G1 = GridCode.parse("370811002004001");
  private static final GridCode G2 = GridCode.parse("370811002004002");
  private static final GridCode P1 = GridCode.parse("370811002004901");

  private static GridTree tree() {
    return GridTree.builder(SCHEME)
        .add(Grid.of(COMMUNITY, "风韵荷都社区", 1))
        .add(Grid.of(G1, "第一网格", 2))
        .add(Grid.of(G2, "第二网格", 2))
        .add(Grid.builder().code(P1).name("警务网格一").level(2).layer("police").build())
        .build();
  }

  private static final Person ELDER = Person.builder().id("p1").name("王奶奶")
      .idNumber(ResidentId.parse("11010519491231002X")).addSpecialGroup(SpecialGroup.ELDERLY_LIVING_ALONE).build();
  private static final Person TENANT = Person.builder().id("p2").name("李先生").residence(Residence.FLOATING).build();
  private static final House RENTAL = House.builder().id("h1").use(HouseUse.RENTAL).rentalStarRating(3)
      .address(HouseAddress.builder().estate("荷韵花园").building("11号楼").unit("2单元").room("301").build())
      .doorplateCode("QR-0001").build();
  private static final Facility HAZARD = Facility.builder().id("f1").name("堵塞的消防通道").facilityKind(FacilityKind.HAZARD).build();

  @Test
  void figuresRollUpFromBasicGridsAndProblemsAreNamed() {
    ElementCoverageReport report = ElementCoverageReport.of(tree(), "comprehensive", List.of(ELDER, TENANT, RENTAL, HAZARD), List.of(
        ElementAssignment.of("p1", G1), ElementAssignment.of("h1", G1), ElementAssignment.of("f1", G2),
        ElementAssignment.of("p2", G1), ElementAssignment.of("p2", G2), ElementAssignment.of("p1", P1)));
    ThreeClears g1 = report.figures(G1);
    assertThat(g1.persons()).isEqualTo(1);
    assertThat(g1.specialGroupMembers()).isEqualTo(1);
    assertThat(g1.rentals()).isEqualTo(1);
    assertThat(g1.ratedRentals()).isEqualTo(1);
    assertThat(g1.headcountClear()).isTrue();
    assertThat(g1.houseInfoClear()).isTrue();
    assertThat(report.figures(G2).openHazards()).isEqualTo(1);
    assertThat(report.figures(COMMUNITY).persons()).isEqualTo(1);
    assertThat(report.figures(COMMUNITY).openHazards()).isEqualTo(1);
    assertThat(report.problems()).containsExactly(
        new ElementCoverageProblem(ElementCoverageProblem.Kind.MULTIPLY_ASSIGNED, "p2", List.of(G1, G2)));
    assertThat(report.gridsBreakingExactlyOne()).containsExactly(G1, G2);
  }

  @Test
  void anElementMissingFromAFullCoverageLayerIsReported() {
    ElementCoverageReport police = ElementCoverageReport.of(tree(), "police", List.of(ELDER, TENANT),
        List.of(ElementAssignment.of("p1", P1)));
    assertThat(police.problems()).containsExactly(new ElementCoverageProblem(ElementCoverageProblem.Kind.UNASSIGNED, "p2", List.of()));
  }

  @Test
  void assignmentsThatCannotCountAreReported() {
    ElementCoverageReport report = ElementCoverageReport.of(tree(), "comprehensive", List.of(ELDER), List.of(
        ElementAssignment.of("p1", COMMUNITY), ElementAssignment.of("ghost", G1),
        ElementAssignment.of("p1", GridCode.parse("370811002004777"))));
    assertThat(report.problems()).extracting(ElementCoverageProblem::kind).containsExactlyInAnyOrder(
        ElementCoverageProblem.Kind.NOT_A_BASIC_GRID, ElementCoverageProblem.Kind.UNKNOWN_ELEMENT,
        ElementCoverageProblem.Kind.UNKNOWN_GRID, ElementCoverageProblem.Kind.UNASSIGNED);
  }

  @Test
  void anUnknownLayerAndDuplicateIdsAreRefused() {
    assertThatThrownBy(() -> ElementCoverageReport.of(tree(), "water", List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("layer = \"water\"");
    assertThatThrownBy(() -> ElementCoverageReport.of(tree(), "comprehensive", List.of(ELDER, ELDER), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("p1");
  }

  /** One generated audit: a tree, its elements and where each was placed. */
  record Audit(GeneratedTree tree, List<Element> elements, Map<String, List<GridCode>> placed) {}

  private static org.quicktheories.core.Gen<Audit> audits() {
    return CoreGenerators.trees(5).flatMap(t -> CoreGenerators.elements(60).flatMap(es -> {
      List<GridCode> basics = t.build().basicGrids("comprehensive").stream().map(Grid::code).collect(Collectors.toList());
      return CoreGenerators.placements(es, basics).map(p -> new Audit(t, es, p));
    }));
  }

  @Test
  void theReportFindsExactlyTheElementsInZeroOrSeveralGrids() {
    qt().withExamples(150).forAll(audits()).checkAssert(audit -> {
      GridTree tree = audit.tree().build();
      List<ElementAssignment> assignments = new ArrayList<>();
      audit.placed().forEach((id, grids) -> grids.forEach(g -> assignments.add(ElementAssignment.of(id, g))));
      ElementCoverageReport report = ElementCoverageReport.of(tree, "comprehensive", audit.elements(), assignments);
      Set<String> none = new HashSet<>();
      Set<String> several = new HashSet<>();
      audit.placed().forEach((id, grids) -> {
        int distinct = new HashSet<>(grids).size();
        if (distinct == 0) {
          none.add(id);
        } else if (distinct > 1) {
          several.add(id);
        }
      });
      assertThat(report.problems(ElementCoverageProblem.Kind.UNASSIGNED)).extracting(ElementCoverageProblem::elementId)
          .containsExactlyInAnyOrderElementsOf(none);
      assertThat(report.problems(ElementCoverageProblem.Kind.MULTIPLY_ASSIGNED)).extracting(ElementCoverageProblem::elementId)
          .containsExactlyInAnyOrderElementsOf(several);
      int counted = audit.elements().size() - none.size() - several.size();
      assertThat(tree.roots().stream().mapToInt(r -> report.figures(r.code()).elements()).sum()).isEqualTo(counted);
      for (Grid g : tree.grids()) {
        int childSum = tree.children(g.code()).stream().mapToInt(c -> report.figures(c.code()).elements()).sum();
        if (!tree.children(g.code()).isEmpty()) {
          assertThat(report.figures(g.code()).elements()).isEqualTo(childSum);
        }
      }
    });
  }

  @Test
  void aNullAssignmentIsATypedErrorNamingItsIndex() {
    List<ElementAssignment> assignments = new ArrayList<>();
    assignments.add(ElementAssignment.of("p1", G1));
    assignments.add(null);
    assertThatThrownBy(() -> ElementCoverageReport.of(tree(), "comprehensive", List.of(ELDER), assignments))
        .isInstanceOfSatisfying(MissingValueException.class,
            e -> assertThat(e.attributes()).containsExactly("assignments[1]"));
    assertThatThrownBy(() -> ThreeClears.of(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void onlyTheFiveElementClassesAreElements() {
    // a custom Element whose kind() is PERSON but is not a Person cannot be written
    assertThat(Element.class.isSealed()).isTrue();
    assertThat(Element.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Person.class, House.class, Facility.class, Affair.class, Organisation.class);
  }
}
