package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Department;
import org.gridgov.core.Grid;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterType;
import org.gridgov.core.MissingValueException;

/**
 * The monthly briefing (月度通报) as data: the place's totals, the departments' ranking with its
 * month-on-month movement, the overdue notice grouped by department (超期工单通报), the bottom-N
 * warnings (末位预警), the top performers (departments and grid workers), and the accountability
 * findings. {@link #toMarkdown()} renders it for publication.
 *
 * @param title the place, e.g. 太白湖新区
 * @param period the month
 * @param total the place's figures
 * @param departments the departments' ranking, with movement when a previous ranking was given
 * @param departmentFigures each department's figures, by id
 * @param workers the grid workers' ranking, when assessed
 * @param overdue the overdue notice by department
 * @param bottomWarnings the worst {@code bottomN} departments (ties included), worst last
 * @param topDepartments the best {@code topN} departments (ties included)
 * @param topWorkers the best {@code topN} grid workers (ties included)
 * @param accountability the accountability findings of the month's overdue and reworked tickets
 * @param bottomN how many places the warning covers
 * @param topN how many places the top performers cover
 * @param names display names of departments, grids and matter types by id
 */
public record MonthlyBriefing(String title, ScoringPeriod period, Figures total, Ranking departments,
    Map<String, Figures> departmentFigures, Optional<Ranking> workers,
    List<OverdueRegister.Group> overdue, List<Ranked> bottomWarnings, List<Ranked> topDepartments, List<Ranked> topWorkers,
    List<AccountabilityCase> accountability, int bottomN, int topN, Map<String, String> names) {
  public MonthlyBriefing {
    if (title == null) {
      throw new MissingValueException("title");
    }
    if (period == null) {
      throw new MissingValueException("period");
    }
    if (total == null) {
      throw new MissingValueException("total");
    }
    if (departments == null) {
      throw new MissingValueException("departments");
    }
    if (departmentFigures == null) {
      throw new MissingValueException("departmentFigures");
    }
    if (workers == null) {
      throw new MissingValueException("workers");
    }
    if (overdue == null) {
      throw new MissingValueException("overdue");
    }
    if (bottomWarnings == null) {
      throw new MissingValueException("bottomWarnings");
    }
    if (topDepartments == null) {
      throw new MissingValueException("topDepartments");
    }
    if (topWorkers == null) {
      throw new MissingValueException("topWorkers");
    }
    if (accountability == null) {
      throw new MissingValueException("accountability");
    }
    if (names == null) {
      throw new MissingValueException("names");
    }
    departmentFigures = Map.copyOf(departmentFigures);
    overdue = List.copyOf(overdue);
    bottomWarnings = List.copyOf(bottomWarnings);
    topDepartments = List.copyOf(topDepartments);
    topWorkers = List.copyOf(topWorkers);
    accountability = List.copyOf(accountability);
    names = Map.copyOf(names);
  }

  /** The number of overdue tickets on the notice. */
  public int overdueCount() {
    return overdue.stream().mapToInt(g -> g.tickets().size()).sum();
  }

  /** The display name of a department, grid or matter type id (the id itself when unnamed). */
  public String name(String id) {
    return names.getOrDefault(id, id);
  }

  /** The briefing as Markdown, in Chinese, for publication. */
  public String toMarkdown() {
    return BriefingMarkdown.render(this);
  }

  /**
   * A builder of the briefing of {@code indicators}' period, ranking departments by
   * {@code weights}.
   */
  public static Builder builder(String title, Indicators indicators, CompositeWeights weights) {
    if (title == null) {
      throw new MissingValueException("title");
    }
    if (indicators == null) {
      throw new MissingValueException("indicators");
    }
    if (weights == null) {
      throw new MissingValueException("weights");
    }
    return new Builder(title, indicators, weights);
  }

  /** Builds a {@link MonthlyBriefing}. */
  public static final class Builder {
    private final String title;
    private final Indicators indicators;
    private final CompositeWeights weights;
    private Ranking previous;
    private OverdueRegister overdue;
    private List<WorkerAssessment> workers;
    private Ranking previousWorkers;
    private List<AccountabilityCase> accountability = List.of();
    private int bottomN = 3;
    private int topN = 3;
    private final Map<String, String> names = new HashMap<>();

    private Builder(String title, Indicators indicators, CompositeWeights weights) {
      this.title = title;
      this.indicators = indicators;
      this.weights = weights;
      for (Grid g : indicators.tree().grids()) {
        names.put(g.code().value(), g.name());
      }
    }

    /** Last month's department ranking, for the movement (环比); a ranking of another role is an InvalidInputException. */
    public Builder previous(Ranking previousDepartments) {
      if (previousDepartments == null) {
        throw new MissingValueException("previous");
      }
      Ranking.requireRole("previous.role", previousDepartments, ScoredRole.DEPARTMENT);
      this.previous = previousDepartments;
      return this;
    }

    /** The month's overdue register (required for the notice; empty notice without). */
    public Builder overdue(OverdueRegister register) {
      if (register == null) {
        throw new MissingValueException("overdue");
      }
      if (!register.period().equals(indicators.period())) {
        throw new InvalidInputException("overdue.period", register.period().label(), "must be the indicators' period "
            + indicators.period().label());
      }
      this.overdue = register;
      return this;
    }

    /** The grid workers' assessments, for their ranking and top performers. */
    public Builder workers(List<WorkerAssessment> assessments) {
      if (assessments == null) {
        throw new MissingValueException("workers");
      }
      for (int i = 0; i < assessments.size(); i++) {
        if (assessments.get(i) == null) {
          throw new MissingValueException("workers[" + i + "]");
        }
      }
      this.workers = List.copyOf(assessments);
      return this;
    }

    /** Last month's grid-worker ranking, for their movement; a ranking of another role is an InvalidInputException. */
    public Builder previousWorkers(Ranking ranking) {
      if (ranking == null) {
        throw new MissingValueException("previousWorkers");
      }
      Ranking.requireRole("previousWorkers.role", ranking, ScoredRole.GRID_WORKER);
      this.previousWorkers = ranking;
      return this;
    }

    /** The month's accountability findings. */
    public Builder accountability(List<AccountabilityCase> cases) {
      if (cases == null) {
        throw new MissingValueException("accountability");
      }
      for (int i = 0; i < cases.size(); i++) {
        if (cases.get(i) == null) {
          throw new MissingValueException("accountability[" + i + "]");
        }
      }
      this.accountability = List.copyOf(cases);
      return this;
    }

    /** How many bottom places are warned (末位预警), 3 by default. */
    public Builder bottomN(int n) {
      this.bottomN = n;
      return this;
    }

    /** How many top places are named, 3 by default. */
    public Builder topN(int n) {
      this.topN = n;
      return this;
    }

    /** Names departments and matter types from the catalogue. */
    public Builder names(MatterCatalogue catalogue) {
      if (catalogue == null) {
        throw new MissingValueException("catalogue");
      }
      for (Department d : catalogue.departments()) {
        names.put(d.id(), d.name());
      }
      for (MatterType m : catalogue.matterTypes()) {
        names.put(m.code(), m.name());
      }
      return this;
    }

    /** Names grid staff from the roster. */
    public Builder names(org.gridgov.core.Roster roster) {
      if (roster == null) {
        throw new MissingValueException("roster");
      }
      roster.staff().forEach((id, m) -> names.put(id, m.name()));
      return this;
    }

    /**
     * The briefing.
     *
     * @throws InvalidInputException for a negative bottom-N or top-N
     */
    public MonthlyBriefing build() {
      if (bottomN < 0) {
        throw new InvalidInputException("bottomN", Integer.toString(bottomN), "must not be negative");
      }
      if (topN < 0) {
        throw new InvalidInputException("topN", Integer.toString(topN), "must not be negative");
      }
      List<Score> scores = new ArrayList<>();
      Map<String, Figures> figures = new HashMap<>();
      for (Figures f : indicators.departments()) {
        scores.add(weights.score(ScoredRole.DEPARTMENT, f));
        figures.put(f.subject().id(), f);
      }
      Ranking departments = Ranking.of(ScoredRole.DEPARTMENT, scores);
      if (previous != null) {
        departments = departments.withPrevious(previous);
      }
      Optional<Ranking> workerRanking = Optional.empty();
      List<Ranked> topWorkers = List.of();
      if (workers != null) {
        Ranking w = WorkerAssessment.rank(workers);
        if (previousWorkers != null) {
          w = w.withPrevious(previousWorkers);
        }
        workerRanking = Optional.of(w);
        topWorkers = w.top(topN);
      }
      List<OverdueRegister.Group> notice = overdue == null ? List.of() : overdue.byDepartment();
      return new MonthlyBriefing(title, indicators.period(), indicators.total(), departments, figures, workerRanking, notice,
          departments.bottom(bottomN), departments.top(topN), topWorkers, accountability, bottomN, topN, names);
    }
  }
}
