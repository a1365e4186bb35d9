package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffAssignment;

/**
 * A grid worker's monthly assessment (网格员月度考核): their points in the month, their home-visit
 * compliance and the ticket figures of their basic grid(s), combined by the grid-worker weights.
 *
 * @param worker the worker
 * @param grids the basic grids the roster assigns them
 * @param points the sum of their ledger entries dated in the period
 * @param visitCompliance the share of their visit duties met; empty without duties
 * @param gridFigures the figures of their grids, summed
 * @param score the composite score
 */
public record WorkerAssessment(Subject worker, List<GridCode> grids, long points, Optional<Ratio> visitCompliance,
    Figures gridFigures, Score score) {
  public WorkerAssessment {
    if (worker == null) {
      throw new MissingValueException("worker");
    }
    if (grids == null) {
      throw new MissingValueException("grids");
    }
    if (visitCompliance == null) {
      throw new MissingValueException("visitCompliance");
    }
    if (gridFigures == null) {
      throw new MissingValueException("gridFigures");
    }
    if (score == null) {
      throw new MissingValueException("score");
    }
    grids = List.copyOf(grids);
  }

  /**
   * Assesses every grid worker of the roster for the indicators' period.
   *
   * @param visits the month's visit compliance; empty when visits are not assessed
   */
  public static List<WorkerAssessment> assess(Roster roster, Indicators indicators, PointsLedger ledger,
      Optional<VisitCompliance> visits, CompositeWeights weights) {
    if (roster == null) {
      throw new MissingValueException("roster");
    }
    if (indicators == null) {
      throw new MissingValueException("indicators");
    }
    if (ledger == null) {
      throw new MissingValueException("ledger");
    }
    if (visits == null) {
      throw new MissingValueException("visits");
    }
    if (weights == null) {
      throw new MissingValueException("weights");
    }
    Map<String, List<GridCode>> grids = new LinkedHashMap<>();
    for (StaffAssignment a : roster.assignments()) {
      if (a.role().equals(Role.GRID_WORKER.id())) {
        grids.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a.grid());
      }
    }
    List<WorkerAssessment> out = new ArrayList<>();
    for (Map.Entry<String, List<GridCode>> w : grids.entrySet()) {
      Subject who = Subject.worker(w.getKey());
      Figures f = null;
      for (GridCode g : w.getValue()) {
        Figures gf = indicators.grid(g);
        f = f == null ? gf : f.plus(gf);
      }
      f = f.as(who);
      long points = ledger.balance(w.getKey(), indicators.period());
      Optional<Ratio> compliance = visits.flatMap(v -> v.ofWorker(w.getKey()));
      out.add(new WorkerAssessment(who, w.getValue(), points, compliance, f, weights.scoreWorker(who, f, points, compliance)));
    }
    out.sort(Comparator.comparing(WorkerAssessment::worker));
    return List.copyOf(out);
  }

  /** The ranking of assessments. */
  public static Ranking rank(List<WorkerAssessment> assessments) {
    if (assessments == null) {
      throw new MissingValueException("assessments");
    }
    List<Score> scores = new ArrayList<>(assessments.size());
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i) == null) {
        throw new MissingValueException("assessments[" + i + "]");
      }
      scores.add(assessments.get(i).score());
    }
    return Ranking.of(ScoredRole.GRID_WORKER, scores);
  }
}
