package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds which role in which grid, and each grid's party organisation (网格力量花名册), for
 * one {@link GridTree}. Every addition is checked against the tree and its scheme: unknown
 * grids, unknown roles and unknown staff are refused when added. Check it against the
 * scheme's staffing rules with {@link StaffingReport#of(GridTree, Roster)}.
 */
public final class Roster {
  private final GridTree tree;
  private final Map<String, StaffMember> staff;
  private final List<StaffAssignment> assignments;
  private final Map<GridCode, PartyOrganisationType> partyOrganisations;
  private final Map<GridCode, Integer> partyMembers;

  private Roster(Builder b) {
    this.tree = b.tree;
    this.staff = Collections.unmodifiableMap(new LinkedHashMap<>(b.staff));
    this.assignments = List.copyOf(b.assignments);
    this.partyOrganisations = Collections.unmodifiableMap(new LinkedHashMap<>(b.partyOrganisations));
    this.partyMembers = Collections.unmodifiableMap(new LinkedHashMap<>(b.partyMembers));
  }

  public static Builder builder(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return new Builder(tree);
  }

  /** The tree the roster belongs to. */
  public GridTree tree() {
    return tree;
  }

  /** The staff by id. */
  public Map<String, StaffMember> staff() {
    return staff;
  }

  /** Every assignment, in the order added. */
  public List<StaffAssignment> assignments() {
    return assignments;
  }

  /** The party organisation of a grid, where it has one. */
  public Optional<PartyOrganisationType> partyOrganisation(GridCode grid) {
    return Optional.ofNullable(partyOrganisations.get(grid));
  }

  /** The number of party members in a grid (0 when not recorded). */
  public int partyMembers(GridCode grid) {
    return partyMembers.getOrDefault(grid, 0);
  }

  /** Collects staff and assignments, checking each as it is added. */
  public static final class Builder {
    private final GridTree tree;
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();
    private final List<StaffAssignment> assignments = new ArrayList<>();
    private final Map<GridCode, PartyOrganisationType> partyOrganisations = new HashMap<>();
    private final Map<GridCode, Integer> partyMembers = new HashMap<>();

    private Builder(GridTree tree) {
      this.tree = tree;
    }

    /** Adds a staff member; ids are unique. */
    public Builder add(StaffMember member) {
      if (member == null) {
        throw new MissingValueException("member");
      }
      if (staff.putIfAbsent(member.id(), member) != null) {
        throw new InvalidInputException("staff.id", member.id(), "staff ids must be unique; this one is already on the roster");
      }
      return this;
    }

    /**
     * Assigns a role in a grid to a staff member already added.
     *
     * @throws NotFoundException for an unknown staff member or grid
     * @throws InvalidInputException for a role the scheme does not know
     */
    public Builder assign(String staffId, Role role, GridCode grid) {
      if (role == null) {
        throw new MissingValueException("role");
      }
      return assign(staffId, role.id(), grid);
    }

    /** As {@link #assign(String, Role, GridCode)} with the role's id. */
    public Builder assign(String staffId, String roleId, GridCode grid) {
      StaffAssignment a = new StaffAssignment(staffId, roleId, grid);
      if (!staff.containsKey(staffId)) {
        throw new NotFoundException("staffId", staffId, "add the staff member before assigning a role");
      }
      if (tree.scheme().role(roleId).isEmpty()) {
        throw new InvalidInputException("role", roleId, "must be a built-in role or one declared by scheme " + tree.scheme().id());
      }
      tree.node(grid);
      assignments.add(a);
      return this;
    }

    /** Records the party organisation of a grid. */
    public Builder partyOrganisation(GridCode grid, PartyOrganisationType type) {
      if (type == null) {
        throw new MissingValueException("type");
      }
      tree.node(grid);
      partyOrganisations.put(grid, type);
      return this;
    }

    /** Records the number of party members in a grid. */
    public Builder partyMembers(GridCode grid, int members) {
      if (members < 0) {
        throw new InvalidInputException("partyMembers", Integer.toString(members), "must not be negative");
      }
      tree.node(grid);
      partyMembers.put(grid, members);
      return this;
    }

    public Roster build() {
      return new Roster(this);
    }
  }
}
