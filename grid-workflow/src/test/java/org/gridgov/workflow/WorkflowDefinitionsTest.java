package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.TicketEventType.*;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.MatterClass;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** The shipped definitions load, round-trip and run end to end; broken definitions are refused. */
class WorkflowDefinitionsTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-06-03T09:00");
  private final TicketService service = world.service(clock);

  private List<TicketEventType> types(TicketId id) {
    return service.history(id, world.centre).stream().map(TicketEvent::type).collect(Collectors.toList());
  }

  @Test
  void theShippedDefinitionsRoundTripThroughJson() {
    for (WorkflowDefinition d : WorkflowDefinitions.shipped()) {
      assertThat(WorkflowDefinitions.fromJson(WorkflowDefinitions.toJson(d))).isEqualTo(d);
    }
    assertThat(WorkflowDefinitions.shipped()).extracting(WorkflowDefinition::id)
        .containsExactly("standard", "three-classes", "seven-step", "one-key-help");
  }

  @Test
  void aPromisedMatterIsSettledByTheCommitteeWithinThePromisedLimit() {
    Ticket t = service.report(world.report(ELDERLY_CARE, HEYUN_1), world.worker);
    assertThat(t.definition()).isEqualTo("three-classes");
    // a command by name (as for a definition of your own) is checked at run time: the promise needs its limit
    assertThatThrownBy(() -> service.execute(Command.of(t.id(), "promise", world.communityLeader)))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> service.execute(Commands.promise(t.id(), world.gridLeader, TimeLimit.workingDays(10))))
        .as("a basic-grid leader is not the community committee").isInstanceOf(ForbiddenException.class);
    clock.set("2024-06-03T10:00");
    Ticket promised = service.execute(Commands.promise(t.id(), world.communityLeader, TimeLimit.workingDays(10)));
    assertThat(promised.deadline().get().limit()).isEqualTo(TimeLimit.workingDays(10));
    assertThat(promised.deadline().get().startedAt()).isEqualTo(clock.instant());
    service.execute(Commands.meet(t.id(), world.communityLeader));
    service.execute(Commands.handle(t.id(), world.communityLeader));
    Ticket closed = service.execute(Commands.verify(t.id(), world.communityLeader, true));
    assertThat(closed.outcome()).contains(Outcome.CLOSED);
    assertThat(types(t.id())).containsExactly(REPORTED, PROMISED, STEP, HANDLED, VERIFICATION_PASSED, CLOSED);
  }

  @Test
  void anEscalatedMatterGoesToTheCommunityPartyCommitteeAndIsDispatchedFromThere() {
    Ticket t = service.report(NewTicket.builder().from(world.report(NEIGHBOUR_DISPUTE, HEYUN_1))
        .definition("three-classes").build(), world.worker);
    assertThatThrownBy(() -> service.execute(Commands.handle(t.id(), world.worker)))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("[ON_THE_SPOT]");
    Ticket up = service.execute(Commands.escalate(t.id(), world.worker));
    assertThat(up.handlingGrid()).isEqualTo(HEYUN);
    assertThat(up.summons()).extracting(Summons::department).containsExactly("justice");
    assertThatThrownBy(() -> service.execute(Commands.dispatch(t.id(), world.gridLeader))).isInstanceOf(ForbiddenException.class);
    Ticket dispatched = service.execute(Commands.dispatch(t.id(), world.communityLeader));
    assertThat(dispatched.department()).contains("justice");
    service.execute(Commands.reportIn(t.id(), world.justice));
    service.execute(Commands.sign(t.id(), world.justice));
    service.execute(Commands.handle(t.id(), world.justice));
    service.execute(Commands.verify(t.id(), world.centre, false));
    service.execute(Commands.handle(t.id(), world.justice));
    Ticket closed = service.execute(Commands.verify(t.id(), world.centre, true));
    assertThat(closed.reworks()).isEqualTo(1);
    assertThat(types(t.id())).containsExactly(REPORTED, ESCALATED, DISPATCHED, REPORTED_IN, DEPARTMENT_ACCEPTED, HANDLED,
        VERIFICATION_FAILED, HANDLED, VERIFICATION_PASSED, CLOSED);
  }

  @Test
  void anEscalatedMatterClimbsToTheStreetWhenTheCommitteesLimitPassesButNoHigher() {
    Ticket t = service.report(world.report(NEIGHBOUR_DISPUTE, HEYUN_1), world.worker);
    Ticket three = service.report(NewTicket.builder().from(world.report(NEIGHBOUR_DISPUTE, HEYUN_1)).definition("three-classes").build(), world.worker);
    service.execute(Commands.escalate(three.id(), world.worker));
    clock.set("2024-06-06T09:00:01");
    service.sweep();
    assertThat(service.get(three.id(), world.centre).handlingGrid()).isEqualTo(XUZHUANG);
    // three working days at the street: Thu, Fri and (端午 Mon 06-10 off) Tue; due Wed 06-12 09:00:01
    clock.set("2024-06-13T09:00");
    SweepReport r = service.sweep();
    assertThat(service.get(three.id(), world.centre).handlingGrid()).as("topLevel 2 is the street").isEqualTo(XUZHUANG);
    assertThat(r.failures()).as("the top of the ladder is not a failure").isEmpty();
    assertThat(r.events()).filteredOn(e -> e.ticketId().equals(three.id())).extracting(TicketEvent::type)
        .contains(OVERDUE).doesNotContain(ESCALATED);
    assertThat(t.definition()).isEqualTo("standard");
  }

  @Test
  void theSevenStepDeliberationRunsFromRequestToPublication() {
    Ticket t = service.report(NewTicket.builder().from(world.report(SHARED_FACILITY, HEYUN_1)).definition("seven-step").build(),
        world.worker);
    assertThat(t.state()).isEqualTo("received");
    clock.advance(java.time.Duration.ofDays(1));
    service.execute(Commands.accept(t.id(), world.communityLeader));
    clock.advance(java.time.Duration.ofDays(1));
    service.execute(Commands.approveAgenda(t.id(), world.communityLeader));
    clock.advance(java.time.Duration.ofDays(1));
    service.execute(Commands.draftProposal(t.id(), world.communityLeader));
    service.execute(Commands.investigate(t.id(), world.worker));
    service.execute(Commands.deliberate(t.id(), world.communityLeader));
    Ticket implemented = service.execute(Commands.implement(t.id(), world.communityLeader));
    assertThat(implemented.deadline().get().isPaused()).isTrue();
    service.execute(Commands.revisit(t.id(), world.centre));
    Ticket reopened = service.execute(Commands.rate(t.id(), world.centre, Satisfaction.DISSATISFIED));
    assertThat(reopened.state()).isEqualTo("resolved");
    service.execute(Commands.implement(t.id(), world.communityLeader));
    Ticket rated = service.execute(Commands.rate(t.id(), world.centre, Satisfaction.SATISFIED));
    assertThat(rated.state()).isEqualTo("implemented");
    Ticket published = service.execute(Commands.closeAndPublish(t.id(), world.communityLeader));
    assertThat(published.outcome()).contains(Outcome.CLOSED);
    assertThat(published.state()).isEqualTo("published");
    assertThat(types(t.id())).containsExactly(REPORTED, ACCEPTED, STEP, STEP, STEP, STEP, HANDLED, REVISITED, RATED, REOPENED,
        HANDLED, RATED, CLOSED);
    assertThat(service.history(t.id(), world.centre).stream().filter(e -> e.type() == STEP).map(TicketEvent::transition))
        .containsExactly("approve-agenda", "draft-proposal", "investigate", "deliberate");
  }

  @Test
  void theAgendaMayBeRefused() {
    Ticket t = service.report(NewTicket.builder().from(world.report(SHARED_FACILITY, HEYUN_1)).definition("seven-step").build(), world.worker);
    service.execute(Commands.accept(t.id(), world.communityLeader));
    Ticket refused = service.execute(Commands.refuseAgenda(t.id(), world.communityLeader, "not-for-deliberation"));
    assertThat(refused.outcome()).contains(Outcome.REJECTED);
    assertThat(types(t.id())).containsExactly(REPORTED, ACCEPTED, REJECTED);
  }

  // ---------------------------------------------------------------- validation

  private static WorkflowDefinition.Builder minimal() {
    return WorkflowDefinition.builder().id("mini").name("最小流程")
        .addRoles(WorkflowRole.of("centre", "中心", RoleBinding.ANY, PrincipalKind.COMMAND_CENTRE))
        .addStates(WorkflowState.builder().id("open").name("开").initial(true).clock(ClockMode.RUNNING).build(),
            WorkflowState.builder().id("done").name("结").outcome(Outcome.CLOSED).build())
        .addTransitions(WorkflowTransition.builder().id("close").name("结案").type(CLOSED).addFrom("open").to("done")
            .addRoles("centre").build());
  }

  @Test
  void aMinimalDefinitionBuilds() {
    WorkflowDefinition d = minimal().build();
    assertThat(d.initialState().id()).isEqualTo("open");
  }

  @Test
  void anUnreachableStateIsAnErrorNamingTheDefinitionAndTheState() {
    assertThatThrownBy(() -> minimal().addStates(WorkflowState.builder().id("limbo").name("悬空").build()).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("definition mini: states[limbo]").hasMessageContaining("unreachable")
        .satisfies(e -> {
          InvalidDefinitionException d = (InvalidDefinitionException) e;
          assertThat(d.definition()).isEqualTo("mini");
          assertThat(d.element()).isEqualTo("states[limbo]");
          assertThat(d.value()).isEqualTo("limbo");
        });
  }

  @Test
  void aTransitionFromAFinalStateIsAnError() {
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("undo").name("撤销").type(STEP)
        .addFrom("done").to("open").addRoles("centre").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("transitions[undo].from[0]")
        .hasMessageContaining("may not leave a final state");
  }

  @Test
  void aRoleThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("note").name("备注").type(NOTED)
        .addFrom("open").addRoles("mayor").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("transitions[note].roles[0]")
        .hasMessageContaining("mayor").hasMessageContaining("no such role");
  }

  @Test
  void otherBrokenDefinitionsAreRefusedNamingTheElement() {
    assertThatThrownBy(() -> minimal().addStates(WorkflowState.builder().id("open2").name("x").initial(true).build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("exactly one state is initial");
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("bad").name("x").type(CLOSED)
        .addFrom("open").addRoles("centre").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("transitions[bad].to")
        .hasMessageContaining("final state with outcome CLOSED");
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("close-too").name("x").command("close")
        .type(CLOSED).addFrom("open").to("done").addRoles("centre").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("ambiguous");
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("x").name("x").type(STEP)
        .addFrom("open").to("nowhere").addRoles("centre").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("transitions[x].to").hasMessageContaining("nowhere");
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("x").name("x").type(STEP)
        .addFrom("open").addRoles("centre").addReasons("whim").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("transitions[x].reasons[0]");
    assertThatThrownBy(() -> minimal().addRoles(WorkflowRole.of("system", "x", RoleBinding.ANY)).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("built in");
    assertThatThrownBy(() -> minimal().addTransitions(WorkflowTransition.builder().id("over").name("x").type(OVERDUE)
        .addFrom("open").addRoles("centre").build()).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("service's own");
    assertThatThrownBy(() -> WorkflowDefinition.builder().from(minimal().build()).states(List.of(
        WorkflowState.builder().id("open").name("开").initial(true).limit(TimeLimit.workingHours(1)).onTimeout("close").build(),
        WorkflowState.builder().id("done").name("结").outcome(Outcome.CLOSED).build())).build())
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("states[open].onTimeout")
        .hasMessageContaining("system role");
  }

  @Test
  void badJsonIsRefusedNamingThePath() {
    String json = WorkflowDefinitions.toJson(minimal().build());
    assertThatThrownBy(() -> WorkflowDefinitions.fromJson(json.replace("\"initial\"", "\"inital\"")))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("$.states[0]").hasMessageContaining("inital");
    assertThatThrownBy(() -> WorkflowDefinitions.fromJson(json.replace("\"CLOSED\"", "\"FINISHED\"")))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("FINISHED");
    assertThatThrownBy(() -> WorkflowDefinitions.fromJson(json.replaceFirst("\"to\"\\s*:\\s*\"done\"", "\"to\" : \"limbo\"")))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("definition mini");
    assertThatThrownBy(() -> WorkflowDefinitions.fromJson("{")).isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void aCustomDefinitionCanBeRegisteredAndChosenByClass() {
    TicketService custom = world.builder(clock).definition(minimal().build()).definitionFor(MatterClass.ESCALATED, "mini").build();
    Ticket t = custom.report(world.report(ROAD_DAMAGE, HEYUN_1), world.centre);
    assertThat(t.definition()).isEqualTo("mini");
    assertThat(custom.execute(Command.of(t.id(), "close", world.centre)).outcome()).contains(Outcome.CLOSED);
  }
}
