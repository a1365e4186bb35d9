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
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.spi.TimingLightCounts;

/**
 * The ticket service (工单服务): the one object an application builds ({@link #builder()}) to open
 * tickets, send them commands, run the clock and read them back.
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
 * <p>The work is done by package-private parts, one job each, which this class wires together:
 * {@code TicketIntake} opens tickets ({@link #report}); {@code CommandCheck} (with
 * {@code RoleCheck}) runs the checks of a command and {@code TransitionFiring} works out the events
 * its transition records ({@link #execute}); {@code TicketCommitter} appends events and tells the
 * board and the listeners; {@code ClockSweep} runs the clock ({@link #sweep}), asking
 * {@code DueAlarms} which tickets have an alarm due and {@code ClockAlarms} when each ticket's
 * next one is; {@code TicketQueries} answers the reads ({@link #get}, {@link #history},
 * {@link #commandsAvailable}, {@link #lights}, {@link #lightCounts}, {@link #lightPage}).
 *
 * <p>The service holds no lock and no counter across tickets; all state is in the store. It is
 * thread-safe. Time comes from the injected {@link Clock}.
 */
public final class TicketService {
  /** The id of the principal the service's clock acts as. */
  public static final String SYSTEM_ID = "gridgov:clock";

  private final ServiceContext ctx;
  private final TicketCommitter committer;
  private final TicketIntake intake;
  private final CommandCheck check;
  private final TransitionFiring firing;
  private final ClockSweep clockSweep;
  private final TicketQueries queries;

  private TicketService(Builder b) {
    Principal.Builder sys = Principal.builder().id(SYSTEM_ID).kind(PrincipalKind.COMMAND_CENTRE);
    b.tree.roots().forEach(g -> sys.addScopeRoots(g.code()));
    TimingBoard board = TimingBoard.of(b.tree);
    this.ctx = new ServiceContext(b.tree, b.catalogue, b.calendar, b.clock, b.store,
        b.directory != null ? b.directory : DepartmentDirectory.empty(b.tree), Optional.ofNullable(b.locator),
        Optional.ofNullable(b.fusion), Optional.ofNullable(b.helpPolicy), Collections.unmodifiableMap(new LinkedHashMap<>(b.definitions)), Collections.unmodifiableMap(new EnumMap<>(b.byClass)),
        board, sys.build());
    ClockAlarms alarms = new ClockAlarms(ctx);
    RoleCheck roles = new RoleCheck(ctx);
    this.committer = new TicketCommitter(ctx, alarms, List.copyOf(b.listeners));
    this.intake = new TicketIntake(ctx, committer);
    this.check = new CommandCheck(ctx, roles);
    this.firing = new TransitionFiring(ctx);
    this.clockSweep = new ClockSweep(ctx, ctx.store.keepsHeads() ? DueAlarms.of(ctx.store) : DueAlarms.of(board), alarms, firing,
        committer);
    this.queries = new TicketQueries(ctx, roles);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Shows every open ticket of the store on the board: from the store's heads when it keeps them (one
   * read of the open heads, no replay), otherwise by replaying every ticket with its next alarm.
   */
  private void loadBoard() {
    if (ctx.store.keepsHeads()) {
      ctx.board.load(ctx.store);
    } else {
      ctx.store.forEachTicket(id -> committer.show(ctx.load(id)));
    }
  }

  /**
   * The principal the service's clock acts as: only this instance holds the {@code system} role.
   * The embedding application may hand it to its own scheduled jobs; never expose it to users.
   */
  public Principal systemPrincipal() {
    return ctx.system;
  }

  /** The store. */
  public TicketStore store() {
    return ctx.store;
  }

  /** The timing board the service keeps up to date. */
  public TimingBoard board() {
    return ctx.board;
  }

  /** The business calendar. */
  public BusinessCalendar calendar() {
    return ctx.calendar;
  }

  /** The registered definitions by id. */
  public Map<String, WorkflowDefinition> definitions() {
    return ctx.definitions;
  }

