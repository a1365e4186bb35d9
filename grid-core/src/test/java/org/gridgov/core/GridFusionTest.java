package org.gridgov.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fusion of 荷城社区's comprehensive and police grids (article 004): "以街道综治中心和城北派出所为
 * 牵头单位,荷城社区为协同单位 … 基础信息联采、安全隐患联排、矛盾纠纷联调 …"; read from a fusion file and
 * checked field by field.
 */
class GridFusionTest {
  private static final GridScheme SCHEME = GridSchemes.fromJson("""
      { "id": "hecheng", "name": "荷城社区",
        "levels": [ { "id": "community", "name": "社区", "codeWidth": 12 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综治网格", "fullCoverage": true },
                    { "id": "police", "name": "警务网格", "fullCoverage": true } ] }
      """);
  private static final GridCode C1 = GridCode.parse("450802001013001");
  private static final GridCode C2 = GridCode.parse("450802001013002");
  private static final GridCode C3 = GridCode.parse("450802001013003");
  private static final GridCode P1 = GridCode.parse("450802001013901");
  private static final GridCode P2 = GridCode.parse("450802001013902");
  private static final GridTree TREE = GridTree.builder(SCHEME).add(Grid.of(GridCode.parse("450802001013"), "荷城社区", 1))
      .add(Grid.of(C1, "荷城社区第1网格", 2)).add(Grid.of(C2, "荷城社区第2网格", 2)).add(Grid.of(C3, "荷城社区第3网格", 2))
      .add(Grid.builder().code(P1).name("城北派出所荷城警务网格1").level(2).layer("police").build())
      .add(Grid.builder().code(P2).name("城北派出所荷城警务网格2").level(2).layer("police").build()).build();
  private static final MatterCatalogue CATALOGUE = MatterCatalogue.builder()
      .addDepartments(Department.of("governance-centre", "贵城街道综治中心"), Department.of("chengbei-police", "城北派出所"),
          Department.of("hecheng-community", "荷城社区"))
      .addTimeLimitClasses(TimeLimitClass.of("ordinary", "一般件", TimeLimit.workingDays(5)))
      .addMatterTypes(type("dispute.neighbour", "governance-centre"), type("safety.hazard", "governance-centre"),
          type("security.drugs", "chengbei-police"))
      .build();
  private static final String FILE = """
      { "id": "hecheng", "name": "双格融合、四融十联",
        "fromLayer": "comprehensive", "toLayer": "police",
        "joints": [
          { "joint": "DISPUTES", "lead": "governance-centre", "assisting": ["chengbei-police", "hecheng-community"],
            "matterTypes": ["dispute.neighbour"] },
          { "joint": "HAZARDS", "lead": "governance-centre", "assisting": ["chengbei-police"], "matterTypes": ["safety.hazard"] },
          { "joint": "DRUG_CONTROL", "lead": "chengbei-police", "assisting": ["governance-centre"], "matterTypes": ["security.drugs"] },
          { "joint": "PATROLS", "lead": "chengbei-police", "assisting": ["hecheng-community"], "matterTypes": [] } ],
        "links": [ { "to": "450802001013901", "from": ["450802001013001", "450802001013002"] },
                   { "to": "450802001013902", "from": ["450802001013003"] } ] }
      """;

  private static MatterType type(String code, String department) {
    return MatterType.builder().code(code).name(code).owningDepartment(department).timeLimitClass("ordinary").build();
  }

  @Test
  void hechengsFusionFileDeclaresItsJointsWithLeadAndAssistingDepartments() {
    // what the sample takes: 荷城社区's tree (comprehensive and police grids), its catalogue and its fusion file
    GridTree tree = TREE;
    MatterCatalogue catalogue = CATALOGUE;
    String fusionFile = FILE;
    // snippet: core-grid-fusion
    GridFusion fusion = GridFusion.fromJson(fusionFile, tree, catalogue);   // layers, grids, departments, matter types checked
    Set<Joint> joints = fusion.joints();                                    // [HAZARDS, DISPUTES, DRUG_CONTROL, PATROLS]
    Optional<JointTask> disputes = fusion.taskFor("dispute.neighbour");     // DISPUTES: lead and assisting departments
    List<GridCode> police = fusion.sharedGrids(GridCode.parse("450802001013002"));   // [450802001013901]
    // end snippet
    assertThat(joints).hasSize(4);
    assertThat(disputes.map(JointTask::joint)).contains(Joint.DISPUTES);
    assertThat(police).containsExactly(P1);
    assertThat(fusion.joints()).containsExactly(Joint.HAZARDS, Joint.DISPUTES, Joint.DRUG_CONTROL, Joint.PATROLS);
    assertThat(fusion.runs(Joint.HELP)).isFalse();
    assertThat(fusion.taskFor("dispute.neighbour")).map(JointTask::lead).contains("governance-centre");
    assertThat(fusion.taskFor("dispute.neighbour").orElseThrow().assisting()).containsExactly("chengbei-police", "hecheng-community");
    assertThat(fusion.taskFor("security.drugs")).map(JointTask::joint).contains(Joint.DRUG_CONTROL);
    assertThat(fusion.taskFor("city.garbage")).isEmpty();
    assertThat(fusion.sharedGrids(C2)).containsExactly(P1);
    assertThat(fusion.sharedGrids(P1)).containsExactly(C1, C2);
    assertThat(fusion.mapping().unmappedFrom()).isEmpty();
    assertThat(Joint.DISPUTES.chineseName()).isEqualTo("矛盾纠纷联调");
  }

