package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingReportTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "st", "name": "staffing",
        "levels": [ { "id": "community", "name": "社区", "codeWidth": 12, "kinds": ["urban", "rural"] },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综合网格" } ],
        "kinds": [ { "id": "urban", "name": "社区" }, { "id": "rural", "name": "村" } ],
        "staffingPresets": [ "one-grid-one-worker" ] }
      """);
  private static final GridCode C = GridCode.parse("370811002004");
  private static final GridCode V = GridCode.parse("370811002201");
  private static final GridCode G1 = GridCode.parse("370811002004001");
  private static final GridCode G2 = GridCode.parse("370811002004002");
  private static final GridCode G3 = GridCode.parse("370811002201001");

  private static GridTree tree() {
    return GridTree.builder(SCHEME)
        .add(Grid.builder().code(C).name("风韵荷都社区").level(1).kind("urban").build())
        .add(Grid.builder().code(V).name("甄庄村").level(1).kind("rural").build())
        .add(Grid.of(G1, "一", 2)).add(Grid.of(G2, "二", 2)).add(Grid.of(G3, "三", 2))
        .build();
  }

  private static Roster.Builder roster(GridTree tree) {
    return Roster.builder(tree)
        .add(StaffMember.of("w1", "邢瑜璇")).add(StaffMember.of("w2", "王勇")).add(StaffMember.of("w3", "刘汶"));
  }

  @Test
  void oneWorkerPerGridComplies() {
    GridTree tree = tree();
    Roster r = roster(tree).assign("w1", Role.GRID_WORKER, G1).assign("w2", Role.GRID_WORKER, G2)
        .assign("w3", Role.GRID_WORKER, G3).build();
    StaffingReport report = StaffingReport.of(tree, r);
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.checkedGrids()).isEqualTo(3);
  }

  @Test
  void aWorkerServingTwoGridsAndAnEmptyGridAreListedWithReasons() {
    GridTree tree = tree();
    Roster r = roster(tree).assign("w1", Role.GRID_WORKER, G1).assign("w1", Role.GRID_WORKER, G2).build();
    StaffingReport report = StaffingReport.of(tree, r);
    assertThat(report.failingGrids()).containsExactlyInAnyOrder(G1, G2, G3);
    assertThat(report.violations()).filteredOn(v -> v.grid().equals(G3))
        .singleElement().satisfies(v -> {
          assertThat(v.kind()).isEqualTo(StaffingViolation.Kind.TOO_FEW);
          assertThat(v.reason()).contains("一格一员").contains("at least 1").contains("has 0");
        });
    assertThat(report.violations()).filteredOn(v -> v.kind() == StaffingViolation.Kind.SHARED_WITH_ANOTHER_GRID).hasSize(2);
  }

  @Test
  void onePlusFourChecksTheLeaderTheWorkerTheLiaisonAndThePartyOrganisation() {
    GridTree tree = tree();
    Roster r = roster(tree)
        .assign("w1", Role.GRID_LEADER, G1).assign("w2", Role.GRID_WORKER, G1).assign("w3", Role.MICRO_GRID_LIAISON, G1)
        .partyMembers(G1, 5).partyOrganisation(G1, PartyOrganisationType.BRANCH)
        .partyMembers(G2, 2).partyOrganisation(G2, PartyOrganisationType.BRANCH)
        .partyMembers(G3, 4)
        .build();
    StaffingReport report = StaffingReport.of(tree, r, List.of(StaffingRules.onePlusOnePlusOnePlusOnePlusN()));
    assertThat(report.violations()).noneMatch(v -> v.grid().equals(G1));
    assertThat(report.violations()).filteredOn(v -> v.grid().equals(G2))
        .extracting(StaffingViolation::kind).contains(StaffingViolation.Kind.PARTY_ORGANISATION_WRONG_TYPE);
    assertThat(report.violations()).filteredOn(v -> v.grid().equals(G3))
        .extracting(StaffingViolation::kind).contains(StaffingViolation.Kind.PARTY_ORGANISATION_MISSING);
  }

  @Test
  void policeAndLegalRulesApplyByKindOfCommunity() {
    GridTree tree = tree();
    Roster r = roster(tree).assign("w1", Role.POLICE_OFFICER, C).assign("w2", Role.AUXILIARY_POLICE, C)
        .assign("w3", Role.AUXILIARY_POLICE, V).build();
    StaffingReport report = StaffingReport.of(tree, r,
        List.of(StaffingRules.policeAndLegalPerCommunity("community", "urban", "rural")));
    assertThat(report.violations()).extracting(v -> v.grid().value() + " " + v.role().orElse(""))
        .containsExactlyInAnyOrder("370811002004 auxiliary-police", "370811002201 legal-adviser");
  }

  @Test
  void unknownStaffRolesAndGridsAreRefusedWhenAdded() {
    GridTree tree = tree();
    assertThatThrownBy(() -> roster(tree).assign("nobody", Role.GRID_WORKER, G1))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
    assertThatThrownBy(() -> roster(tree).assign("w1", "astronaut", G1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("role = \"astronaut\"");
    assertThatThrownBy(() -> roster(tree).assign("w1", Role.GRID_WORKER, GridCode.parse("370811002004999")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> roster(tree).add(StaffMember.of("w1", "again")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("w1");
  }

  @Test
  void aSchemeNamingAnUnknownPresetIsRefusedWithItsPath() {
    assertThatThrownBy(() -> GridSchemes.fromJson(GridSchemes.toJson(SCHEME).replace("one-grid-one-worker", "two-grids")))
        .isInstanceOf(InvalidSchemeException.class).hasMessageContaining("$.staffingPresets[0]");
  }

  @Test
  void rosterCsvAcceptsAgreeingRepeatRowsAndRefusesDisagreeingOnes() {
    GridTree tree = tree();
    String header = "staff_id,name,role,grid_code,phone\n";
    String first = "w1,邢瑜璇,grid-worker,370811002004001,13812345678\n";
    Roster ok = RosterCsv.read(new java.io.StringReader(header + first
        + "w1,邢瑜璇,grid-leader,370811002004001,13812345678\n"), tree);
    assertThat(ok.staff()).containsOnlyKeys("w1");
    assertThat(ok.assignments()).hasSize(2);

    assertThatThrownBy(() -> RosterCsv.read(new java.io.StringReader(header + first
        + "w1,王勇,grid-leader,370811002004001,13812345678\n"), tree))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("line 3.name");
          assertThat(e.value()).isEqualTo("王勇");
          assertThat(e.rule()).contains("w1", "different name");
        });
    assertThatThrownBy(() -> RosterCsv.read(new java.io.StringReader(header + first
        + "w1,邢瑜璇,grid-leader,370811002004001,13900001111\n"), tree))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("line 3.phone");
          assertThat(e.value()).isEqualTo("139****1111");
          assertThat(e.getMessage()).doesNotContain("13900001111", "13812345678");
        });
    assertThatThrownBy(() -> RosterCsv.read(new java.io.StringReader(header + first
        + "w1,邢瑜璇,grid-leader,370811002004001,1234\n"), tree))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("line 3.phone"));
  }
}
