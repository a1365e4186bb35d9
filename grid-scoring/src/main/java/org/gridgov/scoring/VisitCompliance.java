package org.gridgov.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffAssignment;

/**
 * Home visits checked against the duty for one month (走访达标情况): per target, the visits that
 * count and whether the duty is met; per worker, the share of the targets in their grids that
 * are met; and the special-group visits done on time, which earn bonus points.
 *
 * <p>A visit counts for its target and, for a person, for their household too. A person who
 * needs {@code k} visits a month has the month cut into {@code k} windows of (nearly) equal whole
 * days; the first visit in each window is on time. Visits to ids that are not targets are kept
 * in {@link #unmatched()}.
 */
public final class VisitCompliance {
  /**
   * One target's month.
   *
   * @param target the household or person
   * @param visits the ids of the visits that count, in time order
   * @param met true when there were at least {@code target.perMonth()} of them
   * @param onTime the ids of the visits on time (people only)
   */
  public record TargetStatus(VisitTarget target, List<String> visits, boolean met, List<String> onTime) {
    public TargetStatus {
      visits = List.copyOf(visits);
      onTime = List.copyOf(onTime);
    }
  }

  private final ScoringPeriod month;
  private final List<TargetStatus> statuses;
  private final Map<String, List<GridCode>> gridsOfWorker;
  private final List<VisitRecord> onTimeVisits;
  private final List<VisitRecord> unmatched;

  private VisitCompliance(ScoringPeriod month, List<TargetStatus> statuses, Map<String, List<GridCode>> gridsOfWorker,
      List<VisitRecord> onTimeVisits, List<VisitRecord> unmatched) {
    this.month = month;
    this.statuses = statuses;
    this.gridsOfWorker = gridsOfWorker;
    this.onTimeVisits = onTimeVisits;
    this.unmatched = unmatched;
  }

