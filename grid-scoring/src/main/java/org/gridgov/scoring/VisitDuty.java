package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.ElementAssignment;
import org.gridgov.core.GridCode;
import org.gridgov.core.House;
import org.gridgov.core.HouseUse;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Person;
import org.gridgov.core.Roster;
import org.gridgov.core.SpecialGroup;

/**
 * Home-visit duty (入户走访制度): every household at least {@link #householdsPerMonth()} times a
 * calendar month ("入户走访每月不少于1次"), people of special groups more often
 * ({@link #perMonth(SpecialGroup)}; a person in several groups takes the highest). Immutable.
 */
public final class VisitDuty {
  private final int householdsPerMonth;
  private final Map<SpecialGroup, Integer> perMonth;

  private VisitDuty(int householdsPerMonth, Map<SpecialGroup, Integer> perMonth) {
    this.householdsPerMonth = householdsPerMonth;
    this.perMonth = perMonth;
  }

  /**
   * The standard duty: households once a month; the elderly living alone and childless elderly
   * every week (4 a month); the other special groups twice a month.
   */
  public static VisitDuty standard() {
    Builder b = builder().householdsPerMonth(1);
    for (SpecialGroup g : SpecialGroup.values()) {
      b.perMonth(g, g == SpecialGroup.ELDERLY_LIVING_ALONE || g == SpecialGroup.CHILDLESS_ELDERLY ? 4 : 2);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Visits a household needs per month. */
  public int householdsPerMonth() {
    return householdsPerMonth;
  }

  /** Visits a person of {@code group} needs per month. */
  public int perMonth(SpecialGroup group) {
    return perMonth.get(group);
  }

  /**
   * The visit targets of a place: each house assigned to a basic grid (vacant ones excepted) is a
   * household; each person in a special group is a person target in their own grid (or their
   * house's).
   *
   * @throws InvalidInputException for a special-group person in no grid
   */
  public List<VisitTarget> targets(List<House> houses, List<Person> persons, List<ElementAssignment> assignments) {
    if (houses == null) {
      throw new MissingValueException("houses");
    }
    if (persons == null) {
      throw new MissingValueException("persons");
    }
    if (assignments == null) {
      throw new MissingValueException("assignments");
    }
    Map<String, GridCode> gridOf = new HashMap<>();
    for (ElementAssignment a : assignments) {
      gridOf.putIfAbsent(a.elementId(), a.grid());
    }
    List<VisitTarget> out = new ArrayList<>();
    for (House h : houses) {
      GridCode g = gridOf.get(h.id());
      if (g != null && h.use() != HouseUse.VACANT) {
        out.add(new VisitTarget(h.id(), VisitTarget.Kind.HOUSEHOLD, g, householdsPerMonth, java.util.Set.of(), Optional.empty()));
      }
    }
    for (Person p : persons) {
      if (p.specialGroups().isEmpty()) {
        continue;
      }
      GridCode g = gridOf.get(p.id());
      if (g == null && p.house().isPresent()) {
        g = gridOf.get(p.house().get());
      }
      if (g == null) {
        throw new InvalidInputException("persons[" + p.id() + "]", p.id(), "a person of a special group must lie in a grid to be visited");
      }
      int k = 1;
      for (SpecialGroup sg : p.specialGroups()) {
        k = Math.max(k, perMonth(sg));
      }
      out.add(new VisitTarget(p.id(), VisitTarget.Kind.PERSON, g, k, p.specialGroups(), p.house()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Checks visits against targets for one calendar month.
   *
   * @param roster names each basic grid's workers (role {@code grid-worker}), for compliance per worker
   * @throws InvalidInputException when the period is not a month, or two targets or visits share an id
   */
  public VisitCompliance check(List<VisitTarget> targets, List<VisitRecord> visits, ScoringPeriod month, Roster roster) {
    return VisitCompliance.check(targets, visits, month, roster);
  }

  /** Builds a {@link VisitDuty}. */
  public static final class Builder {
    private int householdsPerMonth = 1;
    private final Map<SpecialGroup, Integer> perMonth = new EnumMap<>(SpecialGroup.class);

    /** Visits a household needs per month (at least 1). */
    public Builder householdsPerMonth(int n) {
      this.householdsPerMonth = n;
      return this;
    }

    /** Visits a person of {@code group} needs per month (at least 1). */
    public Builder perMonth(SpecialGroup group, int n) {
      if (group == null) {
        throw new MissingValueException("group");
      }
      perMonth.put(group, n);
      return this;
    }

    /**
     * The duty; groups not given need as many visits as households.
     *
     * @throws InvalidInputException for a frequency below 1 or above 31
     */
    public VisitDuty build() {
      if (householdsPerMonth < 1 || householdsPerMonth > 31) {
        throw new InvalidRulesException("householdsPerMonth", Integer.toString(householdsPerMonth), "between 1 and 31 visits a month");
      }
      Map<SpecialGroup, Integer> m = new EnumMap<>(SpecialGroup.class);
      for (SpecialGroup g : SpecialGroup.values()) {
        int n = perMonth.getOrDefault(g, householdsPerMonth);
        if (n < 1 || n > 31) {
          throw new InvalidRulesException("perMonth." + g, Integer.toString(n), "between 1 and 31 visits a month");
        }
        m.put(g, n);
      }
      return new VisitDuty(householdsPerMonth, Collections.unmodifiableMap(m));
    }
  }
}
