package org.gridgov.workflow.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.core.Datum;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridTree;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.SpecialGroup;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.HelpCall;
import org.gridgov.workflow.HelpPolicy;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.FusedWorld;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * The samples of {@code docs/workflow.md} on the one-key call for help (一键求助) and on the grid
 * fusion's shared intake and joint handling (双格融合、联合处置), on the public API only.
 */
class ServicesOfTheWorkflowGuideTest {
  @Test
  void aWristbandsCallIsATicketWithTheGroupsPriorityAndLimit() {
    // what the sample takes from grid-core and grid-geo: the small district of the workflow guide,
    // its catalogue with the one-key matter type, and a locator that converts GCJ-02 (grid-geo's GridLocator)
    WorkflowWorld district = new WorkflowWorld();
    GridTree tree = district.tree;
    MatterCatalogue catalogue = district.catalogueWithHelp();
    Locator locator = district.convertingLocator();
    MutableClock clock = MutableClock.at("2024-03-09T20:00");              // a Saturday evening
    // snippet: workflow-one-key-call
    Principal helpLine = Principal.of("help-line", PrincipalKind.COMMAND_CENTRE, GridCode.parse("370811"));  // 服务专线
    Principal gridWorker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, GridCode.parse("370811001001001"));
    TicketService service = TicketService.builder().tree(tree).catalogue(catalogue).clock(clock)
        .locator(locator)                                    // converts the wristband's GCJ-02 fix
        .helpPolicy(HelpPolicy.standard("help.one-key"))     // priority and limit by special group
        .build();

    Ticket call = service.callForHelp(HelpCall.builder().device("wb-0042").specialGroup(SpecialGroup.ELDERLY_LIVING_ALONE)
        .caller("王秀英").phone("13912345678").datum(Datum.GCJ02).longitude(116.605).latitude(35.41)
        .note("摔倒了,起不来").build(), helpLine);          // URGENT, due 22:00 the same Saturday
    service.execute(Commands.respond(call.id(), gridWorker));   // the grid's worker takes it (响应)
    Ticket helped = service.execute(Commands.handle(call.id(), gridWorker));   // the clock pauses until the revisit
    // end snippet
    assertThat(call.priority()).isEqualTo(Priority.URGENT);
    assertThat(call.deadline().orElseThrow().dueAt()).isEqualTo(clock.instant().plusSeconds(2 * 3600));
    assertThat(call.reporter().toString()).contains("139****5678");
    assertThat(helped.state()).isEqualTo("helped");
  }

  @Test
  void aJointMatterLandsInBothLayersAndIsHandledByItsLeadWithTheAssistingDepartments() {
    // what the sample takes: 荷城社区 with three comprehensive and two police grids, its catalogue, its fusion file
    FusedWorld hecheng = new FusedWorld();
    GridTree tree = hecheng.tree;
    MatterCatalogue catalogue = hecheng.catalogue;
    String fusionJson = """
        { "id": "hecheng", "name": "双格融合、四融十联", "fromLayer": "comprehensive", "toLayer": "police",
          "joints": [ { "joint": "DISPUTES", "lead": "governance-centre", "assisting": ["chengbei-police", "hecheng-community"],
                        "matterTypes": ["dispute.neighbour"] } ],
          "links": [ { "to": "450802001013901", "from": ["450802001013001", "450802001013002"] } ] }
        """;
    MutableClock clock = MutableClock.at("2024-03-04T09:00");
    // snippet: workflow-joint-handling
    Principal centre = Principal.of("hc-centre", PrincipalKind.COMMAND_CENTRE, GridCode.parse("450802001"));   // 综治中心
    Principal officer = Principal.of("hc-p1", PrincipalKind.GRID_WORKER, GridCode.parse("450802001013901"));   // 警务员
    Principal policeStation = Principal.builder().id("cb-staff").kind(PrincipalKind.DEPARTMENT)
        .department("chengbei-police").addScopeRoots(GridCode.parse("450802001")).build();                    // 城北派出所
    GridFusion fusion = GridFusion.fromJson(fusionJson, tree, catalogue);   // checked against the tree and the catalogue
    TicketService service = TicketService.builder().tree(tree).catalogue(catalogue).clock(clock).fusion(fusion).build();

    Ticket dispute = service.report(NewTicket.builder().channel(Channel.PATROL).matterType("dispute.neighbour")
        .grid(GridCode.parse("450802001013002")).reporter(Reporter.gridStaff("hc-w1")).summary("楼道堆物引发邻里纠纷")
        .build(), centre);                                     // lands in 警务网格1 too: dispute.sharedGrids()
    Ticket seen = service.get(dispute.id(), officer);         // the police grid's officer reads and notes it
    service.execute(Commands.accept(dispute.id(), centre));
    Ticket joint = service.execute(Commands.dispatch(dispute.id(), centre));   // 综治中心 leads, 派出所 and 社区 assist
    service.execute(Commands.note(dispute.id(), policeStation, "民警参与调解"));  // an assisting department's part
    // end snippet
    assertThat(dispute.sharedGrids()).containsExactly(GridCode.parse("450802001013901"));
    assertThat(seen).isEqualTo(dispute);
    assertThat(joint.department()).contains("governance-centre");
    assertThat(joint.assistingDepartments()).containsExactly("chengbei-police", "hecheng-community");
  }
}
