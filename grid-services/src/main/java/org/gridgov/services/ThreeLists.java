package org.gridgov.services;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.Scope;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Outcome;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.TicketListener;

/**
 * The three lists (三项清单, article 002: "民情民意线上汇总、分类,自动汇成资源、需求、项目三个清单"):
 * residents' input collected by grid workers, each sorted into the resource, need or project list
 * with its grid, owner (the grid's worker from the roster, else the collector) and status. A need
 * becomes a ticket of the workflow ({@link #toTicket}) or joins a project ({@link #toProject}); a
 * need whose ticket closes is done ({@link #ticketListener()}). Every read and act is within the
 * principal's {@link Scope}.
 *
 * <p>The embedded, in-memory registry: thread-safe (one monitor), every change all or nothing —
 * a refused step changes nothing.
 */
public final class ThreeLists {
  private final GridTree tree;
  private final Clock clock;
  private final Optional<Roster> roster;
  private final Map<String, ListItem> items = new LinkedHashMap<>();
  private final Map<String, String> needByTicket = new HashMap<>();
  private final Map<ListKind, Integer> numbers = new EnumMap<>(ListKind.class);

  private ThreeLists(Builder b) {
    this.tree = b.tree;
    this.clock = b.clock;
    this.roster = Optional.ofNullable(b.roster);
  }

  /** A builder of the lists of {@code tree}'s grids. */
  public static Builder builder(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return new Builder(tree);
  }

  /** The tree. */
  public GridTree tree() {
    return tree;
  }

  /**
   * Sorts {@code input} into its list (录入): checks its grid (in the tree, in the collector's
   * scope; a basic grid for a need) and reach, and files it with its owner and status
   * {@link ItemStatus#OPEN}.
   *
   * @throws NotFoundException for a reach the tree does not have, or a grid it does not have under
   *     the collector's own scope roots
   * @throws ForbiddenException when the grid lies outside the collector's scope (whether or not it
   *     exists: the answer says nothing about grids outside the scope)
   * @throws InvalidInputException for a need outside a basic grid or a reach that is not the grid or an ancestor
   * @throws ConflictException when an item has the input's id
   */
  public synchronized ListItem record(ResidentInput input, Principal collector) {
    Checks.require(input, "input");
    Scope scope = Checks.scope(tree, collector, "collector");
    GridNode node = Checks.gridInScope(tree, scope, input.grid(), "input.grid", "record");
    if (input.kind() == ListKind.NEED && node.level() != tree.scheme().basicLevel()) {
      throw new InvalidInputException("input.grid", input.grid().value(), "a need is recorded in a basic grid (level "
          + tree.scheme().basicLevel() + "); this grid is at level " + node.level());
    }
    if (input.reach().isPresent()) {
      GridNode reach = Checks.node(tree, input.reach().get(), "input.reach");
      if (!reach.covers(node)) {
        throw new InvalidInputException("input.reach", reach.code().value(), "must be the grid " + node.code() + " or an ancestor of it");
      }
    }
    String id = input.id().orElseGet(() -> nextId(input.kind()));
    if (items.containsKey(id)) {
      throw new ConflictException("input.id", id, "an item with this id is already on the lists");
    }
    Instant now = clock.instant();
    ListItem item = ListItem.builder().id(id).input(input).owner(ownerOf(node, collector)).status(ItemStatus.OPEN)
        .collectedBy(collector.id()).collectedAt(now).updatedAt(now).build();
    if (input.id().isEmpty()) {
      numbers.merge(input.kind(), 1, Integer::sum);
    }
    items.put(id, item);
    return item;
  }

  /**
   * The item with this id.
   *
   * @throws NotFoundException when there is none
   * @throws ForbiddenException when its grid lies outside the reader's scope
   */
  public synchronized ListItem get(String id, Principal reader) {
    return visible(id, Checks.scope(tree, reader, "reader"), "id");
  }

