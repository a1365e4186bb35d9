package org.gridgov.services;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.core.Scope;

/**
 * The volunteer supermarket (志愿服务超市, article 002: "根据需求清单,建立线上志愿服务超市,通过一键匹配
 * 需求,接单开展服务"): volunteers register with their skills, weekly hours, home grid and cap; a need
 * of the {@link ThreeLists} is matched with one call ({@link #oneKeyMatch}, 一键匹配) to the best of
 * them — skill, distance by the grid tree first, then by location, load and availability — and the
 * best are assigned up to the number the need wants, each within their cap. {@link #match} ranks
 * without assigning and says why each one ({@link Candidate#reasons()}).
 *
 * <p>Only volunteers whose home grid lies within the need's reach and the caller's scope are ever
 * ranked, listed or assigned. A volunteer's load is the needs they serve that are still open or in
 * progress; a need done or withdrawn frees them. Shares the lists' monitor: thread-safe, every change
 * all or nothing.
 */
public final class VolunteerMarket {
  private final ThreeLists lists;
  private final GridTree tree;
  private final Clock clock;
  private final Map<String, Volunteer> volunteers = new LinkedHashMap<>();
  private final List<Assignment> assignments = new ArrayList<>();

  private VolunteerMarket(ThreeLists lists, Clock clock) {
    this.lists = lists;
    this.tree = lists.tree();
    this.clock = clock;
  }

  /** The supermarket of {@code lists}' needs; assignments stamped with {@code clock}. */
  public static VolunteerMarket on(ThreeLists lists, Clock clock) {
    if (lists == null || clock == null) {
      throw new MissingValueException(lists == null ? "lists" : "clock");
    }
    return new VolunteerMarket(lists, clock);
  }

  /**
   * Registers a volunteer (志愿者注册).
   *
   * @throws NotFoundException for a home grid the tree does not have under the registrar's scope roots
   * @throws ForbiddenException when the home grid lies outside the registrar's scope, whether or not
   *     it exists
   * @throws ConflictException when a volunteer has this id
   */
  public Volunteer register(Volunteer volunteer, Principal registrar) {
    Checks.require(volunteer, "volunteer");
    synchronized (lists) {
      Scope scope = Checks.scope(tree, registrar, "registrar");
      Checks.gridInScope(tree, scope, volunteer.homeGrid(), "volunteer.homeGrid", "register volunteers");
      if (volunteers.containsKey(volunteer.id())) {
        throw new ConflictException("volunteer.id", volunteer.id(), "a volunteer with this id is registered");
      }
      volunteers.put(volunteer.id(), volunteer);
      return volunteer;
    }
  }

  /** The volunteers whose home grid lies within the reader's scope, in the order registered. */
  public List<Volunteer> volunteers(Principal reader) {
    synchronized (lists) {
      Scope scope = Checks.scope(tree, reader, "reader");
      List<Volunteer> out = new ArrayList<>();
      volunteers.values().stream().filter(v -> scope.admits(v.homeGrid())).forEach(out::add);
      return Collections.unmodifiableList(out);
    }
  }

  /**
   * The needs a volunteer serves now (open or in progress).
   *
   * @throws NotFoundException for an unknown volunteer
   * @throws ForbiddenException when the volunteer's home grid lies outside the reader's scope
   */
  public int load(String volunteerId, Principal reader) {
    Checks.require(volunteerId, "volunteerId");
    synchronized (lists) {
      Scope scope = Checks.scope(tree, reader, "reader");
      Volunteer v = volunteers.get(volunteerId);
      if (v == null) {
        throw new NotFoundException("volunteerId", volunteerId, "no volunteer with this id is registered");
      }
      if (!scope.admits(v.homeGrid())) {
        throw new ForbiddenException("volunteerId", volunteerId, reader.kind() + " " + reader.id()
            + " may only read volunteers whose home grid lies within " + reader.scopeRoots());
      }
      return loads().getOrDefault(volunteerId, 0);
    }
  }

  /**
   * The assignments of a need the reader may see, in the order made: those of volunteers whose home
   * grid lies within the reader's scope (a need's volunteers may come from a neighbouring grid).
   */
  public List<Assignment> assignments(String needId, Principal reader) {
    synchronized (lists) {
      lists.get(needId, reader);
      Scope scope = Checks.scope(tree, reader, "reader");
      return assignments.stream().filter(a -> a.need().equals(needId))
          .filter(a -> scope.admits(volunteers.get(a.volunteer()).homeGrid())).toList();
    }
  }

  /**
   * Ranks the volunteers for a need, with the reasons, and changes nothing.
   *
   * @throws NotFoundException for an unknown need
   * @throws ForbiddenException when the need lies outside the caller's scope
   * @throws InvalidInputException when the item is not a need that is open or in progress
   */
  public Match match(String needId, Principal caller) {
    synchronized (lists) {
      Scope scope = Checks.scope(tree, caller, "caller");
      ListItem need = lists.activeNeed(needId, scope, "needId");
      return rank(need, scope);
    }
  }