  @Test
  void everyFaultOfAFusionFileNamesItsJsonPath() {
    assertFault(FILE.replace("\"DRUG_CONTROL\"", "\"DISPUTES\""), "$.joints[2].joint", "appears twice");
    assertFault(FILE.replace("\"lead\": \"chengbei-police\", \"assisting\": [\"governance-centre\"]",
        "\"lead\": \"police-bureau\", \"assisting\": [\"governance-centre\"]"), "$.joints[2].lead", "departments");
    assertFault(FILE.replace("[\"chengbei-police\", \"hecheng-community\"]", "[\"governance-centre\"]"),
        "$.joints[0].assisting[0]", "never assists the joint it leads");
    assertFault(FILE.replace("[\"safety.hazard\"]", "[\"dispute.neighbour\"]"), "$.joints[1].matterTypes[0]", "already under DISPUTES");
    assertFault(FILE.replace("[\"security.drugs\"]", "[\"security.cult\"]"), "$.joints[2].matterTypes[0]", "matter type");
    assertFault(FILE.replace("\"PATROLS\"", "\"PATROL\""), "$.joints[3].joint", "ten joints");
    assertFault(FILE.replace("\"toLayer\": \"police\"", "\"toLayer\": \"traffic\""), "$.toLayer", "layer of scheme");
    assertFault(FILE.replace("\"from\": [\"450802001013003\"]", "\"from\": [\"450802001013901\"]"), "$.links[1].from[0]",
        "layer police, not comprehensive");
    assertThatThrownBy(() -> GridFusion.fromJson(FILE.replace("450802001013003\"]", "450802001013004\"]"), TREE, CATALOGUE))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("$.links[1].from[0] = \"450802001013004\"");
    assertFault(FILE.replace("\"name\": \"双格融合、四融十联\",", "\"name\": \"x\", \"leader\": \"y\","), "$.leader", "unknown property");
    assertFault(FILE.replaceAll("(?s)\"joints\": \\[.*\\],\\s*\"links\"", "\"joints\": [], \"links\""), "$.joints", "at least one");
  }

  private static void assertFault(String json, String field, String rule) {
    assertThatThrownBy(() -> GridFusion.fromJson(json, TREE, CATALOGUE)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((GridGovException) e).field()).isEqualTo(field)).hasMessageContaining(rule);
  }

  @Test
  void anyJointsDeclaredOnceWithCatalogueDepartmentsBuildAndAnswerForEachOfTheirMatterTypes() {
    List<String> departments = List.of("governance-centre", "chengbei-police", "hecheng-community");
    List<String> types = List.of("dispute.neighbour", "safety.hazard", "security.drugs");
    LayerMapping mapping = LayerMapping.builder(TREE, "comprehensive", "police").link(C1, P1).build();
    qt().forAll(lists().of(pick(List.of(Joint.values()))).ofSizeBetween(1, 10), pick(departments), pick(types))
        .check((joints, lead, type) -> {
          List<Joint> distinct = joints.stream().distinct().toList();
          GridFusion.Builder b = GridFusion.builder("f", "融合", mapping, CATALOGUE);
          List<String> assisting = new ArrayList<>(departments);
          assisting.remove(lead);
          for (int i = 0; i < distinct.size(); i++) {
            b.joint(distinct.get(i), lead, assisting, i == 0 ? List.of(type) : List.of());
          }
          GridFusion f = b.build();
          return f.joints().size() == distinct.size() && f.taskFor(type).map(JointTask::joint).equals(Optional.of(distinct.get(0)))
              && f.tasks().stream().allMatch(t -> !t.assisting().contains(t.lead()));
        });
  }

  @Test
  void aLocatorWithoutConversionTakesWgs84OnlyAndSaysSo() {
    Locator wgs84Only = (lon, lat) -> Optional.of(TREE.node(C1));
    assertThat(wgs84Only.locate(Datum.WGS84, 109.6, 23.1)).contains(TREE.node(C1));
    assertThatThrownBy(() -> wgs84Only.locate(Datum.GCJ02, 109.6, 23.1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("datum = \"GCJ02\"").hasMessageContaining("converts");
    assertThatThrownBy(() -> wgs84Only.locate(null, 109.6, 23.1)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void calendarHoursAreTheOneRoundTheClockHourUnit() {
    assertThat(TimeLimit.calendarHours(2)).hasToString("2 calendar hours");
    assertThat(TimeLimitUnit.CALENDAR_HOURS.countsWorkingTime()).isFalse();
    assertThat(TimeLimitUnit.WORKING_HOURS.countsWorkingTime()).isTrue();
  }
}
