package org.gridgov.workflow.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.ClockMode;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.DepartmentDirectory;
import org.gridgov.workflow.IllegalCommandException;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Outcome;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.RoleBinding;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.TimingLight;
import org.gridgov.workflow.TimingLights;
import org.gridgov.workflow.WorkflowDefinition;
import org.gridgov.workflow.WorkflowRole;
import org.gridgov.workflow.WorkflowState;
import org.gridgov.workflow.WorkflowTransition;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TimingLightCounts;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * The samples of {@code docs/workflow.md}: a service built and the article's real ticket run
 * through it, the standard loop on typed commands, and a definition of one's own with its commands
 * named as data.
 */
class WorkflowGuideTest {
  // what the samples take from grid-core and grid-geo: a small district after Taibaihu (district →
  // street → community → basic grid), its matter catalogue, the departments' units for smart
  // dispatch, and a locator (in production grid-geo's GridLocator)
  private final WorkflowWorld district = new WorkflowWorld();
  private final GridTree tree = district.tree;
  private final MatterCatalogue catalogue = district.catalogue;
  private final DepartmentDirectory units = district.directory;
  private final Locator locator = district.locator();
  private final MutableClock clock = MutableClock.at("2022-01-13T10:06");

  @Test
  void aServiceIsBuiltAndTheArticlesTicketRunsThroughIt() {
    // snippet: workflow-first-ticket
    Principal gridWorker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, GridCode.parse("370811001001001"));
    Principal commandCentre = Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, GridCode.parse("370811"));
    List<TicketEvent> outbox = new ArrayList<>();          // stands in for a Kafka producer

    TicketService service = TicketService.builder()
        .tree(tree)                          // grid-core GridTree
        .catalogue(catalogue)                // grid-core MatterCatalogue (owning department, class, limit)
        .directory(units)                    // which unit of a department covers which grids (smart dispatch)
        .locator(locator)                    // grid-geo GridLocator implements grid-core's Locator
        .calendar(BusinessCalendar.chinese())
        .clock(clock)                        // java.time.Clock, injected
        .store(new InMemoryTicketStore())    // the embedded default; any TicketStore (§8)
        .listener((ticket, events) -> outbox.addAll(events))   // a TicketListener
        .build();

    Ticket t = service.report(NewTicket.builder().channel(Channel.PATROL).matterType("city.bike-parking")
        .location(ReportedPlace.of(116.62, 35.41)).reporter(Reporter.gridStaff("zhang-min"))
        .summary("电车乱停乱放").build(), gridWorker);       // located in 荷韵花园第1网格; on the spot (即办件)
    clock.set("2022-01-13T10:11");
    service.execute(Commands.handle(t.id(), gridWorker));                    // handled on the spot
    clock.set("2022-01-13T10:14");
    Ticket closed = service.execute(Commands.verify(t.id(), commandCentre, true));   // verified: closed
    service.sweep();                                        // the clock: 催办/督办/通报, overdue, timeouts
    TimingLights lights = service.lights(clock.instant(), commandCentre);  // every open ticket in its scope, by light
    // end snippet

    assertThat(t.grid()).isEqualTo(WorkflowWorld.HEYUN_1);
    assertThat(closed.outcome()).contains(Outcome.CLOSED);
    assertThat(closed.closedOnTime()).contains(true);
    assertThat(outbox).extracting(TicketEvent::type).containsExactly(TicketEventType.REPORTED, TicketEventType.HANDLED,
        TicketEventType.VERIFICATION_PASSED, TicketEventType.CLOSED);
    assertThat(outbox).isEqualTo(service.store().events(t.id()));
    assertThat(lights.total()).isZero();
  }

  @Test
  void theStandardLoopRunsOnTypedCommands() {
    TicketService service = district.service(clock);
    // snippet: workflow-typed-commands
    Principal commandCentre = Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, GridCode.parse("370811"));
    Principal gridWorker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, GridCode.parse("370811001001001"));
    Principal urbanManagement = Principal.builder().id("um-xuzhuang-staff").kind(PrincipalKind.DEPARTMENT)
        .department("urban-management").addScopeRoots(GridCode.parse("370811001")).build();   // 许庄城管中队

    Ticket road = service.report(NewTicket.builder().channel(Channel.HOTLINE).matterType("city.road-damage")
        .grid(GridCode.parse("370811001001001")).reporter(Reporter.resident("r-1", "李明", "13812345678"))
        .summary("小区门口路面塌陷").build(), commandCentre);   // an escalated-class matter: the standard loop
    TicketId id = road.id();
    service.execute(Commands.accept(id, commandCentre));                     // 受理立案
    service.execute(Commands.dispatch(id, commandCentre));                   // 智能派单: urban-management's unit
    service.execute(Commands.sign(id, urbanManagement));                     // 签收
    service.execute(Commands.handle(id, urbanManagement));                   // 处置
    service.execute(Commands.feedBack(id, urbanManagement).withComment("已修补路面"));   // 反馈, with a note
    service.execute(Commands.verify(id, gridWorker, true));                  // 核查通过
    service.execute(Commands.revisit(id, commandCentre));                    // 回访
    Ticket closed = service.execute(Commands.rate(id, commandCentre, Satisfaction.SATISFIED)
        .withExpectedVersion(8));                                            // 满意 → 结案, if still at version 8
    // end snippet

    assertThat(closed.outcome()).contains(Outcome.CLOSED);
    assertThat(closed.department()).contains("urban-management");
    assertThat(closed.unit()).contains("um-xuzhuang");
    assertThat(closed.version()).isEqualTo(10);
    assertThat(service.history(id, commandCentre).get(5).comment()).contains("已修补路面");
  }

  @Test
  void aDefinitionOfOnesOwnNamesItsCommandsAsData() {
    Principal commandCentre = district.centre;
    // snippet: workflow-own-definition
    WorkflowDefinition hotline = WorkflowDefinition.builder().id("hotline").name("热线直办")
        .addRoles(WorkflowRole.of("centre", "指挥中心", RoleBinding.ANY, PrincipalKind.COMMAND_CENTRE))
        .addStates(WorkflowState.builder().id("open").name("待办").initial(true).clock(ClockMode.RUNNING).build(),
            WorkflowState.builder().id("done").name("办结").outcome(Outcome.CLOSED).build())
        .addTransitions(WorkflowTransition.builder().id("answer").name("答复办结").type(TicketEventType.CLOSED)
            .addFrom("open").to("done").addRoles("centre").build())
        .build();                                    // validated here: InvalidDefinitionException naming the element
    TicketService service = TicketService.builder().tree(tree).catalogue(catalogue).clock(clock)
        .definition(hotline).build();

    Ticket call = service.report(NewTicket.builder().channel(Channel.HOTLINE).matterType("city.road-damage")
        .grid(GridCode.parse("370811001001001")).reporter(Reporter.anonymous()).summary("路灯不亮")
        .definition("hotline").build(), commandCentre);
    String refusal = "";
    try {
      service.execute(Command.of(call.id(), "anwser", commandCentre));      // misspelt: refused, nothing changes
    } catch (IllegalCommandException e) {
      refusal = e.getMessage();   // command = "anwser": definition hotline has no such command; allowed in state open: [answer]
    }
    Ticket answered = service.execute(Command.of(call.id(), "answer", commandCentre));
    // end snippet

    assertThat(refusal).isEqualTo("command = \"anwser\": definition hotline has no such command; allowed in state open: [answer]");
    assertThat(answered.outcome()).contains(Outcome.CLOSED);
    assertThat(answered.version()).isEqualTo(2);
  }

  @Test
  void aCommandCentresBoardCountsAndPagesWithinEachReadersScope() {
    TicketService service = district.service(clock);
    Principal commandCentre = Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, GridCode.parse("370811"));
    Principal gridWorker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, GridCode.parse("370811001001001"));
    clock.set("2024-03-04T09:00");
    Ticket first = roadDamage(service, "370811001001001", commandCentre);
    clock.set("2024-03-05T09:00");
    Ticket second = roadDamage(service, "370811001002001", commandCentre);
    Ticket fresh = roadDamage(service, "370811002001001", commandCentre);
    clock.set("2024-03-20T10:00");
    fresh = roadDamage(service, "370811002001001", commandCentre);   // filed today: green
    // snippet: workflow-board
    TimingLightCounts city = service.lightCounts(clock.instant(), commandCentre);                 // 红黄绿灯 of the city
    TimingLightCounts street = service.lightCounts(GridCode.parse("370811001"), clock.instant(), commandCentre);
    List<TicketId> oldestReds = service.lightPage(GridCode.parse("370811001"), TimingLight.RED, clock.instant(), 100,
        commandCentre);                                                                              // longest overdue first
    TimingLightCounts mine = service.lightCounts(clock.instant(), gridWorker);                    // its own grid only
    // end snippet

    assertThat(city.red()).isEqualTo(3);
    assertThat(city.green()).isEqualTo(1);
    assertThat(street.red()).isEqualTo(2);
    assertThat(street.total()).isEqualTo(2);
    assertThat(oldestReds).containsExactly(first.id(), second.id());
    assertThat(mine.total()).isEqualTo(1);
    assertThat(service.lightPage(GridCode.parse("370811"), TimingLight.RED, clock.instant(), 100, gridWorker))
        .containsExactly(first.id());
    assertThat(service.lights(clock.instant(), commandCentre).green()).containsExactly(fresh.id());
  }

  private static Ticket roadDamage(TicketService service, String grid, Principal centre) {
    Ticket t = service.report(NewTicket.builder().channel(Channel.HOTLINE).matterType("city.road-damage")
        .grid(GridCode.parse(grid)).reporter(Reporter.anonymous()).summary("路面塌陷").build(), centre);
    return service.execute(Commands.accept(t.id(), centre));
  }
}
