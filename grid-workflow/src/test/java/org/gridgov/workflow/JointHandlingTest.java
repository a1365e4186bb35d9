package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.FusedWorld.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Joint;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.testing.FusedWorld;
import org.gridgov.workflow.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * 双格融合 at 荷城社区 (article 004): "建立综治网格与警务网格“双格融合机制” … 以街道综治中心和城北派出所为
 * 牵头单位,荷城社区为协同单位 … 矛盾纠纷联调 … 重点人员联控": a report located once lands in both
 * layers, and a joint matter is handled by its lead with the assisting departments.
 */
class JointHandlingTest {
  private final FusedWorld world = new FusedWorld();
  private final MutableClock clock = MutableClock.at("2024-03-04T09:00");
  private final TicketService service = world.service(clock);

  private Ticket report(String matterType, GridCode grid) {
    return service.report(NewTicket.builder().channel(Channel.PATROL).matterType(matterType).grid(grid)
        .reporter(Reporter.gridStaff("hc-w1")).summary("两户居民因楼道堆物发生纠纷").build(), world.centre);
  }

  @Test
  void aDisputeReportedInAComprehensiveGridLandsInItsPoliceGridToo() {
    Ticket dispute = report(DISPUTE, GRID_2);
    assertThat(dispute.joint()).contains(Joint.DISPUTES);
    assertThat(dispute.sharedGrids()).containsExactly(POLICE_1);
    assertThat(service.get(dispute.id(), world.officer1)).isEqualTo(dispute);           // 警务网格1 sees it
    // 双格双员: the police grid's officer acts as the grid's own worker does (notes, not acceptance)
    assertThat(service.commandsAvailable(dispute.id(), world.officer1)).contains("note").doesNotContain("accept");
    assertThatThrownBy(() -> service.get(dispute.id(), world.officer2)).isInstanceOf(ForbiddenException.class);

    Ticket garbage = report(GARBAGE, GRID_2);                                          // no joint: the comprehensive grid's alone
    assertThat(garbage.sharedGrids()).isEmpty();
    assertThat(garbage.joint()).isEmpty();
    assertThatThrownBy(() -> service.get(garbage.id(), world.officer1)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void smartDispatchOfAJointMatterSendsItToTheLeadWithItsAssistingDepartments() {
    Ticket t = report(DISPUTE, GRID_3);
    TicketId id = t.id();
    service.execute(Commands.accept(id, world.centre));
    Ticket dispatched = service.execute(Commands.dispatch(id, world.centre));
    assertThat(dispatched.department()).contains("governance-centre");               // 牵头单位
    assertThat(dispatched.assistingDepartments()).containsExactly("chengbei-police", "hecheng-community");   // 协同单位
    assertThat(service.history(id, world.centre).get(2).payload())
        .isEqualTo(new EventPayload.Dispatched("governance-centre", Optional.empty(), true, List.of("chengbei-police", "hecheng-community")));
    // the assisting police station records its part; signing and handling stay with the lead
    Ticket noted = service.execute(Commands.note(id, world.police, "城北派出所民警参与调解"));
    assertThat(service.history(id, world.centre).get(3).role()).isEqualTo("assisting-department");
    assertThatThrownBy(() -> service.execute(Commands.sign(id, world.police))).isInstanceOf(ForbiddenException.class);
    assertThat(service.get(id, world.centre)).isEqualTo(noted);
    service.execute(Commands.sign(id, world.governance));
    service.execute(Commands.handle(id, world.governance));

    Ticket watch = report(KEY_PERSON, GRID_1);
    service.execute(Commands.accept(watch.id(), world.centre));
    Ticket led = service.execute(Commands.dispatch(watch.id(), world.centre));
    assertThat(led.department()).contains("chengbei-police");                          // 重点人员联控: the police lead
    assertThat(led.assistingDepartments()).containsExactly("governance-centre");
  }

  @Test
  void aDispatcherNamesTheLeadAndTheAssistingDepartmentsOfAnyTicket() {
    Ticket t = report(GARBAGE, GRID_1);
    service.execute(Commands.accept(t.id(), world.centre));
    Ticket joint = service.execute(Commands.dispatchJointly(t.id(), world.centre, "urban-management", "hecheng-community"));
    assertThat(joint.department()).contains("urban-management");
    assertThat(joint.assistingDepartments()).containsExactly("hecheng-community");
    Ticket returned = service.execute(Commands.returnTicket(t.id(), world.urbanManagement, "outside-remit"));
    assertThat(returned.department()).isEmpty();
    assertThat(returned.assistingDepartments()).isEmpty();
  }

  @Test
  void anUnknownOrRepeatedAssistingDepartmentIsRefusedAndChangesNothing() {
    Ticket t = report(DISPUTE, GRID_1);
    Ticket filed = service.execute(Commands.accept(t.id(), world.centre));
    assertThatThrownBy(() -> service.execute(Commands.dispatchJointly(t.id(), world.centre, "governance-centre", "fire-brigade")))
        .isInstanceOf(NotFoundException.class).satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("assisting[0]");
          assertThat(g.value()).isEqualTo("fire-brigade");
        });
    assertThatThrownBy(() -> service.execute(Commands.dispatchJointly(t.id(), world.centre, "governance-centre", "governance-centre")))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("not the lead");
    assertThat(service.get(t.id(), world.centre)).isEqualTo(filed);
  }

  @Test
  void anyAssistingListIsEitherRecordedExactlyOrRefusedWithTheTicketUnchanged() {
    List<String> names = List.of("chengbei-police", "hecheng-community", "urban-management", "governance-centre", "fire-brigade");
    qt().withExamples(150).forAll(lists().of(pick(names)).ofSizeBetween(0, 4)).checkAssert(assisting -> {
      TicketService s = world.service(MutableClock.at("2024-03-04T09:00"));
      Ticket t = s.report(NewTicket.builder().channel(Channel.HOTLINE).matterType(DISPUTE).grid(GRID_1)
          .reporter(Reporter.anonymous()).summary("纠纷").build(), world.centre);
      Ticket filed = s.execute(Commands.accept(t.id(), world.centre));
      boolean valid = !assisting.contains("fire-brigade") && !assisting.contains("governance-centre")
          && new HashSet<>(assisting).size() == assisting.size();
      try {
        Ticket after = s.execute(Commands.dispatchJointly(t.id(), world.centre, "governance-centre", assisting.toArray(String[]::new)));
        assertThat(valid).as("accepted %s", assisting).isTrue();
        assertThat(after.assistingDepartments()).isEqualTo(assisting);
        TicketEvent stored = s.history(t.id(), world.centre).get(2);
        assertThat(TicketEventJson.fromJson(TicketEventJson.toStorageJson(stored))).isEqualTo(stored);
      } catch (GridGovException refused) {
        assertThat(valid).as("refused %s: %s", assisting, refused.getMessage()).isFalse();
        assertThat(s.get(t.id(), world.centre)).isEqualTo(filed);
      }
    });
  }
}