  static VisitCompliance check(List<VisitTarget> targets, List<VisitRecord> visits, ScoringPeriod month, Roster roster) {
    if (targets == null) {
      throw new MissingValueException("targets");
    }
    if (visits == null) {
      throw new MissingValueException("visits");
    }
    if (month == null) {
      throw new MissingValueException("month");
    }
    if (roster == null) {
      throw new MissingValueException("roster");
    }
    if (month.kind() != PeriodKind.MONTH) {
      throw new InvalidInputException("month", month.label(), "the visit duty is checked per calendar month");
    }
    Map<String, VisitTarget> byId = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      VisitTarget t = targets.get(i);
      if (t == null) {
        throw new MissingValueException("targets[" + i + "]");
      }
      if (byId.put(t.id(), t) != null) {
        throw new InvalidInputException("targets[" + i + "].id", t.id(), "target ids are unique");
      }
    }
    Set<String> visitIds = new HashSet<>();
    List<VisitRecord> inMonth = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      VisitRecord v = visits.get(i);
      if (v == null) {
        throw new MissingValueException("visits[" + i + "]");
      }
      if (!visitIds.add(v.id())) {
        throw new InvalidInputException("visits[" + i + "].id", v.id(), "visit ids are unique");
      }
      if (month.contains(v.at())) {
        inMonth.add(v);
      }
    }
    inMonth.sort(Comparator.comparing(VisitRecord::at).thenComparing(VisitRecord::id));
    Map<String, List<VisitRecord>> counted = new HashMap<>();
    List<VisitRecord> unmatched = new ArrayList<>();
    for (VisitRecord v : inMonth) {
      VisitTarget t = byId.get(v.target());
      if (t == null) {
        unmatched.add(v);
        continue;
      }
      counted.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(v);
      if (t.kind() == VisitTarget.Kind.PERSON && t.household().isPresent() && byId.containsKey(t.household().get())
          && !t.household().get().equals(t.id())) {
        counted.computeIfAbsent(t.household().get(), k -> new ArrayList<>()).add(v);
      }
    }
    int days = month.days().size();
    List<TargetStatus> statuses = new ArrayList<>();
    List<VisitRecord> onTime = new ArrayList<>();
    for (VisitTarget t : byId.values()) {
      List<VisitRecord> vs = counted.getOrDefault(t.id(), List.of());
      List<String> ids = new ArrayList<>();
      List<String> timely = new ArrayList<>();
      Set<Integer> windows = new HashSet<>();
      for (VisitRecord v : vs) {
        ids.add(v.id());
        if (t.kind() == VisitTarget.Kind.PERSON && v.target().equals(t.id())) {
          int day = (int) (LocalDate.ofInstant(v.at(), month.zone()).toEpochDay() - month.firstDay().toEpochDay());
          int window = (int) ((long) day * t.perMonth() / days);
          if (windows.add(window)) {
            timely.add(v.id());
            onTime.add(v);
          }
        }
      }
      statuses.add(new TargetStatus(t, ids, vs.size() >= t.perMonth(), timely));
    }
    Map<String, List<GridCode>> gridsOfWorker = new HashMap<>();
    for (StaffAssignment a : roster.assignments()) {
      if (a.role().equals(Role.GRID_WORKER.id())) {
        gridsOfWorker.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a.grid());
      }
    }
    onTime.sort(Comparator.comparing(VisitRecord::at).thenComparing(VisitRecord::id));
    return new VisitCompliance(month, Collections.unmodifiableList(statuses), gridsOfWorker,
        Collections.unmodifiableList(onTime), Collections.unmodifiableList(unmatched));
  }

  /** The month. */
  public ScoringPeriod month() {
    return month;
  }

  /** Every target's status, in the order given. */
  public List<TargetStatus> statuses() {
    return statuses;
  }

  /** The targets whose duty was not met. */
  public List<TargetStatus> shortfalls() {
    return statuses.stream().filter(s -> !s.met()).toList();
  }

  /** Visits in the month to ids that are not targets. */
  public List<VisitRecord> unmatched() {
    return unmatched;
  }

  /** The special-group visits done on time, in time order. */
  public List<VisitRecord> onTimeSpecialGroupVisits() {
    return onTimeVisits;
  }

  /** The share of the targets in the worker's grids that were met; empty when the worker has none. */
  public Optional<Ratio> ofWorker(String workerId) {
    List<GridCode> grids = gridsOfWorker.getOrDefault(workerId, List.of());
    if (grids.isEmpty()) {
      return Optional.empty();
    }
    Set<GridCode> gs = new HashSet<>(grids);
    long n = 0;
    long met = 0;
    for (TargetStatus s : statuses) {
      if (gs.contains(s.target().grid())) {
        n++;
        met += s.met() ? 1 : 0;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(new Ratio(met, n));
  }

  /**
   * Books the special-group bonus ({@link PointsOutcome#SPECIAL_GROUP_VISIT}) for every visit on
   * time, to the visiting worker, once per visit.
   *
   * @return the entries booked now (empty for visits booked before, or when the rules give none)
   * @throws InvalidInputException when {@code rules} are not the ledger's rules (the caps are the ledger's)
   */
  public List<PointsEntry> awardBonuses(PointsRules rules, PointsLedger ledger) {
    if (rules == null) {
      throw new MissingValueException("rules");
    }
    if (ledger == null) {
      throw new MissingValueException("ledger");
    }
    PointsAwarder.requireLedgersRules(rules, ledger);
    OptionalInt points = rules.points(PointsRule.ANY, PointsOutcome.SPECIAL_GROUP_VISIT);
    List<PointsEntry> out = new ArrayList<>();
    if (points.isEmpty() || points.getAsInt() == 0) {
      return out;
    }
    for (VisitRecord v : onTimeVisits) {
      ledger.award(v.worker(), PointsOutcome.SPECIAL_GROUP_VISIT, PointsSource.visit(v.id()), points.getAsInt(),
          Optional.empty(), v.at(), "特殊人群按时走访: visit " + v.id() + " to " + v.target() + " (rule " + rules.id() + ")")
          .ifPresent(out::add);
    }
    return out;
  }
}
