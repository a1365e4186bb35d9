package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.JointTask;
import org.gridgov.core.MatterClass;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.WorkflowDefinitions;

/**
 * Example: 双格融合、十联 at 荷城社区, Guigang (article 004) — the place's fusion file names its ten
 * joints with their lead and assisting units and maps its comprehensive grids onto 城北派出所's police
 * grids; a neighbours' dispute reported once lands in both layers, the police grid's officer sees it,
 * and smart dispatch hands it to the lead with the assisting units (联合处置).
 */
public final class DualGridFusion {
  private DualGridFusion() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintWriter out) {
    Place guigang = Place.load("guigang");
    GridFusion fusion = guigang.fusion().orElseThrow();
    out.printf("%s: %s <-> %s%n", fusion.name(), fusion.mapping().fromLayer(), fusion.mapping().toLayer());
    for (JointTask j : fusion.tasks()) {
      out.printf("  %s lead %s, assisting %s, matters %s%n", j.joint().chineseName(), j.lead(), j.assisting(), j.matterTypes());
    }
    TicketService.Builder b = TicketService.builder().tree(guigang.tree()).catalogue(guigang.matters().orElseThrow())
        .clock(Clock.fixed(Instant.parse("2024-04-08T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).fusion(fusion);
    for (MatterClass c : MatterClass.values()) {
      b.definitionFor(c, WorkflowDefinitions.STANDARD);
    }
    TicketService service = b.build();
    GridCode street = GridCode.parse("450802001");
    Principal centre = Principal.of("gc-dispatcher", PrincipalKind.COMMAND_CENTRE, street);           // 街道综治中心
    Principal worker = Principal.of("gg-w1", PrincipalKind.GRID_WORKER, GridCode.parse("450802001013"));
    Ticket t = service.report(NewTicket.builder().channel(Channel.VISIT).matterType("dispute.neighbour")
        .grid(GridCode.parse("450802001013012")).reporter(Reporter.gridStaff("gg-w1")).summary("楼上漏水引发邻里纠纷").build(), worker);
    out.printf("%s in %s (%s), shared with %s%n", t.joint().orElseThrow().chineseName(), t.grid(),
        guigang.tree().get(t.grid()).name(), t.sharedGrids());
    Principal officer = Principal.of("gg-p2", PrincipalKind.GRID_WORKER, t.sharedGrids().get(0));     // 警务员
    out.printf("the police grid's officer reads it: %s%n", service.get(t.id(), officer).summary());
    service.execute(Commands.accept(t.id(), centre));
    t = service.execute(Commands.dispatch(t.id(), centre));
    out.printf("dispatched to %s, assisted by %s%n", t.department().orElseThrow(), t.assistingDepartments());
    Principal police = Principal.builder().id("cb-duty").kind(PrincipalKind.DEPARTMENT).department("chengbei-police-station")
        .addScopeRoots(street).build();
    t = service.execute(Commands.note(t.id(), police, "民警到场参与调解"));
    out.printf("%s noted as %s%n", police.id(), service.history(t.id(), centre).get((int) t.version() - 1).role());
  }
}
