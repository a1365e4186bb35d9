package org.gridgov.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * What a review puts on the table (调度议程), as of the instant it is prepared: the open items of the
 * reviewed subtree (every ticket still open, overdue ones marked), the overdue items of the period
 * (超期工单, with urging and outcome), the period's figures of the subtree and its rankings — the
 * departments on the subtree's tickets, and the reviewed grid's children of the base layer — with
 * the given weights. Data and {@link #toMarkdown()}; immutable.
 */
public final class ReviewAgenda {
  /**
   * A ticket still open at the agenda's instant (待办事项).
   *
   * @param ticket the ticket
   * @param matterType its matter type
   * @param grid its basic grid
   * @param state its state
   * @param department the department holding it, if any
   * @param reportedAt when it was reported
   * @param dueAt its main due instant, once its clock started
   * @param overdue true when that instant has passed
   */
  public record Item(TicketId ticket, String matterType, GridCode grid, String state, Optional<String> department,
      Instant reportedAt, Optional<Instant> dueAt, boolean overdue) {
    public Item {
      if (ticket == null || matterType == null || grid == null || state == null || department == null || reportedAt == null
          || dueAt == null) {
        throw new MissingValueException("item");
      }
    }
  }

  private final ReviewOccurrence occurrence;
  private final Instant asOf;
  private final String title;
  private final List<Item> open;
  private final List<OverdueTicket> overdue;
  private final Figures total;
  private final Ranking departments;
  private final Ranking grids;
  private final Map<String, String> names;

  private ReviewAgenda(ReviewOccurrence occurrence, Instant asOf, String title, List<Item> open, List<OverdueTicket> overdue,
      Figures total, Ranking departments, Ranking grids, Map<String, String> names) {
    this.occurrence = occurrence;
    this.asOf = asOf;
    this.title = title;
    this.open = open;
    this.overdue = overdue;
    this.total = total;
    this.departments = departments;
    this.grids = grids;
    this.names = names;
  }

  /**
   * Prepares the agenda of {@code occurrence} as of {@code asOf} from the place's ticket events:
   * every event of each ticket up to {@code asOf} (any order of tickets, each ticket's from version 1
   * in order; later events are ignored). Only tickets of the reviewed subtree count.
   *
   * @throws org.gridgov.core.InvalidInputException when a ticket's events do not start at version 1
   *     or skip one
   * @throws org.gridgov.core.NotFoundException for an event of a grid, department or matter type the
   *     tree or catalogue lacks
   */
  public static ReviewAgenda of(ReviewOccurrence occurrence, GridTree tree, MatterCatalogue catalogue,
      CompositeWeights weights, Iterable<TicketEvent> events, Instant asOf) {
    if (occurrence == null || tree == null || catalogue == null || weights == null || events == null || asOf == null) {
      throw new MissingValueException(occurrence == null ? "occurrence" : tree == null ? "tree" : catalogue == null
          ? "catalogue" : weights == null ? "weights" : events == null ? "events" : "asOf");
    }
    GridNode reviewed = tree.node(occurrence.schedule().grid());
    Map<TicketId, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    for (TicketEvent e : events) {
      if (e == null) {
        throw new MissingValueException("events[]");
      }
      if (!e.occurredAt().isAfter(asOf) && tree.findNode(e.grid()).map(reviewed::covers).orElse(false)) {
        byTicket.computeIfAbsent(e.ticketId(), k -> new ArrayList<>()).add(e);
      }
    }
    byTicket.values().forEach(l -> l.sort(Comparator.comparingLong(TicketEvent::version)));
    ScoringPeriod period = occurrence.period();
    IndicatorAccumulator counts = IndicatorAccumulator.builder(tree, catalogue).period(period)
        .history(id -> byTicket.getOrDefault(id, List.of())).build();
    OverdueRegister register = OverdueRegister.of(period);
    List<Item> open = new ArrayList<>();
    for (List<TicketEvent> history : byTicket.values()) {
      Ticket t = Ticket.replay(history);
      if (t.isOpen()) {
        Optional<Instant> due = t.deadline().map(Deadline::dueAt);
        open.add(new Item(t.id(), t.matterType(), t.grid(), t.state(), t.department(), t.reportedAt(), due,
            t.deadline().map(d -> d.isOverdueAt(asOf)).orElse(false)));
      }
      for (TicketEvent e : history) {
        if (period.contains(e.occurredAt())) {
          counts.accept(e);
          register.accept(e);
        }
      }
    }
    open.sort(Comparator.comparing(Item::reportedAt).thenComparing(Item::ticket));
    Indicators figures = counts.snapshot();
    List<Score> deptScores = new ArrayList<>();
    for (Figures f : figures.departments()) {
      if (!f.isZero()) {
        deptScores.add(weights.score(ScoredRole.DEPARTMENT, f));
      }
    }
    List<Score> gridScores = new ArrayList<>();
    String base = tree.scheme().baseLayer();
    for (Grid child : tree.children(reviewed.code())) {
      if (tree.layerOf(child.code()).equals(base)) {
        gridScores.add(weights.score(ScoredRole.GRID_LEADER, figures.grid(child.code())));
      }
    }
    Map<String, String> names = new HashMap<>();
    catalogue.departments().forEach(d -> names.put(d.id(), d.name()));
    catalogue.matterTypes().forEach(m -> names.put(m.code(), m.name()));
    tree.children(reviewed.code()).forEach(g -> names.put(g.code().value(), g.name()));
    open.forEach(i -> names.put(i.grid().value(), tree.get(i.grid()).name()));
    register.tickets().forEach(o -> names.put(o.grid().value(), tree.get(o.grid()).name()));
    String title = occurrence.schedule().holder() + " " + occurrence.schedule().kind().chineseName() + " "
        + reviewed.grid().name() + " " + period.label();
    return new ReviewAgenda(occurrence, asOf, title, Collections.unmodifiableList(open), register.tickets(),
        figures.grid(reviewed.code()), Ranking.of(ScoredRole.DEPARTMENT, deptScores), Ranking.of(ScoredRole.GRID_LEADER, gridScores),
        Collections.unmodifiableMap(names));
  }

  /** The review this agenda is for. */
  public ReviewOccurrence occurrence() {
    return occurrence;
  }

  /** The instant it was prepared as of. */
  public Instant asOf() {
    return asOf;
  }

  /** Its title: holder, kind, grid and period. */
  public String title() {
    return title;
  }

  /** The subtree's tickets still open, by reporting instant. */
  public List<Item> openItems() {
    return open;
  }

  /** The open items past their due instant. */
  public List<Item> overdueOpenItems() {
    return open.stream().filter(Item::overdue).toList();
  }

  /** The subtree's tickets whose main limit passed in the period (up to the agenda's instant). */
  public List<OverdueTicket> overdueItems() {
    return overdue;
  }

  /** The period's figures of the reviewed subtree. */
  public Figures total() {
    return total;
  }

  /** The departments ranked on the subtree's tickets of the period. */
  public Ranking departments() {
    return departments;
  }

  /** The reviewed grid's children (of the base layer) ranked on their tickets of the period. */
  public Ranking grids() {
    return grids;
  }

  /** The name of a department, matter type or grid code on the agenda; the id when unknown. */
  public String name(String id) {
    return names.getOrDefault(id, id);
  }

  /** The agenda as Markdown, in Chinese. */
  public String toMarkdown() {
    return ReviewAgendaMarkdown.render(this);
  }

  @Override
  public String toString() {
    return "ReviewAgenda[" + occurrence.id() + " as of " + asOf + ": " + open.size() + " open, " + overdue.size() + " overdue]";
  }
}
