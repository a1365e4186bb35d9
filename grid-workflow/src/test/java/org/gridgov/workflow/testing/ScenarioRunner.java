package org.gridgov.workflow.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.WorkflowDefinition;
import org.gridgov.workflow.WorkflowTransition;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketStore;

/**
 * Interprets a {@link WorkflowGenerators.Plan} against a fresh service on an in-memory store (or a
 * store given), deterministically. Each step's outcome (the ticket before and after, or the exception) is handed
 * to an observer, so properties can check every step.
 */
public final class ScenarioRunner {
  private final WorkflowWorld world;
  private final MutableClock clock;
  private final TicketService service;
  private final List<TicketId> tickets = new ArrayList<>();
  private final List<Principal> actors;
  private final List<TicketEvent> heard = new ArrayList<>();

  /** What one step did. */
  public record Outcome(WorkflowGenerators.Step step, Optional<Command> command, Ticket before, Optional<Ticket> after,
      Optional<GridGovException> failure) {}

  private ScenarioRunner(WorkflowWorld world, WorkflowGenerators.Plan plan, TicketStore store) {
    this.world = world;
    this.clock = MutableClock.at(plan.start());
    this.service = world.builder(clock).store(store).listener((ticket, events) -> {
      synchronized (heard) {
        heard.addAll(events);
      }
    }).build();
    this.actors = List.of(world.worker, world.centre, world.urbanManagement, world.housing, world.civilAffairs,
        world.justice, world.gridLeader, world.communityLeader, world.streetLeader, world.worker2, world.jidongWorker);
  }

  /** The actors plans index into: grid workers, leaders at three levels, departments, the centre, an outsider. */
  public List<Principal> actors() {
    return actors;
  }

  /** The service. */
  public TicketService service() {
    return service;
  }

  /** The clock. */
  public MutableClock clock() {
    return clock;
  }

  /** Every event the service's listener heard, in the order heard. */
  public List<TicketEvent> heard() {
    synchronized (heard) {
      return List.copyOf(heard);
    }
  }

  /** The tickets opened. */
  public List<TicketId> tickets() {
    return tickets;
  }

  /** Runs the plan and returns the runner (for its service and tickets). */
  public static ScenarioRunner run(WorkflowWorld world, WorkflowGenerators.Plan plan) {
    return run(world, plan, (o, r) -> { });
  }

  /** Runs the plan, telling {@code observer} what every step did. */
  public static ScenarioRunner run(WorkflowWorld world, WorkflowGenerators.Plan plan, BiConsumer<Outcome, ScenarioRunner> observer) {
    return run(world, plan, new InMemoryTicketStore(), observer);
  }

  /** Runs the plan on a service over {@code store} (empty, or holding no ticket of the plan's ids). */
  public static ScenarioRunner run(WorkflowWorld world, WorkflowGenerators.Plan plan, TicketStore store,
      BiConsumer<Outcome, ScenarioRunner> observer) {
    ScenarioRunner r = new ScenarioRunner(world, plan, store);
    for (int i = 0; i < plan.reports().size(); i++) {
      Principal reporter = plan.reports().get(i).grid().map(g -> g.equals(WorkflowWorld.JIDONG_1) ? world.jidongWorker : world.centre)
          .orElse(world.centre);
      r.tickets.add(r.service.report(plan.reports().get(i), reporter).id());
      r.clock.advance(Duration.ofMinutes(3));
    }
    for (WorkflowGenerators.Step step : plan.steps()) {
      r.clock.advance(Duration.ofMinutes(step.advanceMinutes()));
      if (step.sweep()) {
        r.service.sweep();
      }
      TicketId id = r.tickets.get(step.ticket() % r.tickets.size());
      Ticket before = r.service.store().snapshot(id).orElseGet(() -> Ticket.replay(r.service.store().events(id)));
      Principal actor = r.actors.get(step.actor() % r.actors.size());
      Optional<Command> command = r.command(before, actor, step);
      if (command.isEmpty()) {
        observer.accept(new Outcome(step, command, before, Optional.of(before), Optional.empty()), r);
        continue;
      }
      try {
        Ticket after = r.service.execute(command.get());
        observer.accept(new Outcome(step, command, before, Optional.of(after), Optional.empty()), r);
      } catch (GridGovException e) {
        observer.accept(new Outcome(step, command, before, Optional.empty(), Optional.of(e)), r);
      }
    }
    return r;
  }

  /** The histories of every ticket, in the order opened. */
  public List<List<TicketEvent>> histories() {
    List<List<TicketEvent>> out = new ArrayList<>();
    for (TicketId id : tickets) {
      out.add(service.store().events(id));
    }
    return out;
  }

  private Optional<Command> command(Ticket t, Principal actor, WorkflowGenerators.Step step) {
    WorkflowDefinition def = service.definition(t.definition());
    String name;
    if (step.legal()) {
      // legal steps take the first actor, from the step's own, who may act at all
      List<String> legal = List.of();
      for (int k = 0; k < actors.size() && legal.isEmpty() && t.isOpen(); k++) {
        actor = actors.get((step.actor() + k) % actors.size());
        legal = service.commandsAvailable(t.id(), actor);
      }
      if (legal.isEmpty()) {
        return Optional.empty();
      }
      List<String> moving = new ArrayList<>();
      for (String c : legal) {
        for (WorkflowTransition tr : def.transitions()) {
          if (tr.command().equals(c) && tr.from().contains(t.state()) && tr.to().isPresent() && !moving.contains(c)) {
            moving.add(c);
          }
        }
      }
      // three steps in four move the ticket on, so that plans reach deep states
      List<String> pool = step.arg() % 4 != 0 && !moving.isEmpty() ? moving : legal;
      name = pool.get(step.command() % pool.size());
    } else {
      List<String> all = new ArrayList<>();
      def.transitions().forEach(tr -> {
        if (!all.contains(tr.command())) {
          all.add(tr.command());
        }
      });
      all.add("no-such-command");
      name = all.get(step.command() % all.size());
    }
    int arg = step.arg();
    Command.Builder b = Command.on(t.id(), name, actor);
    List<String> reasons = new ArrayList<>();
    for (WorkflowTransition tr : def.transitions()) {
      if (tr.command().equals(name) && tr.from().contains(t.state())) {
        reasons.addAll(tr.reasons());
      }
    }
    if (!reasons.isEmpty() && arg % 7 != 0) {
      b.reason(reasons.get(arg % reasons.size()));
    } else if (arg % 11 == 0) {
      b.reason("made-up-reason");
    }
    b.passed(arg % 3 != 0);
    b.satisfaction(Satisfaction.values()[arg % 3]);
    if (arg % 5 != 0) {
      b.limit(arg % 2 == 0 ? TimeLimit.workingDays(1 + arg % 4) : TimeLimit.workingHours(1 + arg % 6));
    }
    if (name.equals("dispatch") && arg % 2 == 0) {
      // a named department, one time in three one the catalogue lacks (NotFoundException, nothing changes)
      b.department(List.of("housing", "no-such-department", "justice", "civil-affairs", "no-such-department",
          "urban-management").get(arg / 2 % 6));
    }
    if (arg % 13 == 0) {
      b.expectedVersion(t.version() - 1);
    }
    return Optional.of(b.build());
  }
}
