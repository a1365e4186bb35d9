package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** Bad input is a typed error naming field, value and rule, and changes nothing. */
class BadInputTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-03-04T09:00");
  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final TicketService service = world.service(clock, store);

  @Test
  void anUnknownMatterTypeIsNamedAndNothingIsStored() {
    assertThatThrownBy(() -> service.report(world.report("city.flying-saucer", HEYUN_1), world.worker))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("matterType");
          assertThat(g.value()).isEqualTo("city.flying-saucer");
          assertThat(g.rule()).contains("no matter type");
        });
    assertThat(store.size()).isZero();
  }

  @Test
  void aDeadlineInAYearWithoutCalendarDataIsRefusedAndTheTicketStaysAsItWas() {
    clock.set("2026-12-30T10:00");
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "accept", world.centre)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027")
        .satisfies(e -> assertThat(((GridGovException) e).rule()).contains("a year without data is unknown"));
    assertThat(service.get(t.id(), world.centre)).isEqualTo(t);
    assertThat(store.version(t.id())).isEqualTo(1);
  }

  @Test
  void aCommandFromAPrincipalOutsideTheTicketsGridIsForbiddenAndChangesNothing() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "note", world.jidongWorker)))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("grid");
          assertThat(g.value()).isEqualTo(HEYUN_1.value());
          assertThat(g.rule()).contains("worker-jidong-1").contains("outside");
        });
    assertThatThrownBy(() -> service.get(t.id(), world.jidongWorker)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.jidongWorker))
        .isInstanceOf(ForbiddenException.class);
    assertThat(store.version(t.id())).isEqualTo(1);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void aRoleThatMayNotFireTheTransitionIsForbidden() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "accept", world.worker)))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("[command-centre]");
    assertThat(store.version(t.id())).isEqualTo(1);
  }

  @Test
  void aCommandNameTheDefinitionLacksIsRefusedListingTheCommandsTheStateAllows() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "acept", world.centre)))
        .isInstanceOf(IllegalCommandException.class)
        .satisfies(e -> {
          GridGovException g = (GridGovException) e;
          assertThat(g.field()).isEqualTo("command");
          assertThat(g.value()).isEqualTo("acept");
          assertThat(g.rule()).isEqualTo("definition standard has no such command; allowed in state reported: "
              + "[accept, reject, request-cancellation, approve-cancellation, deny-cancellation, note]");
        });
    assertThat(store.version(t.id())).isEqualTo(1);
  }

  @Test
  void illegalCommandsNameTheCommandAndTheState() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "teleport", world.centre)))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("teleport").hasMessageContaining("no such command");
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "sign", world.urbanManagement)))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("not allowed in state reported");
    assertThatThrownBy(() -> service.execute(Command.on(t.id(), "reject", world.centre).reason("boredom").build()))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("boredom");
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "approve-extension", world.centre)))
        .isInstanceOf(IllegalCommandException.class);
    assertThat(store.version(t.id())).isEqualTo(1);
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.on(t.id(), "accept", world.centre).expectedVersion(1).build());
    assertThatThrownBy(() -> service.execute(Command.on(t.id(), "note", world.centre).expectedVersion(1).build()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("expectedVersion").hasMessageContaining("version 2");
    assertThat(store.version(t.id())).isEqualTo(2);
  }

  @Test
  void unknownThingsAreNotFound() {
    assertThatThrownBy(() -> service.get(TicketId.of("nope"), world.centre)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "accept", world.centre));
    assertThatThrownBy(() -> service.execute(Command.on(t.id(), "dispatch", world.centre).department("ministry-of-magic").build()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("ministry-of-magic");
    assertThatThrownBy(() -> service.report(NewTicket.builder().from(world.report(ROAD_DAMAGE, HEYUN_1)).definition("nine-step").build(),
        world.worker)).isInstanceOf(NotFoundException.class).hasMessageContaining("nine-step");
  }

  @Test
  void locationsAndGridsAreChecked() {
    NewTicket uncovered = NewTicket.builder().from(world.report(ROAD_DAMAGE, HEYUN_1)).grid(java.util.Optional.empty())
        .location(ReportedPlace.of(100.0, 30.0)).build();
    assertThatThrownBy(() -> service.report(uncovered, world.centre)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("location").hasMessageContaining("uncovered");
    NewTicket located = NewTicket.builder().from(uncovered).location(ReportedPlace.of(116.62, 35.41)).build();
    assertThat(service.report(located, world.worker).grid()).isEqualTo(HEYUN_1);
    assertThatThrownBy(() -> service.report(NewTicket.builder().from(located).grid(HEYUN_2).build(), world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lies in basic grid " + HEYUN_1);
    assertThatThrownBy(() -> service.report(world.report(ROAD_DAMAGE, HEYUN), world.centre))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("basic grids");
    assertThatThrownBy(() -> ReportedPlace.of(181, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("longitude");
    assertThatThrownBy(() -> NewTicket.builder().channel(Channel.APP).matterType(ROAD_DAMAGE)
        .reporter(Reporter.anonymous()).summary("x").build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("basic grid or a location");
    assertThatThrownBy(() -> TicketId.of("has space")).isInstanceOf(InvalidInputException.class).hasMessageContaining("character 4");
  }

  @Test
  void phoneNumbersAreMasked() {
    Reporter r = Reporter.resident("r-1", "李四", "13812345678");
    assertThat(r.toString()).contains("138****5678").doesNotContain("13812345678");
    assertThatThrownBy(() -> Reporter.resident("r-1", "李四", "call me")).isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("call me");
  }

  @Test
  void aMissingDefinitionFileIsNotFound() {
    java.nio.file.Path missing = java.nio.file.Path.of("target", "no-such-dir", "definition.json");
    assertThatThrownBy(() -> WorkflowDefinitions.fromJson(missing)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("no such file");
  }

  @Test
  void aPlainJacksonMapperNeverWritesAReportersPhone() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
    String json = mapper.writeValueAsString(Reporter.resident("r-1", "王芳", "13812345678"));
    assertThat(json).doesNotContain("13812345678").contains("138****5678");
  }

  @Test
  void aStateThatAReplacedDefinitionLacksIsATypedErrorAndChangesNothing() throws Exception {
    MutableClock clock = MutableClock.at("2024-03-04T09:00");
    var store = new InMemoryTicketStore();
    TicketService first = world.builder(clock).store(store).build();
    Ticket t = first.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    String json;
    try (var in = WorkflowDefinitions.class.getResourceAsStream("/org/gridgov/workflow/definitions/standard.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    WorkflowDefinition renamed = WorkflowDefinitions.fromJson(json.replace("\"reported\"", "\"received\""));
    TicketService second = world.builder(clock).store(store).definition(renamed).build();
    assertThatThrownBy(() -> second.execute(Command.of(t.id(), "accept", world.centre)))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("state = \"reported\"")
        .hasMessageContaining("does not have");
    assertThat(store.version(t.id())).isEqualTo(t.version());
    assertThat(second.sweep().failures()).allSatisfy(f -> assertThat(f).doesNotContain("IndexOutOfBounds"));
  }

  @Test
  void aPatrolReportNeedsItsWorkerAndAPlace() {
    assertThatThrownBy(() -> NewTicket.patrol(null, ROAD_DAMAGE, ReportedPlace.of(116.6, 35.4), "坑洼"))
        .isInstanceOf(org.gridgov.core.MissingValueException.class).hasMessageContaining("worker");
    assertThatThrownBy(() -> NewTicket.patrol(world.worker, ROAD_DAMAGE, null, "坑洼"))
        .isInstanceOf(org.gridgov.core.MissingValueException.class);
    NewTicket ok = NewTicket.patrol(world.worker, ROAD_DAMAGE, ReportedPlace.of(116.6, 35.4), "坑洼");
    assertThat(ok.channel()).isEqualTo(Channel.PATROL);
    assertThat(ok.reporter()).isEqualTo(Reporter.gridStaff(world.worker.id()));
  }
}
