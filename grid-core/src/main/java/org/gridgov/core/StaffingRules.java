package org.gridgov.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staffing formulas of the articles, ready to use or to name in a scheme file's
 * {@code staffingPresets}.
 */
public final class StaffingRules {
  private static final Map<String, StaffingRule> PRESETS = List.of(
      oneGridOneWorker(), onePlusOnePlusOnePlusOnePlusN(), oneLeaderFourOfficers()).stream()
      .collect(Collectors.toUnmodifiableMap(StaffingRule::id, Function.identity()));

  private StaffingRules() {}

  /**
   * 一格一员: exactly one full-time grid worker in every basic grid, and no worker serving two
   * grids (Taibaihu: 219 grids, 219 workers).
   */
  public static StaffingRule oneGridOneWorker() {
    return StaffingRule.builder()
        .id("one-grid-one-worker")
        .name("一格一员")
        .addRequirement(RoleRequirement.builder()
            .role(Role.GRID_WORKER.id()).min(1).max(1).exclusive(true).build())
        .build();
  }

  /**
   * "1+1+1+1+N": one grid party organisation (branch or group by the number of members), one grid
   * leader, one full-time grid worker, one micro-grid liaison, plus any number of others
   * (police, judges, prosecutors, lawyers — 三官一律 — and volunteers).
   */
  public static StaffingRule onePlusOnePlusOnePlusOnePlusN() {
    return StaffingRule.builder()
        .id("1-1-1-1-n")
        .name("1+1+1+1+N")
        .addRequirement(RoleRequirement.exactly(Role.GRID_LEADER, 1))
        .addRequirement(RoleRequirement.exactly(Role.GRID_WORKER, 1))
        .addRequirement(RoleRequirement.exactly(Role.MICRO_GRID_LIAISON, 1))
        .partyOrganisation(PartyOrganisationRule.standard())
        .build();
  }

  /**
   * 一长四员: one grid leader and four officers — a grid worker, a community police officer, a
   * supervisor and an information officer.
   */
  public static StaffingRule oneLeaderFourOfficers() {
    return StaffingRule.builder()
        .id("one-leader-four-officers")
        .name("一长四员")
        .addRequirement(RoleRequirement.exactly(Role.GRID_LEADER, 1))
        .addRequirement(RoleRequirement.atLeast(Role.GRID_WORKER, 1))
        .addRequirement(RoleRequirement.atLeast(Role.POLICE_OFFICER, 1))
        .addRequirement(RoleRequirement.atLeast(Role.SUPERVISOR, 1))
        .addRequirement(RoleRequirement.atLeast(Role.INFORMATION_OFFICER, 1))
        .build();
  }

  /**
   * 一社区一民警两辅警、一村一辅警、一村一法律顾问: per community one police officer and two
   * auxiliary officers, per village one auxiliary officer and one legal adviser, at the level
   * {@code levelId} whose grids are communities ({@code urbanKind}) and villages ({@code ruralKind}).
   */
  public static StaffingRule policeAndLegalPerCommunity(String levelId, String urbanKind, String ruralKind) {
    return StaffingRule.builder()
        .id("community-police-village-legal")
        .name("一社区一民警两辅警、一村一辅警、一村一法律顾问")
        .addRequirement(RoleRequirement.builder().role(Role.POLICE_OFFICER.id())
            .level(levelId).kind(urbanKind).min(1).build())
        .addRequirement(RoleRequirement.builder().role(Role.AUXILIARY_POLICE.id())
            .level(levelId).kind(urbanKind).min(2).build())
        .addRequirement(RoleRequirement.builder().role(Role.AUXILIARY_POLICE.id())
            .level(levelId).kind(ruralKind).min(1).build())
        .addRequirement(RoleRequirement.builder().role(Role.LEGAL_ADVISER.id())
            .level(levelId).kind(ruralKind).min(1).build())
        .build();
  }

  /** The preset named {@code id}: {@code one-grid-one-worker}, {@code 1-1-1-1-n} or {@code one-leader-four-officers}. */
  public static Optional<StaffingRule> preset(String id) {
    if (id == null) {
      throw new MissingValueException("id");
    }
    return Optional.ofNullable(PRESETS.get(id));
  }

  /** The ids {@link #preset(String)} knows. */
  public static List<String> presetIds() {
    return PRESETS.keySet().stream().sorted().collect(Collectors.toUnmodifiableList());
  }
}
