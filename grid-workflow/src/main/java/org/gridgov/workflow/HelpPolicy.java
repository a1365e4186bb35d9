package org.gridgov.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;

/**
 * How one-key calls for help are answered (一键求助响应标准): the matter type their tickets are filed
 * under, the definition they follow ({@link WorkflowDefinitions#oneKeyHelp()} unless set), and for
 * each special group the ticket's priority and its short time limit. Data, immutable.
 */
public final class HelpPolicy {
  /**
   * The priority and time limit of one special group's calls.
   *
   * @param group the special group
   * @param priority the tickets' priority
   * @param limit the tickets' time limit (round-the-clock hours for emergencies)
   */
  public record Standard(SpecialGroup group, Priority priority, TimeLimit limit) {
    public Standard {
      if (group == null || priority == null || limit == null) {
        throw new MissingValueException(group == null ? "group" : priority == null ? "priority" : "limit");
      }
    }
  }

  private final String matterType;
  private final String definition;
  private final Map<SpecialGroup, Standard> standards;

  private HelpPolicy(String matterType, String definition, Map<SpecialGroup, Standard> standards) {
    this.matterType = matterType;
    this.definition = definition;
    this.standards = standards;
  }

  /**
   * The standard policy for tickets of {@code matterType}: the elderly living alone, the childless
   * elderly, the disabled, left-behind children, minors in need and orphans are 紧急 (URGENT) with 2
   * hours round the clock; the aged and the widowed 较急 (HIGH) with 4 hours; low-income households
   * 较急 with 8 hours. The articles give no figures: these are a starting point for a place to change.
   */
  public static HelpPolicy standard(String matterType) {
    Builder b = builder(matterType);
    for (SpecialGroup g : new SpecialGroup[] {SpecialGroup.ELDERLY_LIVING_ALONE, SpecialGroup.CHILDLESS_ELDERLY,
        SpecialGroup.DISABLED, SpecialGroup.LEFT_BEHIND_CHILD, SpecialGroup.MINOR_IN_NEED, SpecialGroup.ORPHAN}) {
      b.group(g, Priority.URGENT, TimeLimit.calendarHours(2));
    }
    b.group(SpecialGroup.ELDERLY, Priority.HIGH, TimeLimit.calendarHours(4));
    b.group(SpecialGroup.WIDOWED, Priority.HIGH, TimeLimit.calendarHours(4));
    b.group(SpecialGroup.LOW_INCOME, Priority.HIGH, TimeLimit.calendarHours(8));
    return b.build();
  }

  /** A policy of one's own for tickets of {@code matterType}. */
  public static Builder builder(String matterType) {
    if (matterType == null) {
      throw new MissingValueException("matterType");
    }
    if (matterType.isBlank()) {
      throw new InvalidInputException("matterType", matterType, "must not be blank");
    }
    return new Builder(matterType);
  }

  /** The matter type of the catalogue the tickets are filed under. */
  public String matterType() {
    return matterType;
  }

  /** The id of the definition the tickets follow. */
  public String definition() {
    return definition;
  }

  /** The standards by special group. */
  public Map<SpecialGroup, Standard> standards() {
    return standards;
  }

  /** The standard of {@code group}, if the policy has one. */
  public Optional<Standard> standard(SpecialGroup group) {
    return Optional.ofNullable(group == null ? null : standards.get(group));
  }

  @Override
  public String toString() {
    return "HelpPolicy[" + matterType + " via " + definition + ", " + standards.size() + " groups]";
  }

  /** Builds a {@link HelpPolicy}. */
  public static final class Builder {
    private final String matterType;
    private String definition = WorkflowDefinitions.ONE_KEY_HELP;
    private final Map<SpecialGroup, Standard> standards = new EnumMap<>(SpecialGroup.class);

    private Builder(String matterType) {
      this.matterType = matterType;
    }

    /** The definition the tickets follow (registered on the service). */
    public Builder definition(String definitionId) {
      if (definitionId == null) {
        throw new MissingValueException("definition");
      }
      this.definition = definitionId;
      return this;
    }

    /** The priority and limit of {@code group}'s calls; a group is set once. */
    public Builder group(SpecialGroup group, Priority priority, TimeLimit limit) {
      Standard s = new Standard(group, priority, limit);
      if (standards.containsKey(group)) {
        throw new InvalidInputException("group", group.name(), "each special group has one standard; this one is set already");
      }
      standards.put(group, s);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws InvalidInputException when no group has a standard
     */
    public HelpPolicy build() {
      if (standards.isEmpty()) {
        throw new InvalidInputException("standards", "{}", "a one-key policy answers at least one special group");
      }
      return new HelpPolicy(matterType, definition, Collections.unmodifiableMap(new EnumMap<>(standards)));
    }
  }
}
