package org.gridgov.scoring.testing;

import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for scoring (评分测试数据生成器): event streams the real ticket service
 * produced ({@link #runs}), and hostile rearrangements of them — duplicates, splits into shards,
 * interleavings that keep each ticket's order.
 */
public final class ScoringGenerators {
  private static final SimWorld SMALL = SimWorld.small();

  private ScoringGenerators() {}

  /** The workflow's small test district, shared (it is immutable). */
  public static SimWorld smallWorld() {
    return SMALL;
  }

  /** Lists of decision numbers for {@link Choices#of}. */
  public static Gen<List<Integer>> decisions(int max) {
    return in -> {
      int n = range(0, max).generate(in);
      List<Integer> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(range(0, 9_999).generate(in));
      }
      return out;
    };
  }

  /**
   * Runs of the small district: 1 to {@code maxDays} days of reports starting on a day of
   * 2022–2025, worked on for up to two weeks more, with 40 % to 250 % report chance per worker and
   * day and 0 % to 40 % failed verifications.
   */
  public static Gen<TicketSimulation.Run> runs(int maxDays) {
    Gen<Integer> day = range(0, 4 * 365 - 1);
    Gen<Integer> days = range(1, maxDays);
    Gen<Integer> extra = range(0, 14);
    Gen<Integer> rate = range(40, 250);
    return day.zip(days, extra, rate, (d, n, x, r) -> new int[] {d, n, x, r})
        .zip(range(0, 40), decisions(300), (p, fail, choices) -> TicketSimulation.run(SMALL,
            new TicketSimulation.Settings(LocalDate.of(2022, 1, 1).plusDays(p[0]), p[1], p[2], p[3], fail, 13), Choices.of(choices)))
        .describedAs(r -> r.events().size() + " events of " + r.tickets().size() + " tickets from " + r.start());
  }

  /**
   * A shard number in {@code [0, shards)} for each ticket of {@code events}, from {@code seed}: a
   * split by ticket, as a store distributed by ticket id splits.
   */
  public static List<List<TicketEvent>> splitByTicket(List<TicketEvent> events, int shards, long seed) {
    List<List<TicketEvent>> out = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      out.add(new ArrayList<>());
    }
    for (TicketEvent e : events) {
      out.get(Math.floorMod(mix(e.ticketId(), seed), shards)).add(e);
    }
    return out;
  }

  /** Each event to a shard chosen by {@code seed} alone: tickets' histories are cut anywhere. */
  public static List<List<TicketEvent>> splitAnywhere(List<TicketEvent> events, int shards, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<List<TicketEvent>> out = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      out.add(new ArrayList<>());
    }
    for (TicketEvent e : events) {
      out.get(r.nextInt(shards)).add(e);
    }
    return out;
  }

  /** The stream with some events repeated right after themselves or later (each ticket's order kept). */
  public static List<TicketEvent> withRepeats(List<TicketEvent> events, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<TicketEvent> out = new ArrayList<>();
    List<TicketEvent> seen = new ArrayList<>();
    for (TicketEvent e : events) {
      out.add(e);
      seen.add(e);
      if (r.nextInt(4) == 0) {
        out.add(e);
      }
      if (r.nextInt(6) == 0) {
        out.add(seen.get(r.nextInt(seen.size())));
      }
    }
    return out;
  }

  /**
   * The same events in another order that keeps each ticket's own order: tickets' histories
   * interleaved at random, each pick going on with the same ticket half the time (so runs of one
   * ticket occur, as when a store reads a period ticket by ticket).
   */
  public static List<TicketEvent> interleaved(List<TicketEvent> events, long seed) {
    java.util.Random r = new java.util.Random(seed);
    java.util.Map<TicketId, java.util.ArrayDeque<TicketEvent>> byTicket = new java.util.LinkedHashMap<>();
    for (TicketEvent e : events) {
      byTicket.computeIfAbsent(e.ticketId(), t -> new java.util.ArrayDeque<>()).add(e);
    }
    List<java.util.ArrayDeque<TicketEvent>> left = new ArrayList<>(byTicket.values());
    List<TicketEvent> out = new ArrayList<>(events.size());
    int at = 0;
    while (!left.isEmpty()) {
      if (at >= left.size() || r.nextBoolean()) {
        at = r.nextInt(left.size());
      }
      out.add(left.get(at).poll());
      if (left.get(at).isEmpty()) {
        left.set(at, left.get(left.size() - 1));
        left.remove(left.size() - 1);
      }
    }
    return out;
  }

  /**
   * The events with every ticket renamed to an id of {@code "Aa"} and {@code "BB"} pairs, all of one
   * length: every id has the same hash code (a hostile input for any table keyed by hash).
   */
  public static List<TicketEvent> withCollidingIds(List<TicketEvent> events) {
    java.util.Map<TicketId, TicketId> renamed = new java.util.HashMap<>();
    int pairs = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, events.size())));
    List<TicketEvent> out = new ArrayList<>(events.size());
    for (TicketEvent e : events) {
      TicketId id = renamed.computeIfAbsent(e.ticketId(), t -> {
        int n = renamed.size();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs; i++) {
          b.append((n >> i & 1) == 0 ? "Aa" : "BB");
        }
        return TicketId.of(b.toString());
      });
      out.add(e.withTicketId(id));
    }
    return out;
  }

  /**
   * Rosters of {@code world}'s tree as after a roster change: each basic grid of the base layer
   * named either to its usual worker or to a new one ({@code new-<grid>}), chosen per grid.
   */
  public static Gen<Roster> changedRosters(SimWorld world) {
    List<GridCode> grids = world.basicGrids;
    return in -> {
      Roster.Builder b = Roster.builder(world.tree);
      java.util.Set<String> added = new java.util.HashSet<>();
      for (GridCode g : grids) {
        String usual = world.worker(g).id();
        String id = range(0, 1).generate(in) == 0 ? usual : "new-" + g.value();
        if (added.add(id)) {
          b.add(StaffMember.of(id, "网格员 " + id));
        }
        b.assign(id, Role.GRID_WORKER, g);
      }
      return b.build();
    };
  }

  private static int mix(TicketId id, long seed) {
    long h = id.value().hashCode() * 0x9E3779B97F4A7C15L + seed;
    return (int) (h ^ (h >>> 29));
  }
}
