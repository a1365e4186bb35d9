package org.gridgov.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.CalendarDataMissingException;

/**
 * The regular rhythm of review (常态化调度) of a place, on the working-day calendar: its schedules
 * (who reviews which subtree, monthly, quarterly or half-yearly, due how many working days after
 * the period) from a first day on, and the reviews they make due ({@link ReviewOccurrence}s).
 * {@link #standard} is article 002's rhythm around one community. Immutable; the reviews held are
 * recorded in a {@link ReviewLog}.
 */
public final class ReviewRhythm {
  private final GridTree tree;
  private final BusinessCalendar calendar;
  private final LocalDate from;
  private final List<ReviewSchedule> schedules;

  private ReviewRhythm(GridTree tree, BusinessCalendar calendar, LocalDate from, List<ReviewSchedule> schedules) {
    this.tree = tree;
    this.calendar = calendar;
    this.from = from;
    this.schedules = schedules;
  }

  /** A rhythm of {@code tree}'s grids whose reviews start with the periods containing {@code from}. */
  public static Builder builder(GridTree tree, BusinessCalendar calendar, LocalDate from) {
    if (tree == null || calendar == null || from == null) {
      throw new MissingValueException(tree == null ? "tree" : calendar == null ? "calendar" : "from");
    }
    return new Builder(tree, calendar, from);
  }

  /**
   * Article 002's rhythm around {@code community}: its party committee hears a report every month
   * (due by the 5th working day after the month), the street's party working committee schedules
   * every quarter (over the street, due within 10 working days), the leader in charge visits every
   * half-year (within the half-year) and the street assesses the community's committee every
   * half-year (due within 10 working days).
   *
   * @throws NotFoundException when the tree has no such grid
   * @throws InvalidInputException when the community has no parent (a street) in the tree
   */
  public static ReviewRhythm standard(GridTree tree, BusinessCalendar calendar, LocalDate from, GridCode community) {
    if (tree == null || community == null) {
      throw new MissingValueException(tree == null ? "tree" : "community");
    }
    GridNode c = tree.findNode(community).orElseThrow(() -> new NotFoundException("community", community.value(),
        "the grid tree has no grid with this code"));
    GridNode street = c.parent().orElseThrow(() -> new InvalidInputException("community", community.value(),
        "the street schedules the community's work: the community needs a parent grid"));
    String committee = named(c.grid().name(), "大党委", "大党委");
    String working = named(street.grid().name(), "党工委", "大工委");
    return builder(tree, calendar, from)
        .schedule(ReviewKind.MONTHLY_REPORT, committee, community, 5)
        .schedule(ReviewKind.QUARTERLY_SCHEDULING, working, street.code(), 10)
        .schedule(ReviewKind.HALF_YEAR_VISIT, "包抓" + c.grid().name() + "领导", community, 0)
        .schedule(ReviewKind.HALF_YEAR_ASSESSMENT, working, community, 10)
        .build();
  }

  /** The body's name: the grid's name with the body's word, unless the grid is named after it already. */
  private static String named(String grid, String body, String already) {
    return grid.endsWith(body) || grid.endsWith(already) ? grid : grid + body;
  }

  /** The tree. */
  public GridTree tree() {
    return tree;
  }

  /** The calendar due days are counted on. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** The first day of the rhythm. */
  public LocalDate from() {
    return from;
  }

  /** The schedules, in the order added. */
  public List<ReviewSchedule> schedules() {
    return schedules;
  }

  /**
   * Every review whose period began between the rhythm's first day's period and {@code asOf}, by due
   * instant, then kind and grid.
   *
   * @throws CalendarDataMissingException when a due day falls in a year the calendar has no data for
   */
  public List<ReviewOccurrence> occurrencesUntil(Instant asOf) {
    if (asOf == null) {
      throw new MissingValueException("asOf");
    }
    ZoneId zone = calendar.zone();
    List<ReviewOccurrence> out = new ArrayList<>();
    for (ReviewSchedule s : schedules) {
      for (ScoringPeriod p = ScoringPeriod.containing(s.kind().period(), from, zone); !p.start().isAfter(asOf); p = p.next()) {
        out.add(occurrence(s, p));
      }
    }
    out.sort(Comparator.comparing(ReviewOccurrence::dueAt).thenComparing(o -> o.schedule().kind())
        .thenComparing(o -> o.schedule().grid()));
    return Collections.unmodifiableList(out);
  }

