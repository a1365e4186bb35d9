package org.gridgov.workflow.testing;

import java.util.List;
import org.gridgov.core.Department;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterType;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.TimeLimit;
import org.gridgov.core.TimeLimitClass;
import org.gridgov.workflow.TicketService;

/**
 * A community with fused grids for workflow tests (双格融合测试辖区), after 荷城社区 (article 004):
 * three comprehensive grids and two police grids of 城北派出所 under the community, a catalogue whose
 * departments are the street's comprehensive-governance centre, the police station and the
 * community, and the fusion that runs 矛盾纠纷联调 and 重点人员联控 (the police station leads the
 * second). Immutable.
 */
public final class FusedWorld {
  /** 贵城街道. */
  public static final GridCode STREET = GridCode.parse("450802001");
  /** 荷城社区. */
  public static final GridCode HECHENG = GridCode.parse("450802001013");
  /** 荷城社区第1网格. */
  public static final GridCode GRID_1 = GridCode.parse("450802001013001");
  /** 荷城社区第2网格. */
  public static final GridCode GRID_2 = GridCode.parse("450802001013002");
  /** 荷城社区第3网格. */
  public static final GridCode GRID_3 = GridCode.parse("450802001013003");
  /** 城北派出所荷城警务网格1: fused with grids 1 and 2. */
  public static final GridCode POLICE_1 = GridCode.parse("450802001013901");
  /** 城北派出所荷城警务网格2: fused with grid 3. */
  public static final GridCode POLICE_2 = GridCode.parse("450802001013902");
  /** A dispute between neighbours: handled jointly under 矛盾纠纷联调. */
  public static final String DISPUTE = "dispute.neighbour";
  /** A key person to watch: handled jointly under 重点人员联控, the police leading. */
  public static final String KEY_PERSON = "security.key-person";
  /** Garbage: no joint, the comprehensive grid's alone. */
  public static final String GARBAGE = "env.garbage";

  public final GridScheme scheme = GridSchemes.fromJson("""
      { "id": "hecheng-test", "name": "荷城社区(测试)",
        "levels": [ { "id": "street", "name": "街道", "codeWidth": 9 },
                    { "id": "community", "name": "社区", "codeWidth": 3 },
                    { "id": "grid", "name": "网格", "codeWidth": 3, "basic": true } ],
        "layers": [ { "id": "comprehensive", "name": "综治网格", "fullCoverage": true },
                    { "id": "police", "name": "警务网格", "fullCoverage": true } ] }
      """);
  public final GridTree tree = GridTree.builder(scheme).add(Grid.of(STREET, "贵城街道", 1))
      .add(Grid.of(HECHENG, "荷城社区", 2)).add(Grid.of(GRID_1, "荷城社区第1网格", 3))
      .add(Grid.of(GRID_2, "荷城社区第2网格", 3)).add(Grid.of(GRID_3, "荷城社区第3网格", 3))
      .add(Grid.builder().code(POLICE_1).name("荷城警务网格1").level(3).layer("police").build())
      .add(Grid.builder().code(POLICE_2).name("荷城警务网格2").level(3).layer("police").build()).build();
  public final MatterCatalogue catalogue = MatterCatalogue.builder()
      .addDepartments(Department.of("governance-centre", "贵城街道综治中心"), Department.of("chengbei-police", "城北派出所"),
          Department.of("hecheng-community", "荷城社区"), Department.of("urban-management", "综合行政执法局"))
      .addTimeLimitClasses(TimeLimitClass.of("ordinary", "一般件", TimeLimit.workingDays(5)))
      .addMatterTypes(type(DISPUTE, "邻里纠纷", "governance-centre"), type(KEY_PERSON, "重点人员动态", "chengbei-police"),
          type(GARBAGE, "垃圾堆放", "urban-management"))
      .build();
  public final GridFusion fusion = GridFusion.fromJson("""
      { "id": "hecheng", "name": "双格融合、四融十联", "fromLayer": "comprehensive", "toLayer": "police",
        "joints": [
          { "joint": "DISPUTES", "lead": "governance-centre", "assisting": ["chengbei-police", "hecheng-community"],
            "matterTypes": ["dispute.neighbour"] },
          { "joint": "KEY_PERSONS", "lead": "chengbei-police", "assisting": ["governance-centre"],
            "matterTypes": ["security.key-person"] } ],
        "links": [ { "to": "450802001013901", "from": ["450802001013001", "450802001013002"] },
                   { "to": "450802001013902", "from": ["450802001013003"] } ] }
      """, tree, catalogue);

  /** 综治中心 dispatcher. */
  public final Principal centre = Principal.of("hc-centre", PrincipalKind.COMMAND_CENTRE, STREET);
  /** The grid worker of 荷城社区第1网格. */
  public final Principal worker1 = Principal.of("hc-w1", PrincipalKind.GRID_WORKER, GRID_1);
  /** The police grid's officer (警务员) of 警务网格1, a grid worker of the police layer. */
  public final Principal officer1 = Principal.of("hc-p1", PrincipalKind.GRID_WORKER, POLICE_1);
  /** The police grid's officer of 警务网格2. */
  public final Principal officer2 = Principal.of("hc-p2", PrincipalKind.GRID_WORKER, POLICE_2);
  /** Staff of the street's comprehensive-governance centre. */
  public final Principal governance = WorkflowWorld.department("gc-staff", "governance-centre", STREET);
  /** Staff of 城北派出所. */
  public final Principal police = WorkflowWorld.department("cb-staff", "chengbei-police", STREET);
  /** Staff of the district's urban management. */
  public final Principal urbanManagement = WorkflowWorld.department("um-staff", "urban-management", STREET);
  /** Staff of 荷城社区. */
  public final Principal community = WorkflowWorld.department("hc-staff", "hecheng-community", HECHENG);

  private static MatterType type(String code, String name, String department) {
    return MatterType.builder().code(code).name(name).owningDepartment(department).matterClass(MatterClass.ESCALATED)
        .timeLimitClass("ordinary").build();
  }

  /** The comprehensive grids, in code order. */
  public List<GridCode> grids() {
    return List.of(GRID_1, GRID_2, GRID_3);
  }

  /** A service with the fusion, on an in-memory store. */
  public TicketService service(MutableClock clock) {
    return TicketService.builder().tree(tree).catalogue(catalogue).clock(clock).fusion(fusion).build();
  }
}
