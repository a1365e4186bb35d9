package org.gridgov.workflow.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.MatterClass;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.TicketEvent;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the workflow (测试数据生成器): reports, command plans (random legal
 * and illegal commands by several actors with random clock moves) and whole event streams, the
 * latter produced by running plans through a real {@link org.gridgov.workflow.TicketService} so
 * that every stream is one the service can produce.
 *
 * <p>Plans are data independent of state (indexes into the actors, the legal commands, the
 * arguments); {@link ScenarioRunner} interprets them, deterministically, so QuickTheories can
 * shrink a failing plan.
 */
public final class WorkflowGenerators {
  private WorkflowGenerators() {}

  /** Instants in office-hours-ish local times of working and rest days, 2021–2025, Asia/Shanghai. */
  public static Gen<Instant> instants() {
    return integers().between(0, 5 * 365 - 1).zip(integers().between(6 * 60, 21 * 60), (day, minute) ->
        LocalDate.of(2021, 1, 1).plusDays(day).atStartOfDay(ZoneId.of("Asia/Shanghai")).plusMinutes(minute).toInstant());
  }

  /** Reports of the world's matter types in its basic grids, through every channel. */
  public static Gen<NewTicket> reports(WorkflowWorld world) {
    List<String> types = List.of(WorkflowWorld.BIKE_PARKING, WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.ELDERLY_CARE,
        WorkflowWorld.GARBAGE, WorkflowWorld.NEIGHBOUR_DISPUTE);
    Gen<String> type = Generate.pick(types);
    Gen<GridCode> grid = Generate.pick(world.basicGrids());
    Gen<Channel> channel = Generate.enumValues(Channel.class);
    Gen<Priority> priority = Generate.enumValues(Priority.class);
    return type.zip(grid, channel, priority, (t, g, c, p) -> NewTicket.builder().channel(c).matterType(t).grid(g)
        .priority(p).reporter(Reporter.gridStaff("zhang-min")).summary("生成的上报 " + t).build());
  }

  /** Reports that name a matter class other than their type's, to reach every branch of the three-class flow. */
  public static Gen<MatterClass> matterClasses() {
    return Generate.enumValues(MatterClass.class);
  }

  /**
   * One step of a plan: move the clock by {@code advanceMinutes} (0 to about 3 weeks), then send a
   * command to ticket {@code ticket} (an index into the plan's tickets) as actor {@code actor}
   * (an index into {@link ScenarioRunner#actors()}); {@code legal} chooses among the commands the
   * actor may send now, otherwise among all commands of the definition plus a made-up one;
   * {@code arg} chooses the arguments; {@code sweep} runs the clock before the command.
   */
  public record Step(int ticket, int actor, boolean legal, int command, int arg, int advanceMinutes, boolean sweep) {}

  /** Plan steps, mostly legal. */
  public static Gen<Step> steps() {
    Gen<Integer> small = integers().between(0, 1_000);
    Gen<Integer> advance = Generate.frequency(
        org.quicktheories.api.Pair.of(6, integers().between(0, 120)),
        org.quicktheories.api.Pair.of(3, integers().between(120, 3 * 24 * 60)),
        org.quicktheories.api.Pair.of(1, integers().between(3 * 24 * 60, 21 * 24 * 60)));
    Gen<Boolean> legal = integers().between(0, 9).map(i -> i < 7);
    Gen<Boolean> sweep = integers().between(0, 9).map(i -> i < 2);
    return small.zip(small, legal, small, (t, a, l, c) -> new int[] {t, a, l ? 1 : 0, c})
        .zip(small, advance, sweep, (p, arg, adv, sw) -> new Step(p[0], p[1], p[2] == 1, p[3], arg, adv, sw));
  }

  /** A plan: a start instant, 1 to 4 reports and 5 to {@code maxSteps} steps. */
  public record Plan(Instant start, List<NewTicket> reports, List<Step> steps) {}

  /** Plans over the world. */
  public static Gen<Plan> plans(WorkflowWorld world, int maxSteps) {
    return instants().zip(lists().of(reports(world)).ofSizeBetween(1, 4), lists().of(steps()).ofSizeBetween(5, maxSteps),
        Plan::new);
  }

  /**
   * Event streams: the histories (one list per ticket, in version order) that running a random plan
   * through a fresh service produces. For modules that consume ticket events (grid-scoring).
   */
  public static Gen<List<List<TicketEvent>>> histories(WorkflowWorld world, int maxSteps) {
    return plans(world, maxSteps).map(plan -> ScenarioRunner.run(world, plan).histories());
  }
}
