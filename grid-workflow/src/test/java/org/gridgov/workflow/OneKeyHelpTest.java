package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Datum;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * 特殊人群一键求助 (article 002: "为“一老一少”“鳏寡孤独”等特殊人群配发智能手环,链接“社工委”服务专线,
 * 遇到困难可一键求助"): the call opens a ticket in the grid of the wristband's point, with the priority
 * and short limit of the wearer's group, for the grid's worker, escalated by the clock like any
 * other ticket; the phone number masked.
 */
class OneKeyHelpTest {
  static final String ONE_KEY = WorkflowWorld.ONE_KEY_HELP;
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-03-09T20:00");   // a Saturday evening
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final TicketService service = service(world, clock, store);

  /** The world's catalogue with the one-key matter type (civil affairs owns it). */
  static MatterCatalogue catalogue(WorkflowWorld world) {
    return world.catalogueWithHelp();
  }

  /** The world's locator, converting as grid-geo's would. */
  static Locator converting(WorkflowWorld world) {
    return world.convertingLocator();
  }

  static TicketService service(WorkflowWorld world, MutableClock clock, InMemoryTicketStore store) {
    return world.builder(clock).catalogue(catalogue(world)).locator(converting(world)).store(store)
        .helpPolicy(HelpPolicy.standard(ONE_KEY)).build();
  }

  private static HelpCall.Builder wristband(SpecialGroup group) {
    HelpCall.Builder b = HelpCall.builder();
    b.device("wb-0042").specialGroup(group).caller("王秀英").phone("13912345678").datum(Datum.GCJ02)
        .longitude(116.605).latitude(35.41).address("荷韵花园5号楼2单元");
    return b;
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  @Test
  void anElderlyPersonLivingAlonePressesTheWristbandOnASaturdayEveningAndTheGridsWorkerHasTwoHours() {
    Ticket t = service.callForHelp(wristband(SpecialGroup.ELDERLY_LIVING_ALONE).note("摔倒了,起不来").build(), world.centre);
    assertThat(t.channel()).isEqualTo(Channel.ONE_KEY_CALL);
    assertThat(t.definition()).isEqualTo(WorkflowDefinitions.ONE_KEY_HELP);
    assertThat(t.grid()).isEqualTo(HEYUN_1);                       // GCJ-02 116.605 → WGS-84 116.600: 荷韵花园第1网格
    assertThat(t.location()).contains(new ReportedPlace(116.605, 35.41, Optional.of("荷韵花园5号楼2单元"), Datum.GCJ02));
    assertThat(t.specialGroup()).contains(SpecialGroup.ELDERLY_LIVING_ALONE);
    assertThat(t.priority()).isEqualTo(Priority.URGENT);
    assertThat(t.limit()).isEqualTo(TimeLimit.calendarHours(2));
    assertThat(t.summary()).isEqualTo("一键求助（独居老人）：摔倒了,起不来");
    assertThat(t.state()).isEqualTo("called");
    // round the clock: due at 22:00 the same Saturday, not Monday's office hours
    assertThat(t.deadline().orElseThrow().dueAt()).isEqualTo(at("2024-03-09T22:00"));
    assertThat(t.stepDeadline().orElseThrow().dueAt()).isEqualTo(at("2024-03-09T21:00"));
    // personal data: the phone is masked wherever the ticket is shown
    assertThat(t.reporter().kind()).isEqualTo(ReporterKind.DEVICE);
    assertThat(t.reporter().toString()).contains("139****5678").doesNotContain("13912345678");
    assertThat(TicketEventJson.toJson(store.events(t.id()).get(0))).contains("139****5678").doesNotContain("13912345678");
    assertThat(wristband(SpecialGroup.ELDERLY_LIVING_ALONE).build().toString()).doesNotContain("13912345678");

    // routed to the grid's worker: only the worker of 荷韵花园第1网格 (or the line) may respond
    assertThat(service.commandsAvailable(t.id(), world.worker)).contains("respond", "escalate", "reject");
    assertThatThrownBy(() -> service.execute(Commands.respond(t.id(), world.worker2))).isInstanceOf(ForbiddenException.class);
    clock.set("2024-03-09T20:12");
    service.execute(Commands.respond(t.id(), world.worker));
    clock.set("2024-03-09T20:40");
    service.execute(Commands.handle(t.id(), world.worker).withComment("已扶起,送医检查"));
    clock.set("2024-03-11T09:30");
    service.execute(Commands.revisit(t.id(), world.centre));
    Ticket closed = service.execute(Commands.close(t.id(), world.centre));
    assertThat(closed.closedOnTime()).contains(true);               // the clock paused when helped
  }

  @Test
  void anUnansweredCallIsEscalatedByTheClockAndUrgedLikeAnyOtherTicket() {
    Ticket t = service.callForHelp(wristband(SpecialGroup.DISABLED).build(), world.centre);
    clock.set("2024-03-09T21:01");
    service.sweep();
    Ticket escalated = service.get(t.id(), world.centre);
    assertThat(escalated.state()).isEqualTo("escalated");
    assertThat(escalated.handlingGrid()).isEqualTo(HEYUN);          // up to the community: its leader acts now
    assertThat(escalated.summons()).extracting(Summons::department).containsExactly("civil-affairs");
    assertThat(service.commandsAvailable(t.id(), world.worker)).doesNotContain("respond");
    assertThat(service.commandsAvailable(t.id(), world.communityLeader)).contains("respond");
    clock.set("2024-03-09T22:05");
    service.sweep();
    List<TicketEventType> types = service.history(t.id(), world.centre).stream().map(TicketEvent::type).toList();
    assertThat(types).contains(TicketEventType.OVERDUE, TicketEventType.ESCALATED, TicketEventType.URGED);
    assertThat(service.get(t.id(), world.centre).handlingGrid()).isEqualTo(XUZHUANG);   // and on to the street
    service.execute(Commands.respond(t.id(), world.streetLeader));
  }

  @Test
  void aCallPressedByMistakeIsRejectedAsAFalseAlarm() {
    Ticket t = service.callForHelp(wristband(SpecialGroup.LEFT_BEHIND_CHILD).build(), world.centre);
    assertThatThrownBy(() -> service.execute(Commands.reject(t.id(), world.worker, "invalid")))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("false-alarm");
    Ticket rejected = service.execute(Commands.reject(t.id(), world.worker, "false-alarm"));
    assertThat(rejected.outcome()).contains(Outcome.REJECTED);
  }

  @Test
  void aCallFromAPointOutsideEveryGridIsATypedErrorAndNothingIsStored() {
    HelpCall lost = wristband(SpecialGroup.ELDERLY).longitude(100.0).build();
    assertThatThrownBy(() -> service.callForHelp(lost, world.centre)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("location");
          assertThat(g.value()).isEqualTo("GCJ02 100.0,35.41");
          assertThat(g.rule()).contains("no basic grid covers this point");
        });
    assertThat(store.size()).isZero();
  }

  @Test
  void everyOtherRefusalNamesItsFieldAndStoresNothing() {
    TicketService withoutPolicy = world.builder(clock).catalogue(catalogue(world)).locator(converting(world)).store(store).build();
    assertThatThrownBy(() -> withoutPolicy.callForHelp(wristband(SpecialGroup.ELDERLY).build(), world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("helpPolicy");
    TicketService oneGroup = world.builder(clock).catalogue(catalogue(world)).locator(converting(world)).store(store)
        .helpPolicy(HelpPolicy.builder(ONE_KEY).group(SpecialGroup.DISABLED, Priority.URGENT, TimeLimit.calendarHours(1)).build())
        .build();
    assertThatThrownBy(() -> oneGroup.callForHelp(wristband(SpecialGroup.ORPHAN).build(), world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("specialGroup = \"ORPHAN\"");
    assertThatThrownBy(() -> service.callForHelp(wristband(SpecialGroup.ORPHAN).build(), world.jidongWorker))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> wristband(SpecialGroup.ORPHAN).phone("1391234567x").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phone = \"139****567x\"");
    assertThatThrownBy(() -> wristband(SpecialGroup.ORPHAN).device(" ").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("device");
    assertThatThrownBy(() -> wristband(SpecialGroup.ORPHAN).latitude(95).build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("location.latitude");
    assertThatThrownBy(() -> world.builder(clock).helpPolicy(HelpPolicy.standard("help.unknown")).build())
        .isInstanceOf(org.gridgov.core.NotFoundException.class).hasMessageContaining("help.unknown");
    assertThat(store.size()).isZero();
  }

  @Test
  void anyGroupAtAnyHourGetsItsPolicysPriorityAndItsLimitRoundTheClock() {
    HelpPolicy policy = HelpPolicy.standard(ONE_KEY);
    qt().withExamples(200).forAll(Generate.enumValues(SpecialGroup.class), integers().between(0, 366 * 24 * 60 - 1),
        doubles().between(116.0, 117.0)).checkAssert((group, minute, lon) -> {
          MutableClock c = MutableClock.at("2024-01-01T00:00");
          c.advance(Duration.ofMinutes(minute));
          InMemoryTicketStore s = new InMemoryTicketStore();
          TicketService svc = service(world, c, s);
          HelpCall call = wristband(group).longitude(lon).build();
          if (lon - 0.005 < 116.6) {                                // uncovered: refused, nothing stored
            assertThatThrownBy(() -> svc.callForHelp(call, world.centre)).isInstanceOf(InvalidInputException.class);
            assertThat(s.size()).isZero();
            return;
          }
          Ticket t = svc.callForHelp(call, world.centre);
          HelpPolicy.Standard standard = policy.standard(group).orElseThrow();
          assertThat(t.priority()).isEqualTo(standard.priority());
          assertThat(t.deadline().orElseThrow().dueAt())
              .isEqualTo(c.instant().plus(Duration.ofHours(standard.limit().amount())));
          TicketEvent stored = TicketEventJson.fromJson(TicketEventJson.toStorageJson(s.events(t.id()).get(0)));
          assertThat(Ticket.replay(List.of(stored))).isEqualTo(t);   // the group, the datum and the limit survive storage
        });
  }
}
