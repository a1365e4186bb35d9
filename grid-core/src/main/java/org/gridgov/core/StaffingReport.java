package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staffing compliance (网格力量配备达标情况): every grid that breaks one of the staffing rules,
 * and why. A requirement applies to the grids of its level (the basic level by default) in its
 * layer (the base layer by default) and, if it names a kind, to grids of that kind only.
 */
public final class StaffingReport {
  private final List<StaffingViolation> violations;
  private final int checkedGrids;
  private final Set<GridCode> failingGrids;

  private StaffingReport(List<StaffingViolation> violations, int checkedGrids) {
    this.violations = Collections.unmodifiableList(violations);
    this.checkedGrids = checkedGrids;
    Set<GridCode> failing = new LinkedHashSet<>();
    violations.forEach(v -> failing.add(v.grid()));
    this.failingGrids = Collections.unmodifiableSet(failing);
  }

  /** Checks the roster against the staffing rules of the tree's scheme. */
  public static StaffingReport of(GridTree tree, Roster roster) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return of(tree, roster, tree.scheme().staffing());
  }

  /** Checks the roster against {@code rules}. */
  public static StaffingReport of(GridTree tree, Roster roster, List<StaffingRule> rules) {
    if (tree == null || roster == null || rules == null) {
      throw new MissingValueException(tree == null ? "tree" : roster == null ? "roster" : "rules");
    }
    if (roster.tree() != tree) {
      throw new InvalidInputException("roster", "roster of another tree", "the roster must belong to this tree");
    }
    Map<String, Map<GridCode, Integer>> holders = new HashMap<>(); // role -> grid -> count
    Map<String, Map<String, Set<GridCode>>> gridsOfStaff = new HashMap<>(); // role -> staff -> grids
    for (StaffAssignment a : roster.assignments()) {
      holders.computeIfAbsent(a.role(), k -> new HashMap<>()).merge(a.grid(), 1, Integer::sum);
      gridsOfStaff.computeIfAbsent(a.role(), k -> new HashMap<>())
          .computeIfAbsent(a.staffId(), k -> new LinkedHashSet<>()).add(a.grid());
    }
    GridScheme scheme = tree.scheme();
    List<StaffingViolation> violations = new ArrayList<>();
    Set<GridCode> checked = new LinkedHashSet<>();
    for (StaffingRule rule : rules) {
      for (RoleRequirement req : rule.requirements()) {
        int level = req.level().map(scheme::levelNumber).orElse(scheme.basicLevel());
        Map<GridCode, Integer> counts = holders.getOrDefault(req.role(), Map.of());
        String layer = req.layer().orElse(scheme.baseLayer());
        for (Grid grid : tree.atLevel(level)) {
          if ((req.kind().isPresent() && !req.kind().equals(grid.kind())) || !tree.layerOf(grid.code()).equals(layer)) {
            continue;
          }
          checked.add(grid.code());
          int actual = counts.getOrDefault(grid.code(), 0);
          String role = scheme.role(req.role()).map(Role::name).orElse(req.role());
          if (actual < req.min()) {
            violations.add(new StaffingViolation(grid.code(), rule.id(), StaffingViolation.Kind.TOO_FEW,
                Optional.of(req.role()), rule.name() + ": needs at least " + req.min() + " " + role + ", has " + actual));
          } else if (req.max().isPresent() && actual > req.max().get()) {
            violations.add(new StaffingViolation(grid.code(), rule.id(), StaffingViolation.Kind.TOO_MANY,
                Optional.of(req.role()), rule.name() + ": allows at most " + req.max().get() + " " + role + ", has " + actual));
          }
        }
        if (req.exclusive()) {
          gridsOfStaff.getOrDefault(req.role(), Map.of()).forEach((staffId, grids) -> {
            if (grids.size() > 1) {
              for (GridCode g : grids) {
                violations.add(new StaffingViolation(g, rule.id(), StaffingViolation.Kind.SHARED_WITH_ANOTHER_GRID,
                    Optional.of(req.role()), rule.name() + ": " + staffId + " holds this role in " + grids.size()
                        + " grids " + grids));
              }
            }
          });
        }
      }
      if (rule.partyOrganisation().isPresent()) {
        PartyOrganisationRule party = rule.partyOrganisation().get();
        int level = party.level().map(scheme::levelNumber).orElse(scheme.basicLevel());
        String layer = party.layer().orElse(scheme.baseLayer());
        for (Grid grid : tree.atLevel(level)) {
          if (!tree.layerOf(grid.code()).equals(layer)) {
            continue;
          }
          checked.add(grid.code());
          int members = roster.partyMembers(grid.code());
          Optional<PartyOrganisationType> required = party.required(members);
          Optional<PartyOrganisationType> actual = roster.partyOrganisation(grid.code());
          if (required.isPresent() && actual.isEmpty()) {
            violations.add(new StaffingViolation(grid.code(), rule.id(), StaffingViolation.Kind.PARTY_ORGANISATION_MISSING,
                Optional.empty(), rule.name() + ": " + members + " party members need a party "
                    + required.get().name().toLowerCase(java.util.Locale.ROOT) + ", the grid has none"));
          } else if (required.isPresent() && !required.equals(actual)) {
            violations.add(new StaffingViolation(grid.code(), rule.id(), StaffingViolation.Kind.PARTY_ORGANISATION_WRONG_TYPE,
                Optional.empty(), rule.name() + ": " + members + " party members (branch from "
                    + party.branchMinimumMembers() + ") need a party " + required.get().name().toLowerCase(java.util.Locale.ROOT)
                    + ", the grid has a party " + actual.get().name().toLowerCase(java.util.Locale.ROOT)));
          }
        }
      }
    }
    return new StaffingReport(violations, checked.size());
  }

  /** Every violation, grouped by rule and requirement in the rules' order. */
  public List<StaffingViolation> violations() {
    return violations;
  }

  /** The grids with at least one violation. */
  public Set<GridCode> failingGrids() {
    return failingGrids;
  }

  /** The number of grids some rule applied to. */
  public int checkedGrids() {
    return checkedGrids;
  }

  /** True when no grid breaks a rule. */
  public boolean isCompliant() {
    return violations.isEmpty();
  }

  @Override
  public String toString() {
    return "StaffingReport[" + checkedGrids + " grids checked, " + failingGrids.size() + " failing, "
        + violations.size() + " violations]";
  }
}
