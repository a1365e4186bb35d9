package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.Joint;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.SpecialGroup;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.ReviewAgenda;
import org.gridgov.scoring.ReviewKind;
import org.gridgov.scoring.ReviewRhythm;
import org.gridgov.services.ListKind;
import org.gridgov.services.ResidentInput;
import org.gridgov.services.ThreeLists;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.HelpCall;
import org.gridgov.workflow.HelpPolicy;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.WorkflowDefinitions;
import org.gridgov.workflow.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Guigang's scheme end to end (article 004, 荷城社区): its fusion file read against its grid tree and
 * catalogue, and the ten joints at work in one service — a dispute and a call for help land in the
 * police grid too, the police station leads the key persons and assists the disputes, a need of the
 * lists becomes a shared ticket, and the community's monthly report puts them on its agenda.
 */
class GuigangFusionTest {
  private static final GridCode STREET = GridCode.parse("450802001");
  private static final GridCode HECHENG = GridCode.parse("450802001013");
  private static final GridCode GRID_3 = GridCode.parse("450802001013003");
  private static final GridCode GRID_25 = GridCode.parse("450802001013025");
  private static final GridCode POLICE_1 = GridCode.parse("450802001013951");

  private final Place guigang = Place.load("guigang");
  private final MatterCatalogue catalogue = guigang.matters().orElseThrow();
  private final GridFusion fusion = guigang.fusion().orElseThrow();
  private final MutableClock clock = MutableClock.at("2024-04-08T09:00");
  private final Principal centre = Principal.of("gc-dispatcher", PrincipalKind.COMMAND_CENTRE, STREET);   // 街道综治中心
  private final Principal officer1 = Principal.of("gg-p1", PrincipalKind.GRID_WORKER, POLICE_1);         // 警务员, 警务网格1
  private final Principal worker = Principal.of("gg-w1", PrincipalKind.GRID_WORKER, HECHENG);            // 专职网格员
  private final Principal police = department("cb-duty", "chengbei-police-station");
  private final Principal governance = department("gc-duty", "guicheng-governance-centre");

  private static Principal department(String id, String department) {
    return Principal.builder().id(id).kind(PrincipalKind.DEPARTMENT).department(department).addScopeRoots(STREET).build();
  }

  private TicketService service() {
    Locator wristbands = (lon, lat) -> Optional.of(guigang.tree().node(GRID_3));   // the place has no boundaries: a stand-in
    TicketService.Builder b = TicketService.builder().tree(guigang.tree()).catalogue(catalogue).clock(clock).fusion(fusion)
        .locator(wristbands).helpPolicy(HelpPolicy.standard("help.one-key"));
    for (MatterClass c : MatterClass.values()) {
      b.definitionFor(c, WorkflowDefinitions.STANDARD);
    }
    return b.build();
  }

  private Ticket report(TicketService service, String type, GridCode grid, String summary) {
    return service.report(NewTicket.builder().channel(Channel.PATROL).matterType(type).grid(grid)
        .reporter(Reporter.gridStaff("gg-w1")).summary(summary).build(), worker);
  }

  @Test
  void theTenJointsOfHechengRunInOneServiceOnGuigangsScheme() {
    TicketService service = service();
    // 矛盾纠纷联调: located once, landing in 警务网格1 too; the centre leads, the police station and the community assist
    Ticket dispute = report(service, "dispute.neighbour", GRID_3, "楼上漏水引发邻里纠纷");
    assertThat(dispute.joint()).contains(Joint.DISPUTES);
    assertThat(dispute.sharedGrids()).containsExactly(POLICE_1);
    assertThat(service.get(dispute.id(), officer1).summary()).isEqualTo("楼上漏水引发邻里纠纷");
    service.execute(Commands.accept(dispute.id(), centre));
    Ticket joint = service.execute(Commands.dispatch(dispute.id(), centre));
    assertThat(joint.department()).contains("guicheng-governance-centre");
    assertThat(joint.assistingDepartments()).containsExactly("chengbei-police-station", "hecheng-community");
    service.execute(Commands.note(dispute.id(), police, "民警到场参与调解"));
    service.execute(Commands.sign(dispute.id(), governance));

    // 重点人员联控: the police station leads; 警务网格3 (grids 21–29) shares it
    Ticket watch = report(service, "security.key-person", GRID_25, "重点人员近期频繁外出");
    assertThat(watch.sharedGrids()).containsExactly(GridCode.parse("450802001013953"));
    service.execute(Commands.accept(watch.id(), centre));
    assertThat(service.execute(Commands.dispatch(watch.id(), centre)).department()).contains("chengbei-police-station");

    // not a joint: the comprehensive grid's alone
    Ticket garbage = report(service, "city.garbage", GRID_3, "垃圾堆放");
    assertThat(garbage.sharedGrids()).isEmpty();
    assertThatThrownBy(() -> service.get(garbage.id(), officer1)).isInstanceOf(ForbiddenException.class);

    // 群众求助联帮: a wristband's call lands in the police grid too, and its officer may respond
    Ticket help = service.callForHelp(HelpCall.builder().device("gg-wb-0007").specialGroup(SpecialGroup.ELDERLY_LIVING_ALONE)
        .longitude(109.61).latitude(23.11).build(), centre);                     // WGS-84: the stand-in does not convert
    assertThat(help.joint()).contains(Joint.HELP);
    assertThat(service.commandsAvailable(help.id(), officer1)).contains("respond");
    service.execute(Commands.respond(help.id(), officer1));

    // 三项清单: a need collected on a visit becomes a ticket of 特殊人群联管
    ThreeLists lists = ThreeLists.builder(guigang.tree()).clock(clock).roster(guigang.roster()).build();
    var need = lists.record(ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT).grid(GRID_3)
        .title("独居老人需要定期探视").addSkills("elderly-care").build(), worker);
    Ticket care = service.get(lists.toTicket(need.id(), service, "care.special-group", worker).ticket().orElseThrow(), centre);
    assertThat(care.joint()).contains(Joint.SPECIAL_GROUPS);
    assertThat(care.sharedGrids()).containsExactly(POLICE_1);

    // 每月听取汇报: the community's report of April lists every open item of 荷城社区
    clock.set("2024-05-06T10:00");
    ReviewRhythm rhythm = ReviewRhythm.standard(guigang.tree(), BusinessCalendar.chinese(), LocalDate.of(2024, 4, 1), HECHENG);
    ReviewAgenda agenda = ReviewAgenda.of(rhythm.occurrence(ReviewKind.MONTHLY_REPORT, HECHENG, LocalDate.of(2024, 4, 1)),
        guigang.tree(), catalogue, CompositeWeights.standard(), service.store().eventsBetween(Instant.EPOCH, clock.instant()),
        clock.instant());
    assertThat(agenda.openItems()).extracting(ReviewAgenda.Item::ticket)
        .containsExactlyInAnyOrder(dispute.id(), watch.id(), garbage.id(), help.id(), care.id());
    assertThat(agenda.departments().entries()).extracting(r -> r.subject().id())
        .containsExactlyInAnyOrder("guicheng-governance-centre", "chengbei-police-station");
    assertThat(List.of(agenda.title())).allMatch(t -> t.startsWith("荷城社区大党委 每月听取汇报"));
  }
}