  /** The definition with this id. */
  public WorkflowDefinition definition(String id) {
    return ctx.definition(id);
  }

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
    return intake.report(request, actor);
  }

  /**
   * Opens the ticket of a one-key call for help (特殊人群一键求助): located by the device's point in
   * the coordinate system it came in (the locator converts GCJ-02 and BD-09), in channel
   * {@link Channel#ONE_KEY_CALL}, under the help policy's matter type and definition, with the
   * priority and short time limit of the caller's special group; the reporter is the device, the
   * caller's phone number masked. From then on it is a ticket like any other: the grid's worker
   * responds, the clock escalates it, the store and the listeners see its events.
   *
   * @param line the principal of the help line receiving the call (its scope must admit the grid)
   * @throws InvalidInputException for a point outside every grid, a service without a help policy or
   *     a locator, or a group the policy does not answer
   * @throws ForbiddenException when the grid lies outside the line's scope
   * @throws ConflictException when a ticket with the requested id exists
   */
  public Ticket callForHelp(HelpCall call, Principal line) {
    return intake.callForHelp(call, line);
  }

  /**
   * The ticket as it stands.
   *
   * @throws NotFoundException when there is no such ticket
   * @throws ForbiddenException when its grid lies outside the reader's scope
   */
  public Ticket get(TicketId id, Principal reader) {
    return queries.get(id, reader);
  }

  /** The ticket's full history, in version order; scope-checked as {@link #get}. */
  public List<TicketEvent> history(TicketId id, Principal reader) {
    return queries.history(id, reader);
  }

  /** The commands {@code actor} may send for the ticket now (arguments aside), in definition order. */
  public List<String> commandsAvailable(TicketId id, Principal actor) {
    return queries.commandsAvailable(id, actor);
  }

  /**
   * The open tickets in the reader's grid scope by timing light at {@code at} (红黄绿灯一览): a grid
   * worker's screen lists its own grids' tickets, the command centre's the whole tree's. One pass
   * over the board's columns (about a millisecond per million open tickets).
   */
  public TimingLights lights(Instant at, Principal reader) {
    return queries.lights(at, reader);
  }

  /**
   * How many open tickets in the reader's scope show each light at {@code at} (红黄绿灯统计), from the
   * board's ladders without visiting the tickets.
   */
  public TimingLightCounts lightCounts(Instant at, Principal reader) {
    return queries.lightCounts(at, reader);
  }

  /**
   * How many open tickets under {@code under} (a street, a community, a basic grid) show each light
   * at {@code at}; for a reader whose scope lies inside {@code under}, only its part of it.
   *
   * @throws NotFoundException when the tree has no such grid
   * @throws ForbiddenException when no part of {@code under} lies in the reader's scope
   */
  public TimingLightCounts lightCounts(GridCode under, Instant at, Principal reader) {
    return queries.lightCounts(under, at, reader);
  }

  /**
   * The first {@code limit} tickets under {@code under} (within the reader's scope, as
   * {@link #lightCounts(GridCode, Instant, Principal)}) with this light at {@code at}: red ones the
   * longest overdue first, yellow ones the soonest to turn red first; ties by ticket id
   * ({@link TimingBoard#page}).
   *
   * @throws InvalidInputException for {@link TimingLight#GREEN} or a limit outside 1 to 10,000
   * @throws ForbiddenException when no part of {@code under} lies in the reader's scope
   */
  public List<TicketId> lightPage(GridCode under, TimingLight light, Instant at, int limit, Principal reader) {
    return queries.lightPage(under, light, at, limit, reader);
  }

  /**
   * Checks and applies a command; returns the ticket after it. A command name the ticket's
   * definition lacks is an {@link IllegalCommandException} listing the commands its current state
   * allows; {@link Commands} builds the commands of the shipped definitions by name.
   *
   * @throws NotFoundException for an unknown ticket or department
   * @throws ConflictException when the expected version is stale or a concurrent command won
   * @throws IllegalCommandException when the definition does not allow it now
   * @throws ForbiddenException when the actor's scope or role does not allow it
   * @throws CalendarDataMissingException when a deadline needs a year without calendar data
   */
  public Ticket execute(Command command) {
    CommandCheck.Checked ok = check.check(command);
    Ticket t = ok.ticket();
    List<TicketEvent> events = firing.events(t, ok.definition(), ok.step(), ok.role(), command, ctx.clock.instant());
    return committer.commit(t, events);
  }

  /**
   * Runs the clock at the injected clock's instant (时限巡检): for every open ticket with an alarm
   * due it records, as the system principal, 催办 when the main clock turns yellow, an
   * {@link TicketEventType#OVERDUE} event and 督办 when it turns red, 通报 the definition's
   * bulletin time after; an OVERDUE event for every step clock and report-in limit that passed; and
   * fires the state's timeout transition (the escalation ladder). Tickets a concurrent command
   * changed are skipped and retried on the next run.
   */
  public SweepReport sweep() {
    return clockSweep.sweep();
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
    private GridFusion fusion;
    private HelpPolicy helpPolicy;
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

    /**
     * The place's grid fusion (双格融合): a ticket whose matter type falls under one of its joints
     * lands in the other fused layer too (its staff may read and act on it) and smart dispatch sends
     * it to the joint's lead with its assisting departments. Built on the service's tree and catalogue.
     */
    public Builder fusion(GridFusion fusion) {
      ServiceContext.require(fusion, "fusion");
      this.fusion = fusion;
      return this;
    }

    /** How one-key calls for help are answered ({@link TicketService#callForHelp}); none when not set. */
    public Builder helpPolicy(HelpPolicy policy) {
      ServiceContext.require(policy, "helpPolicy");
      this.helpPolicy = policy;
      return this;
    }

    /** Registers a definition (replacing a shipped one with the same id). */
    public Builder definition(WorkflowDefinition definition) {
      ServiceContext.require(definition, "definition");
      definitions.put(definition.id(), definition);
      return this;
    }

    /** The definition tickets of a matter class follow unless the report names one. */
    public Builder definitionFor(MatterClass matterClass, String definitionId) {
      ServiceContext.require(matterClass, "matterClass");
      ServiceContext.require(definitionId, "definitionId");
      byClass.put(matterClass, definitionId);
      return this;
    }

    /** Adds a listener. */
    public Builder listener(TicketListener listener) {
      ServiceContext.require(listener, "listener");
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
      ServiceContext.require(clock, "clock");
      if (calendar == null) {
        calendar = BusinessCalendar.chinese();
      }
      if (store == null) {
        store = new InMemoryTicketStore();
      }
      ServiceSetup.check(tree, catalogue, definitions, byClass, fusion, helpPolicy, directory);
      TicketService service = new TicketService(this);
      service.loadBoard();
      return service;
    }
  }
}
