package org.gridgov.examples.files;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.Role;
import org.gridgov.core.StaffAssignment;
import org.gridgov.core.StaffMember;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.scoring.Indicator;
import org.gridgov.scoring.Ranked;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketId;

/**
 * What the files say about each grid of the month (网格月度概况): its worker (or police officer),
 * tickets received and closed in the month (its whole subtree's, from the indicators), tickets
 * still open at the month's end and tickets overdue in the month (distinct tickets), and for a
 * basic grid its score and rank.
 */
final class GridFacts {
  private final MonthScores scores;
  private final Map<GridCode, StaffMember> staff = new HashMap<>();
  private final Map<GridCode, Integer> open = new HashMap<>();
  private final Map<GridCode, Set<TicketId>> overdue = new HashMap<>();
  private final Map<GridCode, Ranked> ranked = new HashMap<>();

  GridFacts(MonthScores scores) {
    this.scores = scores;
    District d = scores.district();
    for (StaffAssignment a : d.roster().assignments()) {
      if (a.role().equals(Role.GRID_WORKER.id()) || a.role().equals(Role.POLICE_OFFICER.id())) {
        staff.putIfAbsent(a.grid(), d.roster().staff().get(a.staffId()));
      }
    }
    for (Ticket t : scores.tickets().values()) {
      if (t.isOpen()) {
        for (GridCode g : withAncestors(t.grid())) {
          open.merge(g, 1, Integer::sum);
        }
      }
    }
    for (Grid g : d.basicGrids()) {
      for (GridCode up : withAncestors(g.code())) {
        overdue.computeIfAbsent(up, k -> new LinkedHashSet<>()).addAll(scores.overdue(g.code()));
      }
    }
    for (Ranked r : scores.grids().entries()) {
      ranked.put(GridCode.parse(r.subject().id()), r);
    }
  }

  private List<GridCode> withAncestors(GridCode basic) {
    List<GridCode> out = new java.util.ArrayList<>();
    out.add(basic);
    scores.district().tree().ancestors(basic).forEach(a -> out.add(a.code()));
    return out;
  }

  /** The grid worker of a basic grid, or the officer of a police grid. */
  Optional<StaffMember> staff(GridCode grid) {
    return Optional.ofNullable(staff.get(grid));
  }

  long received(GridCode grid) {
    return scores.indicators().grid(grid).count(Indicator.RECEIVED);
  }

  long closed(GridCode grid) {
    return scores.indicators().grid(grid).count(Indicator.CLOSED);
  }

  int open(GridCode grid) {
    return open.getOrDefault(grid, 0);
  }

  /** Distinct tickets of the grid's subtree overdue in the month. */
  int overdue(GridCode grid) {
    return overdue.getOrDefault(grid, Set.of()).size();
  }

  /** The basic grid's place in the grid ranking. */
  Optional<Ranked> ranked(GridCode grid) {
    return Optional.ofNullable(ranked.get(grid));
  }
}