  /**
   * The items the query asks for, within the reader's scope, in the order recorded.
   *
   * @throws ForbiddenException when the query's grid lies outside the reader's scope
   */
  public synchronized List<ListItem> query(ListQuery query, Principal reader) {
    Checks.require(query, "query");
    Scope scope = Checks.scope(tree, reader, "reader");
    Optional<GridNode> under = query.under().map(u -> {
      scope.check(u);
      return tree.node(u);
    });
    List<ListItem> out = new ArrayList<>();
    for (ListItem i : items.values()) {
      GridNode n = tree.node(i.grid());
      if (query.kind().map(k -> k == i.kind()).orElse(true) && under.map(u -> u.covers(n)).orElse(true)
          && scope.admits(i.grid()) && query.from().map(f -> !i.collectedAt().isBefore(f)).orElse(true)
          && query.to().map(t -> i.collectedAt().isBefore(t)).orElse(true)
          && (query.statuses().isEmpty() || query.statuses().contains(i.status()))) {
        out.add(i);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Turns an open need into a ticket of the workflow (转为工单): reports it through {@code service}
   * as {@code matterType} in the need's grid (and at its location, if recorded: the service's
   * locator must agree), by the channel it came in, the resident as reporter; the need is then in
   * progress and linked to the ticket. The service's refusal changes nothing.
   *
   * @throws InvalidInputException when the item is not an open need
   */
  public synchronized ListItem toTicket(String needId, TicketService service, String matterType, Principal actor) {
    Checks.require(service, "service");
    Checks.require(matterType, "matterType");
    ListItem need = openNeed(needId, Checks.scope(tree, actor, "actor"), "needId");
    ResidentInput in = need.input();
    Reporter reporter = in.resident().isPresent() || in.phone().isPresent()
        ? new Reporter(org.gridgov.workflow.ReporterKind.RESIDENT, need.id(), in.resident(), in.phone()) : Reporter.anonymous();
    NewTicket.Builder b = NewTicket.builder().channel(in.channel()).matterType(matterType).grid(in.grid()).reporter(reporter)
        .summary(in.title());
    in.location().ifPresent(b::location);
    Ticket t = service.report(b.build(), actor);
    ListItem after = need.withStatus(ItemStatus.IN_PROGRESS).withTicket(t.id()).withUpdatedAt(clock.instant());
    items.put(after.id(), after);
    needByTicket.put(t.id().value(), after.id());
    return after;
  }

  /**
   * Gathers open needs into a new project (转为项目, 微网格服务项目): filed in the needs' lowest common
   * grid, reached from there, asking for the skills they ask for; the needs are then in progress
   * and linked to it. All or nothing.
   *
   * @throws InvalidInputException when no need is given, one is given twice, or one is not an open need
   */
  public synchronized ListItem toProject(List<String> needIds, String title, Principal actor) {
    Checks.require(needIds, "needIds");
    Scope scope = Checks.scope(tree, actor, "actor");
    if (needIds.isEmpty()) {
      throw new InvalidInputException("needIds", "[]", "a project is made of at least one need");
    }
    List<ListItem> needs = new ArrayList<>();
    Set<String> skills = new TreeSet<>();
    GridCode common = null;
    for (int i = 0; i < needIds.size(); i++) {
      ListItem n = openNeed(needIds.get(i), scope, "needIds[" + i + "]");
      if (needs.contains(n)) {
        throw new InvalidInputException("needIds[" + i + "]", n.id(), "each need is given once");
      }
      needs.add(n);
      skills.addAll(n.input().skills());
      common = common == null ? n.grid() : tree.lowestCommonAncestor(common, n.grid()).map(Grid::code)
          .orElseThrow(() -> new InvalidInputException("needIds", needIds.toString(), "the needs lie in different trees"));
    }
    ResidentInput project = ResidentInput.builder().kind(ListKind.PROJECT).channel(Channel.MEETING).grid(common)
        .title(title == null ? "" : title).skills(skills).reach(common).build();
    ListItem made = record(project, actor);
    List<String> ids = new ArrayList<>();
    needs.forEach(n -> ids.add(n.id()));
    made = made.withNeeds(ids);
    items.put(made.id(), made);
    Instant now = clock.instant();
    for (ListItem n : needs) {
      items.put(n.id(), n.withStatus(ItemStatus.IN_PROGRESS).withProject(made.id()).withUpdatedAt(now));
    }
    return made;
  }

  /** Marks an item done (办结销号); a project's needs are done with it. */
  public synchronized ListItem complete(String id, Principal actor) {
    return finish(id, actor, ItemStatus.DONE);
  }

  /**
   * Withdraws an item (撤回): a resident no longer needs it, a resource is no longer offered. A
   * withdrawn project's needs are not withdrawn with it: they go back on the needs list, open.
   */
  public synchronized ListItem withdraw(String id, Principal actor) {
    return finish(id, actor, ItemStatus.WITHDRAWN);
  }

  private ListItem finish(String id, Principal actor, ItemStatus status) {
    ListItem item = visible(id, Checks.scope(tree, actor, "actor"), "id");
    if (item.status().isFinal()) {
      throw new InvalidInputException("id", id, "item is " + item.status() + " already");
    }
    Instant now = clock.instant();
    ListItem after = item.withStatus(status).withUpdatedAt(now);
    items.put(id, after);
    if (item.kind() == ListKind.PROJECT) {
      for (String n : item.needs()) {
        ListItem need = items.get(n);
        if (!need.status().isFinal()) {   // done with the project; back on the needs list when it is withdrawn
          items.put(n, status == ItemStatus.DONE ? need.withStatus(status).withUpdatedAt(now)
              : need.withStatus(ItemStatus.OPEN).withProject(Optional.empty()).withUpdatedAt(now));
        }
      }
    }
    return after;
  }

  /**
   * A listener for the {@link TicketService} the needs' tickets go to: a need whose ticket closes is
   * done; one whose ticket is rejected or cancelled is open again (its ticket stays linked until the
   * next).
   */
  public TicketListener ticketListener() {
    return (ticket, events) -> {
      if (ticket.isOpen()) {
        return;
      }
      synchronized (this) {
        String needId = needByTicket.get(ticket.id().value());
        ListItem need = needId == null ? null : items.get(needId);
        if (need != null && need.status() == ItemStatus.IN_PROGRESS && need.ticket().equals(Optional.of(ticket.id()))) {
          ItemStatus s = ticket.outcome().get() == Outcome.CLOSED ? ItemStatus.DONE : ItemStatus.OPEN;
          items.put(needId, need.withStatus(s).withUpdatedAt(clock.instant()));
        }
      }
    };
  }

  /** The open or in-progress need {@code id} in {@code scope}; for the market, under this monitor. */
  ListItem activeNeed(String id, Scope scope, String field) {
    ListItem n = visible(id, scope, field);
    if (n.kind() != ListKind.NEED || n.status().isFinal()) {
      throw new InvalidInputException(field, String.valueOf(id), "must be a need that is open or in progress; it is a "
          + n.kind() + " " + n.status());
    }
    return n;
  }

  /** The status of an item, for the market's load (under this monitor). */
  ItemStatus status(String id) {
    return items.get(id).status();
  }

  /** Marks a need in progress once volunteers serve it (under this monitor). */
  void serving(String id) {
    ListItem n = items.get(id);
    if (n.status() == ItemStatus.OPEN) {
      items.put(id, n.withStatus(ItemStatus.IN_PROGRESS).withUpdatedAt(clock.instant()));
    }
  }

  private ListItem openNeed(String id, Scope scope, String field) {
    ListItem n = visible(id, scope, field);
    if (n.kind() != ListKind.NEED || n.status() != ItemStatus.OPEN) {
      throw new InvalidInputException(field, id, "must be an open need; it is a " + n.kind() + " " + n.status());
    }
    return n;
  }

  private ListItem visible(String id, Scope scope, String field) {
    if (id == null) {
      throw new MissingValueException(field);
    }
    ListItem item = items.get(id);
    if (item == null) {
      throw new NotFoundException(field, id, "no item of the three lists has this id");
    }
    if (!scope.admits(item.grid())) {
      throw new ForbiddenException(field, id, scope.principal().kind() + " " + scope.principal().id()
          + " may only read and act within " + scope.principal().scopeRoots() + "; this item's grid lies outside");
    }
    return item;
  }

  private String ownerOf(GridNode node, Principal collector) {
    if (roster.isPresent()) {
      Set<String> workers = new LinkedHashSet<>();
      roster.get().assignments().stream().filter(a -> a.grid().equals(node.code()) && a.role().equals(Role.GRID_WORKER.id()))
          .forEach(a -> workers.add(a.staffId()));
      if (!workers.isEmpty()) {
        return workers.iterator().next();
      }
    }
    return collector.id();
  }

  private String nextId(ListKind kind) {
    String prefix = kind == ListKind.RESOURCE ? "R-" : kind == ListKind.NEED ? "N-" : "P-";
    int n = numbers.getOrDefault(kind, 0);
    String id;
    do {
      id = String.format("%s%06d", prefix, ++n);
    } while (items.containsKey(id));
    return id;
  }

  @Override
  public synchronized String toString() {
    return "ThreeLists[" + items.size() + " items]";
  }

  /** Builds {@link ThreeLists}. */
  public static final class Builder {
    private final GridTree tree;
    private Clock clock = Clock.systemUTC();
    private Roster roster;

    private Builder(GridTree tree) {
      this.tree = tree;
    }

    /** The clock items are stamped with; the system clock when not set. */
    public Builder clock(Clock clock) {
      Checks.require(clock, "clock");
      this.clock = clock;
      return this;
    }

    /** The roster whose grid workers own the items of their grids; the collector owns them when not set. */
    public Builder roster(Roster roster) {
      Checks.require(roster, "roster");
      if (roster.tree() != tree) {
        throw new InvalidInputException("roster", "tree", "the roster must be built on the lists' tree");
      }
      this.roster = roster;
      return this;
    }

    public ThreeLists build() {
      return new ThreeLists(this);
    }
  }
}
