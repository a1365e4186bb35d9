package org.gridgov.examples.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.GridCode;
import org.gridgov.core.Role;
import org.gridgov.core.StaffAssignment;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.MonthScores;
import org.gridgov.scoring.Figures;
import org.gridgov.scoring.Indicator;
import org.gridgov.scoring.Ranked;
import org.gridgov.scoring.Ranking;

/**
 * {@code ranking.csv}: the month's three rankings in one table, told apart by {@code role} —
 * {@code department} (职能部门, the briefing's ranking), {@code grid} (the basic grids on their own
 * tickets) and {@code worker} (网格员) — each row with its rank (ties share one), composite score,
 * movement against last month where there is one, and the counts behind it (events of the month,
 * the indicators of docs/scoring.md). UTF-8 with a header.
 */
final class RankingRows {
  static final String HEADER = "role,rank,subject,name,grid,score,movement,received,closed,closed_on_time,overdue,"
      + "returned,rework,rated,satisfied";

  private RankingRows() {}

  static void write(MonthScores scores, Path file) {
    District d = scores.district();
    Map<String, GridCode> workerGrid = new HashMap<>();
    for (StaffAssignment a : d.roster().assignments()) {
      if (a.role().equals(Role.GRID_WORKER.id())) {
        workerGrid.putIfAbsent(a.staffId(), a.grid());
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (Ranked r : scores.departments().entries()) {
        String id = r.subject().id();
        out.write(row("department", r, id, d.catalogue().department(id).name(), "",
            scores.briefing().departmentFigures().get(id)));
      }
      for (Ranked r : scores.grids().entries()) {
        GridCode g = GridCode.parse(r.subject().id());
        out.write(row("grid", r, g.value(), d.tree().get(g).name(), g.value(), scores.indicators().grid(g)));
      }
      Ranking workers = scores.workers();
      for (Ranked r : workers.entries()) {
        String id = r.subject().id();
        GridCode g = workerGrid.get(id);
        out.write(row("worker", r, id, d.roster().staff().get(id).name(), g.value(), scores.indicators().grid(g)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String row(String role, Ranked r, String id, String name, String grid, Figures f) {
    List<String> row = new ArrayList<>();
    row.add(role);
    row.add(r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "");
    row.add(id);
    row.add(name);
    row.add(grid);
    row.add(r.score().value().map(v -> v.toPlainString()).orElse(""));
    row.add(r.movement().isPresent() ? Integer.toString(r.movement().getAsInt()) : "");
    for (Indicator i : List.of(Indicator.RECEIVED, Indicator.CLOSED, Indicator.CLOSED_ON_TIME, Indicator.OVERDUE,
        Indicator.RETURNED, Indicator.REWORK, Indicator.RATED)) {
      row.add(Long.toString(f.count(i)));
    }
    row.add(Long.toString(f.count(Indicator.SATISFIED) + f.count(Indicator.BASICALLY_SATISFIED)));
    return Csv.line(row);
  }
}
