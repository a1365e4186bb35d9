package org.gridgov.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterType;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.CompiledDefinition.Step;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.spi.TicketStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket service (工单服务): opens tickets, checks and applies commands, runs the clock.
 *
 * <p>Every command is checked, in this order, against: the ticket (exists, open, at the expected
 * version), the definition (the command exists and is allowed from the current state, its
 * conditions hold), the actor's grid scope (it admits the ticket's grid), the actor's role (one of
 * the transition's roles binds), the arguments (reason code, limit, rating, department) and the
 * ticket (pending requests, window, escalation ladder, calendar data). A failing check throws a
 * typed {@link GridGovException} and changes nothing. A passing command becomes one or more
 * {@link TicketEvent}s appended to the {@link TicketStore} with the version the check saw: of two
 * concurrent commands on one ticket, one wins and the other gets a {@link ConflictException}.
 * After the append the {@link TimingBoard} and the {@link TicketListener}s hear of it.
 *
 * <p>The service holds no lock and no counter across tickets; all state is in the store. It is
 * thread-safe. Time comes from the injected {@link Clock}.
 */
public final class TicketService {
  private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);
  /** The id of the principal the service's clock acts as. */
  public static final String SYSTEM_ID = "gridgov:clock";

  private final GridTree tree;
  private final MatterCatalogue catalogue;
  private final BusinessCalendar calendar;
  private final Clock clock;
  private final TicketStore store;
  private final DepartmentDirectory directory;
  private final Optional<Locator> locator;
  private final Map<String, WorkflowDefinition> definitions;
  private final Map<MatterClass, String> byClass;
  private final List<TicketListener> listeners;
  private final TimingBoard board;
  private final Principal system;
  private final int basicLevel;

  private TicketService(Builder b) {
    this.tree = b.tree;
    this.catalogue = b.catalogue;
    this.calendar = b.calendar;
    this.clock = b.clock;
    this.store = b.store;
    this.directory = b.directory != null ? b.directory : DepartmentDirectory.empty(b.tree);
    this.locator = Optional.ofNullable(b.locator);
    this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(b.definitions));
    this.byClass = Collections.unmodifiableMap(new EnumMap<>(b.byClass));
    this.listeners = List.copyOf(b.listeners);
    this.board = new TimingBoard();
    this.basicLevel = tree.scheme().basicLevel();
    Principal.Builder sys = Principal.builder().id(SYSTEM_ID).kind(PrincipalKind.COMMAND_CENTRE);
    tree.roots().forEach(g -> sys.addScopeRoots(g.code()));
    this.system = sys.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The principal the service's clock acts as: only this instance holds the {@code system} role.
   * The embedding application may hand it to its own scheduled jobs; never expose it to users.
   */
  public Principal systemPrincipal() {
    return system;
  }

  /** The store. */
  public TicketStore store() {
    return store;
  }

  /** The timing board the service keeps up to date. */
  public TimingBoard board() {
    return board;
  }

  /** The business calendar. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The registered definitions by id. */
  public Map<String, WorkflowDefinition> definitions() {
    return definitions;
  }

  /** The definition with this id. */
  public WorkflowDefinition definition(String id) {
    WorkflowDefinition d = definitions.get(id);
    if (d == null) {
      throw new NotFoundException("definition", String.valueOf(id), "no definition with this id is registered; registered: " + definitions.keySet());
    }
    return d;
  }

  // ------------------------------------------------------------------ reporting

  /**
   * Opens a ticket (上报): checks the matter type against the catalogue, turns a location into a
   * basic grid through the locator, checks the actor's scope, chooses the definition and appends
   * the {@link TicketEventType#REPORTED} event.
   *
   * @throws NotFoundException for an unknown matter type, grid or definition
   * @throws InvalidInputException for an uncovered location or a grid that is not a basic grid
   * @throws ForbiddenException when the grid lies outside the actor's scope
   * @throws ConflictException when a ticket with the requested id exists
   */
  public Ticket report(NewTicket request, Principal actor) {
    require(request, "request");
    require(actor, "actor");
    MatterType type = catalogue.get(request.matterType());
    GridNode node = resolveGrid(request);
    if (!admits(actor, node)) {
      throw outOfScope(actor, node.code());
    }
    MatterClass matterClass = request.matterClass().orElse(type.matterClass());
    String defId = request.definition().orElseGet(() -> byClass.getOrDefault(matterClass, WorkflowDefinitions.STANDARD));
    WorkflowDefinition definition = definition(defId);
    CompiledDefinition compiled = definition.compiled();
    WorkflowState initial = compiled.initialState();
    Instant now = clock.instant();
    TimeLimit limit = catalogue.timeLimit(type);
    Optional<Deadline> main = initial.clock() == ClockMode.RUNNING ? Optional.of(calendar.start(now, limit)) : Optional.empty();
    Optional<Deadline> step = initial.limit().map(l -> calendar.start(now, l));
    TicketId id = request.id().orElseGet(() -> TicketId.newId(now));
    EventPayload.Reported payload = new EventPayload.Reported(defId, request.channel(), type.code(), matterClass, limit,
        type.owningDepartment(), node.code(), request.location(), request.reporter(), request.priority(), request.summary());
    TicketEvent event = TicketEvent.builder()
        .ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
        .state(initial.id()).enteredState(true).actor(actor).role("reporter").occurredAt(now)
        .payload(payload).matterType(type.code()).grid(node.code()).handlingGrid(node.code())
        .deadline(main).stepDeadline(step).build();
    Ticket ticket = Ticket.replay(List.of(event));
    store.append(id, 0, List.of(event), ticket);
    published(ticket, List.of(event));
    return ticket;
  }

  private GridNode resolveGrid(NewTicket request) {
    GridNode node = null;
    if (request.location().isPresent()) {
      ReportedPlace at = request.location().get();
      if (locator.isPresent()) {
        node = locator.get().locate(at.longitude(), at.latitude()).orElseThrow(() -> new InvalidInputException("location",
            at.longitude() + "," + at.latitude(), "no basic grid covers this point (uncovered)"));
        if (node.tree() != tree) {
          node = tree.node(node.code());
        }
        if (request.grid().isPresent() && !request.grid().get().equals(node.code())) {
          throw new InvalidInputException("grid", request.grid().get().value(),
              "the location lies in basic grid " + node.code() + ", not in the grid given");
        }
      } else if (request.grid().isEmpty()) {
        throw new InvalidInputException("location", at.longitude() + "," + at.latitude(),
            "this service has no locator; give the basic grid");
      }
    }
    if (node == null) {
      node = tree.node(request.grid().get());
    }
    if (node.level() != basicLevel) {
      throw new InvalidInputException("grid", node.code().value(),
          "tickets are opened in basic grids (level " + basicLevel + "); this grid is at level " + node.level());
    }
    return node;
  }

  // ------------------------------------------------------------------ reading

  /**
   * The ticket as it stands.
   *
   * @throws NotFoundException when there is no such ticket
   * @throws ForbiddenException when its grid lies outside the reader's scope
   */
  public Ticket get(TicketId id, Principal reader) {
    require(reader, "reader");
    Ticket t = load(id);
    if (!admits(reader, tree.node(t.grid()))) {
      throw outOfScope(reader, t.grid());
    }
    return t;
  }

  /** The ticket's full history, in version order; scope-checked as {@link #get}. */
  public List<TicketEvent> history(TicketId id, Principal reader) {
    get(id, reader);
    return store.events(id);
  }

  /** The commands {@code actor} may send for the ticket now (arguments aside), in definition order. */
  public List<String> commandsAvailable(TicketId id, Principal actor) {
    require(actor, "actor");
    Ticket t = load(id);
    if (!t.isOpen()) {
      return List.of();
    }
    CompiledDefinition def = definition(t.definition()).compiled();
    GridNode node = tree.node(t.grid());
    if (actor != system && !admits(actor, node)) {
      return List.of();
    }
    int s = stateOf(def, t);
    List<String> out = new ArrayList<>();
    for (String command : def.commandsFrom(s)) {
      for (Step step : def.steps(s, command)) {
        if (matchesClass(step, t) && roleFor(step, actor, t, node) != null) {
          out.add(command);
          break;
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The open tickets by timing light at {@code at}. */
  public TimingLights lights(Instant at) {
    return board.lights(at);
  }

  // ------------------------------------------------------------------ commands

  /**
   * Checks and applies a command; returns the ticket after it.
   *
   * @throws NotFoundException for an unknown ticket or department
   * @throws ConflictException when the expected version is stale or a concurrent command won
   * @throws IllegalCommandException when the definition does not allow it now
   * @throws ForbiddenException when the actor's scope or role does not allow it
   * @throws CalendarDataMissingException when a deadline needs a year without calendar data
   */
  public Ticket execute(Command command) {
    require(command, "command");
    Ticket t = load(command.ticket());
    if (!t.isOpen()) {
      throw new IllegalCommandException("command", command.command(),
          "ticket " + t.id() + " is " + t.outcome().get() + " (state " + t.state() + ") and takes no more commands");
    }
    if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != t.version()) {
      throw new ConflictException("expectedVersion", Long.toString(command.expectedVersion().getAsLong()),
          "ticket " + t.id() + " is at version " + t.version() + "; another change won, re-read and retry");
    }
    CompiledDefinition def = definition(t.definition()).compiled();
    int s = stateOf(def, t);
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
    GridNode node = tree.node(t.grid());
    boolean isSystem = command.actor() == system;
    if (!isSystem && !admits(command.actor(), node)) {
      throw outOfScope(command.actor(), t.grid());
    }
    WorkflowRole role = roleFor(step, command.actor(), t, node);
    if (role == null) {
      throw new ForbiddenException("actor", command.actor().id() + " (" + command.actor().kind() + ")",
          "transition " + step.transition.id() + " of definition " + t.definition() + " is for roles "
          + step.transition.roles() + "; the actor holds none of them for ticket " + t.id());
    }
    return fire(t, def, step, role, command, clock.instant(), null);
  }

  private Step choose(Step[] candidates, Command c, Ticket t) {
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

  private static boolean matchesClass(Step st, Ticket t) {
    return st.transition.whenMatterClass().isEmpty() || st.transition.whenMatterClass().contains(t.matterClass());
  }

  private WorkflowRole roleFor(Step step, Principal actor, Ticket t, GridNode node) {
    for (WorkflowRole r : step.roles) {
      if (holds(r, actor, t, node)) {
        return r;
      }
    }
    return null;
  }

  private boolean holds(WorkflowRole r, Principal actor, Ticket t, GridNode node) {
    if (r.binding() == RoleBinding.SYSTEM) {
      return actor == system;
    }
    if (actor == system) {
      return false;
    }
    if (!r.principalKinds().isEmpty() && !r.principalKinds().contains(actor.kind())) {
      return false;
    }
    switch (r.binding()) {
      case HANDLING_GRID:
        if (!admits(actor, tree.node(t.handlingGrid()))) {
          return false;
        }
        break;
      case ASSIGNED_DEPARTMENT:
        if (t.department().isEmpty() || !t.department().equals(actor.department())) {
          return false;
        }
        break;
      case SUMMONED_DEPARTMENT: {
        if (actor.department().isEmpty()) {
          return false;
        }
        boolean summoned = false;
        for (Summons s : t.summons()) {
          summoned |= s.department().equals(actor.department().get());
        }
        if (!summoned) {
          return false;
        }
        break;
      }
      case REPORTER:
        if (!actor.id().equals(t.reportedBy())) {
          return false;
        }
        break;
      default:
        break;
    }
    if (r.levelsAbove() > 0) {
      boolean high = false;
      for (GridCode root : actor.scopeRoots()) {
        Optional<GridNode> rn = tree.findNode(root);
        if (rn.isPresent() && rn.get().covers(node) && node.level() - rn.get().level() >= r.levelsAbove()) {
          high = true;
        }
      }
      return high;
    }
    return true;
  }

  private Ticket fire(Ticket t, CompiledDefinition def, Step step, WorkflowRole role, Command c, Instant now,
      List<TicketEvent> sink) {
    WorkflowTransition tr = step.transition;
    // reason
    if (c.reason().isPresent() && !step.reasons.contains(c.reason().get())) {
      throw new IllegalCommandException("reason", c.reason().get(), "transition " + tr.id() + " takes the reasons " + tr.reasons());
    }
    if (tr.reasonRequired() && c.reason().isEmpty()) {
      throw new IllegalCommandException("reason", "(none)", "transition " + tr.id() + " requires a reason, one of " + tr.reasons());
    }
    // window
    if (tr.within().isPresent()) {
      Instant end = calendar.dueAt(t.stateEnteredAt(), tr.within().get());
      if (now.isAfter(end)) {
        throw new IllegalCommandException("command", c.command(), "transition " + tr.id() + " is allowed within "
            + tr.within().get() + " of entering state " + t.state() + ", that is until " + end + "; it is now " + now);
      }
    }
    // target
    int target = step.target;
    String to;
    if (target == CompiledDefinition.STAY) {
      to = t.state();
    } else if (target == CompiledDefinition.PREVIOUS) {
      to = t.previousState().orElseThrow(() -> new IllegalCommandException("command", c.command(),
          "ticket " + t.id() + " has no previous state to go back to"));
      target = stateOf(def, t, to);
    } else {
      to = def.state(target).id();
    }
    boolean enters = step.target != CompiledDefinition.STAY;
    WorkflowState toState = def.state(target < 0 ? stateOf(def, t) : target);
    Optional<Deadline> main = t.deadline();
    Optional<String> department = t.department();
    GridCode handling = t.handlingGrid();
    EventPayload payload = EventPayload.none();
    switch (tr.type()) {
      case DISPATCHED: {
        boolean smart = c.department().isEmpty();
        String dept = c.department().orElse(t.owningDepartment());
        if (smart && t.returnedBy().contains(dept)) {
          throw new IllegalCommandException("department", dept, "department " + dept
              + " returned this ticket as outside its remit; name the department to dispatch to");
        }
        catalogue.department(dept);
        Optional<String> unit = directory.responsibleUnit(dept, tree.node(t.grid())).map(DepartmentUnit::id);
        payload = new EventPayload.Dispatched(dept, unit, smart);
        department = Optional.of(dept);
        break;
      }
      case DEPARTMENT_ACCEPTED:
        payload = new EventPayload.DepartmentAction(t.department().orElseThrow(() -> new IllegalCommandException("command",
            c.command(), "ticket " + t.id() + " is not assigned to a department")), t.unit());
        break;
      case RETURNED:
        payload = new EventPayload.DepartmentAction(t.department().orElseThrow(() -> new IllegalCommandException("command",
            c.command(), "ticket " + t.id() + " is not assigned to a department")), t.unit());
        department = Optional.empty();
        break;
      case REPORTED_IN: {
        String dept = c.actor().department().orElse("");
        Summons open = null;
        for (Summons s : t.summons()) {
          if (s.department().equals(dept) && !s.reportedIn()) {
            open = s;
          }
        }
        if (open == null) {
          throw new IllegalCommandException("command", c.command(), "department " + dept + " has no open summons for ticket " + t.id());
        }
        payload = new EventPayload.DepartmentAction(dept, Optional.empty());
        break;
      }
      case PROMISED: {
        TimeLimit limit = c.limit().orElseThrow(() -> new IllegalCommandException("limit", "(none)",
            "a promise (承诺) names the limit it promises"));
        main = Optional.of(calendar.start(now, limit));
        payload = new EventPayload.Promised(limit);
        break;
      }
      case EXTENSION_REQUESTED: {
        TimeLimit by = c.limit().orElseThrow(() -> new IllegalCommandException("limit", "(none)",
            "an extension request (延期申请) names how much longer"));
        if (t.pendingExtension().isPresent()) {
          throw new IllegalCommandException("command", c.command(), "an extension of " + t.pendingExtension().get()
              + " is already awaiting a decision");
        }
        if (t.deadline().isEmpty()) {
          throw new IllegalCommandException("command", c.command(), "ticket " + t.id() + " has no running clock to extend");
        }
        payload = new EventPayload.Extension(by, Optional.of(t.deadline().get().dueAt()));
        break;
      }
      case EXTENSION_APPROVED: {
        TimeLimit pending = t.pendingExtension().orElseThrow(() -> new IllegalCommandException("command", c.command(),
            "no extension has been requested for ticket " + t.id()));
        TimeLimit by = c.limit().orElse(pending);
        Deadline before = t.deadline().orElseThrow();
        main = Optional.of(calendar.extend(before, by));
        payload = new EventPayload.Extension(by, Optional.of(before.dueAt()));
        break;
      }
      case EXTENSION_DENIED:
        if (t.pendingExtension().isEmpty()) {
          throw new IllegalCommandException("command", c.command(), "no extension has been requested for ticket " + t.id());
        }
        break;
      case CANCELLATION_REQUESTED:
        if (t.cancellationRequested()) {
          throw new IllegalCommandException("command", c.command(), "a cancellation of ticket " + t.id() + " already awaits a decision");
        }
        break;
      case CANCELLED:
      case CANCELLATION_DENIED:
        if (!t.cancellationRequested()) {
          throw new IllegalCommandException("command", c.command(), "nobody has requested the cancellation of ticket " + t.id()
              + "; cancellation (作废) needs a request and an approval");
        }
        break;
      case ESCALATED: {
        Optional<GridNode> up = escalationTarget(t, def);
        if (up.isEmpty()) {
          GridNode from = tree.node(t.handlingGrid());
          throw new IllegalCommandException("command", c.command(), "ticket " + t.id() + " is handled at level " + from.level()
              + " (grid " + from.code() + "), the top of the escalation ladder (level "
              + def.definition().escalation().topLevel() + ")");
        }
        List<String> summoned = new ArrayList<>(c.summon());
        if (summoned.isEmpty()) {
          summoned.add(t.department().orElse(t.owningDepartment()));
        }
        for (String d : summoned) {
          catalogue.department(d);
        }
        Instant reportIn = calendar.dueAt(now, def.definition().escalation().reportIn());
        handling = up.get().code();
        payload = new EventPayload.Escalated(t.handlingGrid(), handling, summoned, Optional.of(reportIn));
        break;
      }
      case RATED:
        payload = new EventPayload.Rated(c.satisfaction().orElseThrow(() -> new IllegalCommandException("satisfaction",
            "(none)", "a rating (满意度测评) names the resident's satisfaction")));
        break;
      case REJECTED:
        payload = new EventPayload.Rejected(c.duplicateOf());
        break;
      case URGED:
        payload = new EventPayload.Urged(UrgingLevel.URGE, t.department(), false);
        break;
      default:
        break;
    }
    // main clock on entering the target state
    if (enters && tr.type() != TicketEventType.PROMISED) {
      ClockMode mode = toState.clock();
      if (mode == ClockMode.RUNNING) {
        if (main.isEmpty()) {
          main = Optional.of(calendar.start(now, t.limit()));
        } else if (main.get().isPaused()) {
          main = Optional.of(calendar.resume(main.get(), now));
        }
      } else if (mode == ClockMode.PAUSED && main.isPresent() && !main.get().isPaused()) {
        main = Optional.of(main.get().pausedAt(now));
      }
    }
    Optional<Deadline> stepClock = enters ? toState.limit().map(l -> calendar.start(now, l)) : t.stepDeadline();

    List<TicketEvent> events = new ArrayList<>(3);
    TicketEvent.Builder e = TicketEvent.builder()
        .ticketId(t.id()).version(t.version() + 1).type(tr.type()).transition(tr.id())
        .fromState(t.state()).state(to).enteredState(enters).actor(c.actor()).role(role.id()).occurredAt(now)
        .reason(c.reason()).comment(c.comment()).matterType(t.matterType()).grid(t.grid()).handlingGrid(handling)
        .department(department).deadline(main).stepDeadline(stepClock);
    if (tr.type() == TicketEventType.CLOSED) {
      payload = closed(main, now);
    }
    events.add(e.payload(payload).build());
    long v = t.version() + 1;
    if (tr.reopens()) {
      events.add(implied(e, ++v, TicketEventType.REOPENED, to, EventPayload.none()));
    }
    Optional<Outcome> outcome = toState.outcome();
    if (enters && outcome.isPresent() && CompiledDefinition.outcomeOf(tr.type()) != outcome.get()) {
      switch (outcome.get()) {
        case CLOSED:
          events.add(implied(e, ++v, TicketEventType.CLOSED, to, closed(main, now)));
          break;
        case REJECTED:
          events.add(implied(e, ++v, TicketEventType.REJECTED, to, new EventPayload.Rejected(c.duplicateOf())));
          break;
        default:
          events.add(implied(e, ++v, TicketEventType.CANCELLED, to, EventPayload.none()));
          break;
      }
    }
    Ticket after = commit(t, events);
    if (sink != null) {
      sink.addAll(events);
    }
    return after;
  }

  private static EventPayload.Closed closed(Optional<Deadline> main, Instant now) {
    return new EventPayload.Closed(main.map(d -> !d.isOverdueAt(now)).orElse(true), main.map(Deadline::dueAt));
  }

  private static TicketEvent implied(TicketEvent.Builder base, long version, TicketEventType type, String state, EventPayload payload) {
    return base.version(version).type(type).fromState(state).state(state).enteredState(false).payload(payload).build();
  }

  private Ticket commit(Ticket t, List<TicketEvent> events) {
    Ticket after = t;
    for (TicketEvent ev : events) {
      after = after.apply(ev);
    }
    store.append(t.id(), t.version(), events, after);
    published(after, events);
    return after;
  }

  private void published(Ticket after, List<TicketEvent> events) {
    try {
      board.update(after, nextAlarm(after));
    } catch (RuntimeException ex) {
      // the events are stored; a read model that cannot follow must not fail the command
      LOG.error("timing board could not take ticket {} v{}", after.id(), after.version(), ex);
    }
    for (TicketListener l : listeners) {
      try {
        l.onAppended(after, events);
      } catch (RuntimeException | LinkageError ex) {
        // a listener's own failure (a missing Kafka client class, say) must not fail a stored command
        LOG.warn("ticket listener {} failed on ticket {} v{}; the events are stored, the listener skipped them",
            l, after.id(), after.version(), ex);
      }
    }
  }

  // ------------------------------------------------------------------ the clock

  /**
   * Runs the clock at the injected clock's instant (时限巡检): for every open ticket with an alarm
   * due it records, as the system principal, 催办 when the main clock turns yellow, an
   * {@link TicketEventType#OVERDUE} event and 督办 when it turns red, 通报 the definition's
   * bulletin time after; an OVERDUE event for every step clock and report-in limit that passed; and
   * fires the state's timeout transition (the escalation ladder). Tickets a concurrent command
   * changed are skipped and retried on the next run.
   */
  public SweepReport sweep() {
    Instant now = clock.instant();
    List<TicketId> due = board.alarmsDue(now);
    List<TicketEvent> appended = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int conflicts = 0;
    for (TicketId id : due) {
      try {
        sweep(id, now, appended);
      } catch (ConflictException ex) {
        conflicts++;
      } catch (GridGovException ex) {
        failures.add(id + ": " + ex.getMessage());
        LOG.warn("clock sweep could not act on ticket {}: {}", id, ex.getMessage());
      } catch (RuntimeException ex) {
        // one broken ticket must not stop the sweep of the others
        failures.add(id + ": " + ex);
        LOG.error("clock sweep failed on ticket {}", id, ex);
      }
    }
    return new SweepReport(now, due.size(), appended, conflicts, failures);
  }

  /** Acts on one ticket; every event it commits goes to {@code out}, also when a later step fails. */
  private void sweep(TicketId id, Instant now, List<TicketEvent> out) {
    Ticket t = load(id);
    if (!t.isOpen()) {
      board.update(t, Optional.empty());
      return;
    }
    CompiledDefinition def = definition(t.definition()).compiled();
    UrgingPolicy urging = def.definition().urging();
    List<EventPayload> facts = new ArrayList<>();
    List<TicketEventType> types = new ArrayList<>();
    UrgingLevel level = t.urging();
    if (t.deadline().isPresent() && !t.deadline().get().isPaused()) {
      Deadline d = t.deadline().get();
      if (urging.enabled() && level.compareTo(UrgingLevel.URGE) < 0 && !now.isBefore(d.warnAt())) {
        add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.URGE, t.department(), true));
        level = UrgingLevel.URGE;
      }
      boolean overdue = t.overdueRecorded();
      if (!overdue && now.isAfter(d.dueAt())) {
        add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(EventPayload.Overdue.MAIN, d.dueAt(), t.department()));
        overdue = true;
      }
      if (urging.enabled() && overdue && level.compareTo(UrgingLevel.OVERSEE) < 0) {
        add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.OVERSEE, t.department(), true));
        level = UrgingLevel.OVERSEE;
      }
      if (urging.enabled() && overdue && level.compareTo(UrgingLevel.BULLETIN) < 0) {
        Optional<Instant> bulletin = bulletinAt(d, urging);
        if (bulletin.isPresent() && now.isAfter(bulletin.get())) {
          add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.BULLETIN, t.department(), true));
        }
      }
    }
    for (Summons s : t.summons()) {
      if (!s.reportedIn() && !s.overdueRecorded() && now.isAfter(s.dueAt())) {
        add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(EventPayload.Overdue.REPORT_IN, s.dueAt(),
            Optional.of(s.department())));
      }
    }
    boolean stepPassed = false;
    if (t.stepDeadline().isPresent() && !t.stepOverdueRecorded() && now.isAfter(t.stepDeadline().get().dueAt())) {
      add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(t.state(), t.stepDeadline().get().dueAt(), t.department()));
      stepPassed = true;
    }
    if (!types.isEmpty()) {
      List<TicketEvent> events = new ArrayList<>(types.size());
      for (int i = 0; i < types.size(); i++) {
        events.add(TicketEvent.builder()
            .ticketId(t.id()).version(t.version() + 1 + i).type(types.get(i)).transition(TicketEvent.CLOCK_TRANSITION)
            .fromState(t.state()).state(t.state()).enteredState(false).actor(system).role(TicketEvent.SYSTEM_ROLE)
            .occurredAt(now).matterType(t.matterType()).grid(t.grid()).handlingGrid(t.handlingGrid())
            .department(t.department()).deadline(t.deadline()).stepDeadline(t.stepDeadline()).payload(facts.get(i)).build());
      }
      t = commit(t, events);
      out.addAll(events);
    }
    // the step's timeout fires when its limit has passed, now or at an earlier sweep that
    // recorded the overdue but could not fire it (a calendar year without data, say)
    Optional<Step> timeout = stepPassed ? pendingTimeout(t, def, true)
        : t.stepOverdueRecorded() ? pendingTimeout(t, def, false) : Optional.empty();
    if (timeout.isPresent()) {
      Step step = timeout.get();
      WorkflowTransition tr = step.transition;
      Command.Builder c = Command.on(t.id(), tr.command(), system);
      if (tr.reasons().contains("step-limit-passed")) {
        c.reason("step-limit-passed");
      } else if (tr.reasonRequired()) {
        c.reason(tr.reasons().get(0));
      }
      fire(t, def, step, CompiledDefinition.SYSTEM_ROLE, c.build(), now, out);
    }
  }

  /**
   * The timeout transition of the ticket's state, when its step clock has run out and firing it
   * would move the ticket on: not at the top of the escalation ladder (nowhere to go: the overdue
   * step stays recorded and the main clock's urging goes on). A transition that stays in the state
   * keeps the spent step clock, so it fires only when the limit passes ({@code firstTime}), never
   * on a retry.
   */
  private Optional<Step> pendingTimeout(Ticket t, CompiledDefinition def, boolean firstTime) {
    int s = def.stateIndex(t.state());
    if (s < 0 || t.stepDeadline().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = def.state(s).onTimeout();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    WorkflowTransition tr = def.definition().transition(id.get()).orElseThrow();
    if (tr.type() == TicketEventType.ESCALATED && escalationTarget(t, def).isEmpty()) {
      return Optional.empty();
    }
    for (Step st : def.steps(s, tr.command())) {
      if (st.transition.id().equals(tr.id()) && (firstTime || st.target != CompiledDefinition.STAY)) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }

  private static void add(List<TicketEventType> types, List<EventPayload> facts, TicketEventType type, EventPayload p) {
    types.add(type);
    facts.add(p);
  }

  /** The index of the ticket's state in {@code def}. */
  private static int stateOf(CompiledDefinition def, Ticket t) {
    return stateOf(def, t, t.state());
  }

  /**
   * The index of {@code state} in {@code def}; a state the definition (as registered now) lacks,
   * after a definition was replaced, is an {@link IllegalCommandException}.
   */
  private static int stateOf(CompiledDefinition def, Ticket t, String state) {
    int s = def.stateIndex(state);
    if (s < 0) {
      throw new IllegalCommandException("state", state, "ticket " + t.id() + " is in a state that definition "
          + def.definition().id() + " as registered now does not have; register a definition that keeps it");
    }
    return s;
  }

  /** The grid one level up the escalation ladder from where the ticket is handled; empty at its top. */
  private Optional<GridNode> escalationTarget(Ticket t, CompiledDefinition def) {
    Optional<GridNode> up = tree.node(t.handlingGrid()).parent();
    return up.filter(p -> p.level() >= def.definition().escalation().topLevel());
  }

  private Optional<Instant> bulletinAt(Deadline d, UrgingPolicy urging) {
    try {
      return Optional.of(calendar.dueAt(d.dueAt(), urging.bulletinAfter()));
    } catch (CalendarDataMissingException e) {
      return Optional.empty();
    }
  }

  /** The next instant the clock has something to do for the ticket. */
  private Optional<Instant> nextAlarm(Ticket t) {
    if (!t.isOpen()) {
      return Optional.empty();
    }
    Instant next = null;
    WorkflowDefinition def = definitions.get(t.definition());
    UrgingPolicy urging = def == null ? UrgingPolicy.standard() : def.urging();
    if (t.deadline().isPresent() && !t.deadline().get().isPaused()) {
      Deadline d = t.deadline().get();
      if (urging.enabled() && t.urging().compareTo(UrgingLevel.URGE) < 0) {
        next = min(next, d.warnAt());
      }
      if (!t.overdueRecorded()) {
        next = min(next, d.dueAt());
      } else if (urging.enabled() && t.urging().compareTo(UrgingLevel.BULLETIN) < 0) {
        next = min(next, bulletinAt(d, urging).orElse(null));
      }
    }
    if (t.stepDeadline().isPresent() && (!t.stepOverdueRecorded()
        || def != null && pendingTimeout(t, def.compiled(), false).isPresent())) {
      next = min(next, t.stepDeadline().get().dueAt()); // past when a timeout still waits: retried
    }
    for (Summons s : t.summons()) {
      if (!s.reportedIn() && !s.overdueRecorded()) {
        next = min(next, s.dueAt());
      }
    }
    return Optional.ofNullable(next);
  }

  private static Instant min(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  // ------------------------------------------------------------------ helpers

  private Ticket load(TicketId id) {
    require(id, "ticket");
    Optional<Ticket> snap = store.snapshot(id);
    if (snap.isPresent()) {
      return snap.get();
    }
    List<TicketEvent> events = store.events(id);
    if (events.isEmpty()) {
      throw new NotFoundException("ticket", id.value(), "no ticket has this id");
    }
    return Ticket.replay(events);
  }

  private boolean admits(Principal p, GridNode node) {
    for (GridCode root : p.scopeRoots()) {
      Optional<GridNode> r = tree.findNode(root);
      if (r.isPresent() && r.get().covers(node)) {
        return true;
      }
    }
    return false;
  }

  private static ForbiddenException outOfScope(Principal p, GridCode grid) {
    return new ForbiddenException("grid", grid.value(), p.kind() + " " + p.id() + " may only act within "
        + p.scopeRoots() + "; this ticket's grid lies outside");
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  /** Builds a {@link TicketService}. */
  public static final class Builder {
    private GridTree tree;
    private MatterCatalogue catalogue;
    private BusinessCalendar calendar;
    private Clock clock = Clock.systemUTC();
    private TicketStore store;
    private DepartmentDirectory directory;
    private Locator locator;
    private final Map<String, WorkflowDefinition> definitions = new HashMap<>();
    private final Map<MatterClass, String> byClass = new EnumMap<>(MatterClass.class);
    private final List<TicketListener> listeners = new ArrayList<>();

    private Builder() {
      WorkflowDefinitions.shipped().forEach(d -> definitions.put(d.id(), d));
      byClass.put(MatterClass.ON_THE_SPOT, WorkflowDefinitions.THREE_CLASSES);
      byClass.put(MatterClass.PROMISED, WorkflowDefinitions.THREE_CLASSES);
      byClass.put(MatterClass.ESCALATED, WorkflowDefinitions.STANDARD);
    }

    /** The grid tree tickets live in (required). */
    public Builder tree(GridTree tree) {
      this.tree = tree;
      return this;
    }

    /** The matter catalogue (required). */
    public Builder catalogue(MatterCatalogue catalogue) {
      this.catalogue = catalogue;
      return this;
    }

    /** The business calendar; {@link BusinessCalendar#chinese()} when not set. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /** The clock; the system UTC clock when not set. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The store; a new {@link InMemoryTicketStore} when not set. */
    public Builder store(TicketStore store) {
      this.store = store;
      return this;
    }

    /** The department units for smart dispatch; none when not set. */
    public Builder directory(DepartmentDirectory directory) {
      this.directory = directory;
      return this;
    }

    /** The locator that turns reported locations into basic grids (grid-geo's {@code GridLocator}). */
    public Builder locator(Locator locator) {
      this.locator = locator;
      return this;
    }

    /** Registers a definition (replacing a shipped one with the same id). */
    public Builder definition(WorkflowDefinition definition) {
      require(definition, "definition");
      definitions.put(definition.id(), definition);
      return this;
    }

    /** The definition tickets of a matter class follow unless the report names one. */
    public Builder definitionFor(MatterClass matterClass, String definitionId) {
      require(matterClass, "matterClass");
      require(definitionId, "definitionId");
      byClass.put(matterClass, definitionId);
      return this;
    }

    /** Adds a listener. */
    public Builder listener(TicketListener listener) {
      require(listener, "listener");
      listeners.add(listener);
      return this;
    }

    /**
     * Builds the service and loads the board from the store.
     *
     * @throws MissingValueException when the tree or the catalogue is missing
     * @throws NotFoundException when a class names an unregistered definition or a unit an unknown department
     */
    public TicketService build() {
      if (tree == null) {
        throw new MissingValueException("tree");
      }
      if (catalogue == null) {
        throw new MissingValueException("catalogue");
      }
      require(clock, "clock");
      if (calendar == null) {
        calendar = BusinessCalendar.chinese();
      }
      if (store == null) {
        store = new InMemoryTicketStore();
      }
      byClass.forEach((k, v) -> {
        if (!definitions.containsKey(v)) {
          throw new NotFoundException("definitionFor." + k, v, "no definition with this id is registered");
        }
      });
      if (directory != null) {
        if (directory.tree() != tree) {
          throw new InvalidInputException("directory", "tree", "the department directory must be built on the service's tree");
        }
        for (DepartmentUnit u : directory.units()) {
          catalogue.department(u.department());
        }
      }
      TicketService service = new TicketService(this);
      service.store.forEachTicket(id -> {
        Ticket t = service.load(id);
        service.board.update(t, service.nextAlarm(t));
      });
      return service;
    }
  }
}
