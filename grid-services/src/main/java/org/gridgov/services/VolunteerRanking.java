package org.gridgov.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.Scope;
import org.gridgov.workflow.ReportedPlace;

/**
 * The supermarket's ranking (匹配排序), a pure function of its inputs: volunteers within the need's
 * reach and the caller's scope, who offer at least one of its skills, are below their cap and do
 * not serve it yet, ordered by skills offered (more first), steps in the grid tree, metres (unknown
 * last), load, availability at the need's time, and id — so the same input gives the same answer
 * whatever order the volunteers were registered in.
 */
final class VolunteerRanking {
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private VolunteerRanking() {}

  record Unranked(Volunteer v, List<String> skills, int steps, OptionalLong metres, int load, boolean available) {}

  static Match rank(ListItem need, List<Volunteer> volunteers, Map<String, Integer> loads, Set<String> serving, GridTree tree,
      GridNode reach, Scope caller) {
    GridNode needGrid = tree.node(need.grid());
    List<Unranked> eligible = new ArrayList<>();
    List<Match.Excluded> excluded = new ArrayList<>();
    List<Volunteer> sorted = new ArrayList<>(volunteers);
    sorted.sort(Comparator.comparing(Volunteer::id));
    for (Volunteer v : sorted) {
      GridNode home = tree.node(v.homeGrid());
      if (!reach.covers(home) || !caller.admits(v.homeGrid())) {
        continue;
      }
      Set<String> matched = new TreeSet<>(v.skills());
      matched.retainAll(need.input().skills());
      int load = loads.getOrDefault(v.id(), 0);
      if (matched.isEmpty()) {
        excluded.add(new Match.Excluded(v.id(), "offers " + new TreeSet<>(v.skills()) + ", none of the skills asked for "
            + new TreeSet<>(need.input().skills())));
      } else if (serving.contains(v.id())) {
        excluded.add(new Match.Excluded(v.id(), "serves this need already"));
      } else if (load >= v.cap()) {
        excluded.add(new Match.Excluded(v.id(), "at the cap: serves " + load + " of " + v.cap() + " needs"));
      } else {
        boolean free = need.input().time().map(t -> v.availability().stream().anyMatch(a -> a.covers(t))).orElse(true);
        eligible.add(new Unranked(v, List.copyOf(matched), steps(tree, home, needGrid), metres(need.input().location(), v.location()),
            load, free));
      }
    }
    eligible.sort(Comparator.comparingInt((Unranked u) -> -u.skills.size()).thenComparingInt(u -> u.steps)
        .thenComparingLong(u -> u.metres.orElse(Long.MAX_VALUE)).thenComparingInt(u -> u.load)
        .thenComparing(u -> !u.available).thenComparing(u -> u.v.id()));
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < eligible.size(); i++) {
      Unranked u = eligible.get(i);
      out.add(new Candidate(u.v.id(), u.v.name(), i + 1, u.skills, u.steps, u.metres, u.load, u.v.cap(), u.available,
          reasons(u, need, tree)));
    }
    return new Match(need.id(), out, excluded, List.of());
  }

  private static List<String> reasons(Unranked u, ListItem need, GridTree tree) {
    List<String> r = new ArrayList<>();
    r.add("skills " + String.join(", ", u.skills) + ": " + u.skills.size() + " of the " + need.input().skills().size() + " asked for");
    r.add("home grid " + tree.get(u.v.homeGrid()).name() + " (" + u.v.homeGrid() + "): " + u.steps
        + (u.steps == 0 ? " steps in the grid tree, the need's own grid" : " steps in the grid tree from the need's grid"));
    r.add(u.metres.isPresent() ? u.metres.getAsLong() + " m from the need" : "distance unknown (no location in one coordinate system)");
    r.add("serves " + u.load + " of at most " + u.v.cap() + " needs");
    r.add(need.input().time().map(t -> (u.available ? "free " : "not free ") + t + (u.v.availability().isEmpty() ? " (no hours given)"
        : " (hours " + u.v.availability() + ")")).orElse("the need gives no time"));
    return r;
  }

  /** Steps from {@code a} to {@code b} through their lowest common ancestor. */
  static int steps(GridTree tree, GridNode a, GridNode b) {
    int common = tree.lowestCommonAncestor(a.code(), b.code()).map(g -> g.level()).orElse(0);
    return a.level() + b.level() - 2 * common;
  }

  /** The great-circle distance in whole metres, when both places are known in one coordinate system. */
  static OptionalLong metres(Optional<ReportedPlace> a, Optional<ReportedPlace> b) {
    if (a.isEmpty() || b.isEmpty() || a.get().datum() != b.get().datum()) {
      return OptionalLong.empty();
    }
    double lat1 = Math.toRadians(a.get().latitude());
    double lat2 = Math.toRadians(b.get().latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.get().longitude() - a.get().longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return OptionalLong.of(Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))));
  }
}
