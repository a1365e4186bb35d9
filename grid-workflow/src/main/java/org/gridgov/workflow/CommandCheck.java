package org.gridgov.workflow;

import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridNode;
import org.gridgov.workflow.CompiledDefinition.Step;

/**
 * The checks of a command before anything changes (指令校验), in this order: the ticket exists and
 * is open; the expected version, when given, is the current one; the definition has the command and
 * allows it from the current state; one of its transitions matches the arguments and the ticket's
 * matter class; the actor's grid scope admits the ticket; one of the transition's roles binds the
 * actor. A failing check throws a typed exception; a passing command comes back as a
 * {@link Checked} for {@link TransitionFiring}, which checks the arguments against the ticket.
 */
final class CommandCheck {
  private final ServiceContext ctx;
  private final RoleCheck roles;

  /** A command that passed: the ticket as the checks saw it, its definition, the transition chosen and the role bound. */
  record Checked(Ticket ticket, CompiledDefinition definition, Step step, WorkflowRole role) {}

  CommandCheck(ServiceContext ctx, RoleCheck roles) {
    this.ctx = ctx;
    this.roles = roles;
  }

  /** Runs the checks; see {@link TicketService#execute}. */
  Checked check(Command command) {
    ServiceContext.require(command, "command");
    Ticket t = ctx.load(command.ticket());
    if (!t.isOpen()) {
      throw new IllegalCommandException("command", command.command(),
          "ticket " + t.id() + " is " + t.outcome().get() + " (state " + t.state() + ") and takes no more commands");
    }
    if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != t.version()) {
      throw new ConflictException("expectedVersion", Long.toString(command.expectedVersion().getAsLong()),
          "ticket " + t.id() + " is at version " + t.version() + "; another change won, re-read and retry");
    }
    CompiledDefinition def = ctx.definition(t.definition()).compiled();
    int s = ServiceContext.stateOf(def, t);
    Step[] candidates = def.steps(s, command.command());
    if (candidates.length == 0) {
      if (!def.hasCommand(command.command())) {
        throw new IllegalCommandException("command", command.command(), "definition " + t.definition()
            + " has no such command; allowed in state " + t.state() + ": " + def.commandsFrom(s));
      }
      throw new IllegalCommandException("command", command.command(), "not allowed in state " + t.state()
          + " of definition " + t.definition() + "; allowed here: " + def.commandsFrom(s));
    }
    Step step = choose(candidates, command, t);
    GridNode node = ctx.tree.node(t.grid());
    boolean isSystem = command.actor() == ctx.system;
    if (!isSystem && !ctx.admits(command.actor(), t)) {
      throw ServiceContext.outOfScope(command.actor(), t.grid());
    }
    WorkflowRole role = roles.roleFor(step, command.actor(), t, node);
    if (role == null) {
      throw new ForbiddenException("actor", command.actor().id() + " (" + command.actor().kind() + ")",
          "transition " + step.transition.id() + " of definition " + t.definition() + " is for roles "
          + step.transition.roles() + "; the actor holds none of them for ticket " + t.id());
    }
    return new Checked(t, def, step, role);
  }

  /** The transition among those of one command and state whose conditions the command and ticket meet. */
  private static Step choose(Step[] candidates, Command c, Ticket t) {
    Step classMismatch = null;
    for (Step st : candidates) {
      WorkflowTransition tr = st.transition;
      if (tr.whenPassed().isPresent()) {
        if (c.passed().isEmpty()) {
          throw new IllegalCommandException("passed", "(none)", "command " + c.command() + " needs the verification result (passed = true or false)");
        }
        if (!tr.whenPassed().get().equals(c.passed().get())) {
          continue;
        }
      }
      if (!tr.whenSatisfaction().isEmpty()) {
        if (c.satisfaction().isEmpty()) {
          throw new IllegalCommandException("satisfaction", "(none)", "command " + c.command() + " needs the resident's rating");
        }
        if (!tr.whenSatisfaction().contains(c.satisfaction().get())) {
          continue;
        }
      }
      if (!matchesClass(st, t)) {
        classMismatch = st;
        continue;
      }
      return st;
    }
    if (classMismatch != null) {
      throw new IllegalCommandException("command", c.command(), "in state " + t.state() + " this command is for matter classes "
          + classMismatch.transition.whenMatterClass() + "; ticket " + t.id() + " is " + t.matterClass());
    }
    throw new IllegalCommandException("command", c.command(), "no transition of state " + t.state()
        + " matches the arguments given (passed " + c.passed().map(String::valueOf).orElse("-") + ", satisfaction "
        + c.satisfaction().map(String::valueOf).orElse("-") + ")");
  }

  /** True when the step is for the ticket's matter class (or for any). */
  static boolean matchesClass(Step st, Ticket t) {
    return st.transition.whenMatterClass().isEmpty() || st.transition.whenMatterClass().contains(t.matterClass());
  }
}
