package org.gridgov.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * 三项清单 (article 002): "采取“一访”“一线”“一箱”“一群”“一机”“一本”的“六个一”征集模式,梳理形成“资源清单”“需求清单”
 * “项目清单”" — input sorted into its list with grid, owner and status, queried within the reader's
 * scope; a need becomes a ticket or a project.
 */
class ThreeListsTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-04-01T09:00");
  private final Roster roster = Roster.builder(world.tree).add(StaffMember.of("zhang-min", "张敏"))
      .assign("zhang-min", Role.GRID_WORKER, HEYUN_1).build();
  private final ThreeLists lists = ThreeLists.builder(world.tree).clock(clock).roster(roster).build();

  private static ResidentInput.Builder input(ListKind kind, Channel channel, GridCode grid, String title, String... skills) {
    ResidentInput.Builder b = ResidentInput.builder();
    b.kind(kind).channel(channel).grid(grid).title(title).addSkills(skills);
    return b;
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  @Test
  void theSixOnesAreSortedIntoResourcesNeedsAndProjectsWithGridOwnerAndStatus() {
    ListItem need = lists.record(input(ListKind.NEED, Channel.VISIT, HEYUN_1, "独居老人代购药品", "errands")
        .resident("王秀英").phone("13912345678").build(), world.worker);               // 一访: 入户走访
    clock.set("2024-04-02T10:00");
    ListItem resource = lists.record(input(ListKind.RESOURCE, Channel.HOTLINE, HEYUN_2, "退休电工义务维修家电", "repair").build(),
        world.worker2);                                                                // 一线: 服务热线
    ListItem project = lists.record(input(ListKind.PROJECT, Channel.MEETING, HEYUN, "楼道照明改造").build(), world.communityLeader);
    assertThat(need.id()).isEqualTo("N-000001");
    assertThat(need.owner()).isEqualTo("zhang-min");                                 // the grid's worker, from the roster
    assertThat(resource.owner()).isEqualTo("worker-heyun-2");                        // no roster entry: the collector
    assertThat(project.kind()).isEqualTo(ListKind.PROJECT);
    assertThat(List.of(need, resource, project)).extracting(ListItem::status).containsOnly(ItemStatus.OPEN);
    assertThat(need.input().toString()).contains("139****5678").doesNotContain("13912345678");

    // by grid subtree, period and status, within the reader's scope
    assertThat(lists.query(ListQuery.all(), world.communityLeader)).extracting(ListItem::id)
        .containsExactly("N-000001", "R-000001", "P-000001");
    assertThat(lists.query(ListQuery.all(), world.worker)).extracting(ListItem::id).containsExactly("N-000001");
    assertThat(lists.query(ListQuery.builder().under(HEYUN_2).build(), world.centre)).extracting(ListItem::id).containsExactly("R-000001");
    assertThat(lists.query(ListQuery.builder().from(at("2024-04-02T00:00")).build(), world.centre)).extracting(ListItem::id)
        .containsExactly("R-000001", "P-000001");
    assertThat(lists.query(ListQuery.of(ListKind.NEED), world.jidongWorker)).isEmpty();
    assertThatThrownBy(() -> lists.query(ListQuery.builder().under(HEYUN).build(), world.worker)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> lists.get("N-000001", world.jidongWorker)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aNeedBecomesATicketAndIsDoneWhenTheTicketCloses() {
    TicketService service = world.builder(clock).listener(lists.ticketListener()).build();
    ListItem need = lists.record(input(ListKind.NEED, Channel.PHONE, HEYUN_1, "电动车乱停堵塞消防通道", "errands").build(), world.worker);
    ListItem inProgress = lists.toTicket(need.id(), service, BIKE_PARKING, world.worker);
    assertThat(inProgress.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    Ticket t = service.get(inProgress.ticket().orElseThrow(), world.centre);
    assertThat(t.channel()).isEqualTo(Channel.PHONE);
    assertThat(t.summary()).isEqualTo("电动车乱停堵塞消防通道");
    service.execute(Commands.handle(t.id(), world.worker));
    service.execute(Commands.verify(t.id(), world.centre, true));
    assertThat(lists.get(need.id(), world.worker).status()).isEqualTo(ItemStatus.DONE);
    assertThat(lists.query(ListQuery.builder().addStatuses(ItemStatus.DONE).build(), world.worker)).hasSize(1);
  }

  @Test
  void needsBecomeAProjectAllOrNothingAndAreDoneWithIt() {
    ListItem a = lists.record(input(ListKind.NEED, Channel.CHAT_GROUP, HEYUN_1, "楼道灯坏了", "repair").build(), world.communityLeader);
    ListItem b = lists.record(input(ListKind.NEED, Channel.MAILBOX, HEYUN_2, "单元门禁失灵", "repair").build(), world.communityLeader);
    ListItem c = lists.record(input(ListKind.NEED, Channel.DIARY, YUJING_1, "小区健身器材损坏", "repair").build(), world.streetLeader);
    assertThatThrownBy(() -> lists.toProject(List.of(a.id(), c.id()), "公共设施维修", world.communityLeader))
        .isInstanceOf(ForbiddenException.class);
    assertThat(lists.get(a.id(), world.communityLeader).status()).isEqualTo(ItemStatus.OPEN);   // nothing changed
    ListItem project = lists.toProject(List.of(a.id(), b.id()), "楼栋公共设施维修项目", world.communityLeader);
    assertThat(project.grid()).isEqualTo(HEYUN);                                       // their lowest common grid
    assertThat(project.needs()).containsExactly(a.id(), b.id());
    assertThat(lists.get(b.id(), world.communityLeader).project()).contains(project.id());
    lists.complete(project.id(), world.communityLeader);
    assertThat(lists.query(ListQuery.of(ListKind.NEED), world.communityLeader)).extracting(ListItem::status)
        .containsExactly(ItemStatus.DONE, ItemStatus.DONE);
  }

  @Test
  void aWithdrawnProjectPutsItsNeedsBackOnTheNeedsList() {
    ListItem a = lists.record(input(ListKind.NEED, Channel.CHAT_GROUP, HEYUN_1, "楼道灯坏了", "repair").build(), world.communityLeader);
    ListItem b = lists.record(input(ListKind.NEED, Channel.MAILBOX, HEYUN_2, "单元门禁失灵", "repair").build(), world.communityLeader);
    ListItem project = lists.toProject(List.of(a.id(), b.id()), "楼栋公共设施维修项目", world.communityLeader);
    lists.withdraw(project.id(), world.communityLeader);
    assertThat(lists.get(project.id(), world.communityLeader).status()).isEqualTo(ItemStatus.WITHDRAWN);
    for (ListItem need : List.of(a, b)) {
      ListItem now = lists.get(need.id(), world.communityLeader);
      assertThat(now.status()).isEqualTo(ItemStatus.OPEN);
      assertThat(now.project()).isEmpty();
    }
    ListItem again = lists.toProject(List.of(a.id(), b.id()), "重新立项", world.communityLeader);   // they can join another
    assertThat(again.needs()).containsExactly(a.id(), b.id());
  }

  @Test
  void aGridOutsideTheCollectorsScopeIsForbiddenWhetherOrNotItExists() {
    for (GridCode outside : List.of(YUJING_1, GridCode.parse("370811002009009"))) {   // a real grid, and no grid at all
      assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, outside, "代购", "errands").build(), world.worker))
          .isInstanceOf(ForbiddenException.class).hasMessageContaining("input.grid").hasMessageContaining(outside.value());
    }
    assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, GridCode.parse("370811001001009"), "代购", "errands")
        .build(), world.communityLeader)).isInstanceOf(NotFoundException.class);   // unknown, but under its own roots
    assertThat(lists.query(ListQuery.all(), world.centre)).isEmpty();
  }

  @Test
  void anUnknownGridIsNotFoundAndRecordsNothing() {
    assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, GridCode.parse("370811001001009"), "代购", "errands")
        .build(), world.centre)).isInstanceOf(NotFoundException.class).satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("input.grid");
          assertThat(g.value()).isEqualTo("370811001001009");
          assertThat(g.rule()).contains("no grid");
        });
    assertThat(lists.query(ListQuery.all(), world.centre)).isEmpty();
  }

  @Test
  void aNeedOutsideTheCallersScopeIsForbiddenAndRecordsNothing() {
    assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, JIDONG_1, "代购", "errands").build(), world.worker))
        .isInstanceOf(ForbiddenException.class).satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("input.grid");
          assertThat(g.value()).isEqualTo(JIDONG_1.value());
          assertThat(g.rule()).contains("zhang-min").contains("may only record within");
        });
    assertThat(lists.query(ListQuery.all(), world.centre)).isEmpty();
  }

  @Test
  void otherBadInputIsATypedErrorNamingFieldValueAndRule() {
    assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, HEYUN, "代购", "errands").build(), world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("basic grid");
    assertThatThrownBy(() -> lists.record(input(ListKind.NEED, Channel.VISIT, HEYUN_1, "代购", "errands").reach(YUJING).build(),
        world.centre)).isInstanceOf(InvalidInputException.class).hasMessageContaining("input.reach");
    assertThatThrownBy(() -> input(ListKind.NEED, Channel.VISIT, HEYUN_1, "代购").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("input.skills = \"[]\"");
    assertThatThrownBy(() -> input(ListKind.NEED, Channel.VISIT, HEYUN_1, "代购", "Elderly Care").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("input.skills = \"Elderly Care\"");
    lists.record(input(ListKind.RESOURCE, Channel.APP, HEYUN_1, "共享活动室", "room").id("app-7781").build(), world.centre);
    assertThatThrownBy(() -> lists.record(input(ListKind.RESOURCE, Channel.APP, HEYUN_1, "共享活动室", "room").id("app-7781").build(),
        world.centre)).isInstanceOf(ConflictException.class);
    ListItem r = lists.get("app-7781", world.centre);
    assertThatThrownBy(() -> lists.toTicket(r.id(), world.service(clock), BIKE_PARKING, world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be an open need");
    assertThatThrownBy(() -> lists.get("N-404", world.centre)).isInstanceOf(NotFoundException.class);
    assertThat(lists.query(ListQuery.all(), world.centre)).hasSize(1);
  }
}