  /**
   * The review of {@code kind} over {@code grid} whose period contains {@code day}.
   *
   * @throws NotFoundException when the rhythm has no such schedule, or the day lies before its first day's period
   */
  public ReviewOccurrence occurrence(ReviewKind kind, GridCode grid, LocalDate day) {
    if (kind == null || grid == null || day == null) {
      throw new MissingValueException(kind == null ? "kind" : grid == null ? "grid" : "day");
    }
    ReviewSchedule s = schedules.stream().filter(x -> x.kind() == kind && x.grid().equals(grid)).findFirst()
        .orElseThrow(() -> new NotFoundException("schedule", kind + "/" + grid, "the rhythm has no such review; it has "
            + schedules.stream().map(x -> x.kind() + "/" + x.grid()).toList()));
    ScoringPeriod p = ScoringPeriod.containing(kind.period(), day, calendar.zone());
    if (p.end().isBefore(ScoringPeriod.containing(kind.period(), from, calendar.zone()).end())) {
      throw new NotFoundException("day", day.toString(), "the rhythm starts on " + from);
    }
    return occurrence(s, p);
  }

  /** True when {@code o} is one of this rhythm's reviews, due when the rhythm says (not a copy with another due day). */
  boolean has(ReviewOccurrence o) {
    return schedules.contains(o.schedule()) && !o.period().lastDay().isBefore(from)
        && o.period().equals(ScoringPeriod.containing(o.schedule().kind().period(), o.period().firstDay(), calendar.zone()))
        && o.equals(occurrence(o.schedule(), o.period()));
  }

  private ReviewOccurrence occurrence(ReviewSchedule s, ScoringPeriod p) {
    LocalDate due = p.lastDay();
    if (s.graceWorkingDays() == 0) {
      while (!calendar.isWorkingDay(due)) {
        due = due.minusDays(1);
      }
    } else {
      for (int n = 0; n < s.graceWorkingDays(); ) {
        due = due.plusDays(1);
        if (calendar.isWorkingDay(due)) {
          n++;
        }
      }
    }
    return new ReviewOccurrence(s, p, due, due.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  @Override
  public String toString() {
    return "ReviewRhythm[from " + from + ", " + schedules.size() + " schedules]";
  }

  /** Collects the schedules of a rhythm. */
  public static final class Builder {
    private final GridTree tree;
    private final BusinessCalendar calendar;
    private final LocalDate from;
    private final List<ReviewSchedule> schedules = new ArrayList<>();

    private Builder(GridTree tree, BusinessCalendar calendar, LocalDate from) {
      this.tree = tree;
      this.calendar = calendar;
      this.from = from;
    }

    /**
     * Adds a review.
     *
     * @throws NotFoundException for a grid the tree does not have
     * @throws InvalidInputException when the same kind of review of the same grid is scheduled twice
     */
    public Builder schedule(ReviewKind kind, String holder, GridCode grid, int graceWorkingDays) {
      ReviewSchedule s = new ReviewSchedule(kind, holder, grid, graceWorkingDays);
      if (!tree.contains(grid)) {
        throw new NotFoundException("grid", grid.value(), "the grid tree has no grid with this code");
      }
      if (schedules.stream().anyMatch(x -> x.kind() == kind && x.grid().equals(grid))) {
        throw new InvalidInputException("kind", kind.name(), "grid " + grid + " has this review scheduled already");
      }
      schedules.add(s);
      return this;
    }

    /**
     * Builds the rhythm.
     *
     * @throws InvalidInputException when nothing is scheduled
     */
    public ReviewRhythm build() {
      if (schedules.isEmpty()) {
        throw new InvalidInputException("schedules", "[]", "a rhythm has at least one review");
      }
      return new ReviewRhythm(tree, calendar, from, List.copyOf(schedules));
    }
  }
}