  /**
   * One-key matching (一键匹配): ranks the volunteers for the need and assigns the best, as many as it
   * still wants; the match says who. With nobody to assign, nothing changes and the match's
   * exclusions say why.
   *
   * @throws InvalidInputException when the need has all the volunteers it wants, or is not an active need
   */
  public Match oneKeyMatch(String needId, Principal caller) {
    synchronized (lists) {
      Scope scope = Checks.scope(tree, caller, "caller");
      ListItem need = lists.activeNeed(needId, scope, "needId");
      int room = room(need);
      Match m = rank(need, scope);
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < Math.min(room, m.candidates().size()); i++) {
        chosen.add(m.candidates().get(i).volunteer());
      }
      commit(need, chosen, caller);
      return new Match(m.need(), m.candidates(), m.excluded(), chosen);
    }
  }

  /**
   * Assigns the named volunteers to a need (派单), all or none: each must be registered, within the
   * need's reach and the caller's scope, offer a skill the need asks for, be below their cap and
   * not serve it already, and together they may not exceed what the need still wants.
   *
   * @throws NotFoundException for an unknown volunteer ({@code volunteers[i]})
   * @throws ForbiddenException for a volunteer outside the need's reach or the caller's scope
   * @throws ConflictException for a volunteer at their cap
   * @throws InvalidInputException for no volunteer named, a volunteer without a skill asked for, named
   *     twice or serving it already, or more volunteers than the need still wants
   * @throws MissingValueException for a missing list or a missing id in it ({@code volunteers[i]})
   */
  public List<Assignment> assign(String needId, List<String> volunteerIds, Principal caller) {
    Checks.require(volunteerIds, "volunteers");
    List<String> ids = new ArrayList<>(volunteerIds);   // checked and assigned from one copy
    if (ids.isEmpty()) {
      throw new InvalidInputException("volunteers", "[]", "name at least one volunteer");
    }
    for (int i = 0; i < ids.size(); i++) {
      Checks.require(ids.get(i), "volunteers[" + i + "]");
    }
    synchronized (lists) {
      Scope scope = Checks.scope(tree, caller, "caller");
      ListItem need = lists.activeNeed(needId, scope, "needId");
      GridNode reach = reachOf(need);
      Map<String, Integer> loads = loads();
      Set<String> serving = serving(need.id());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        String field = "volunteers[" + i + "]";
        String id = ids.get(i);
        Volunteer v = volunteers.get(id);
        if (v == null || !scope.admits(v.homeGrid())) {
          throw new NotFoundException(field, id, "no volunteer with this id is registered within the caller's scope");
        }
        if (!reach.covers(tree.node(v.homeGrid()))) {
          throw new ForbiddenException(field, id, "lives in " + v.homeGrid() + ", outside the need's reach " + reach.code());
        }
        if (v.skills().stream().noneMatch(s -> need.input().skills().contains(s))) {
          throw new InvalidInputException(field, id, "offers none of the skills asked for " + need.input().skills());
        }
        if (!seen.add(id) || serving.contains(id)) {
          throw new InvalidInputException(field, id, "a volunteer serves a need once");
        }
        if (loads.getOrDefault(id, 0) >= v.cap()) {
          throw new ConflictException(field, id, "at the cap: serves " + loads.getOrDefault(id, 0) + " of " + v.cap() + " needs");
        }
      }
      if (ids.size() > room(need)) {
        throw new InvalidInputException("volunteers", ids.toString(), "need " + need.id() + " wants "
            + room(need) + " more volunteer(s)");
      }
      return commit(need, ids, caller);
    }
  }

  private Match rank(ListItem need, Scope scope) {
    return VolunteerRanking.rank(need, new ArrayList<>(volunteers.values()), loads(), serving(need.id()), tree, reachOf(need), scope);
  }

  private List<Assignment> commit(ListItem need, List<String> chosen, Principal by) {
    Instant now = clock.instant();
    List<Assignment> made = new ArrayList<>();
    for (String v : chosen) {
      made.add(new Assignment(need.id(), v, now, by.id()));
    }
    assignments.addAll(made);
    if (!made.isEmpty()) {
      lists.serving(need.id());
    }
    return Collections.unmodifiableList(made);
  }

  private int room(ListItem need) {
    int room = need.input().wanted() - serving(need.id()).size();
    if (room <= 0) {
      throw new InvalidInputException("needId", need.id(), "the need has all the " + need.input().wanted() + " volunteer(s) it wants");
    }
    return room;
  }

  private GridNode reachOf(ListItem need) {
    GridNode grid = tree.node(need.grid());
    return need.input().reach().map(tree::node).orElse(grid.parent().orElse(grid));
  }

  private Set<String> serving(String needId) {
    Set<String> out = new HashSet<>();
    assignments.stream().filter(a -> a.need().equals(needId)).forEach(a -> out.add(a.volunteer()));
    return out;
  }

  /** Active needs per volunteer: assignments whose need is neither done nor withdrawn. */
  private Map<String, Integer> loads() {
    Map<String, Integer> out = new HashMap<>();
    for (Assignment a : assignments) {
      if (!lists.status(a.need()).isFinal()) {
        out.merge(a.volunteer(), 1, Integer::sum);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    synchronized (lists) {
      return "VolunteerMarket[" + volunteers.size() + " volunteers, " + assignments.size() + " assignments]";
    }
  }
}
