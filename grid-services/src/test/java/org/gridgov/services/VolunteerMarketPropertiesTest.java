package org.gridgov.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.services.testing.ServicesGenerators;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * The supermarket's invariants under generated volunteers, needs and sequences of one-key matches,
 * assignments, completions and withdrawals by principals of every scope: never a volunteer outside a
 * need's reach or the caller's scope, never over a cap, the same answer for the same input whatever
 * the order of registration, and nothing changed by a refused step.
 */
class VolunteerMarketPropertiesTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();
  private static final List<Principal> CALLERS = List.of(WORLD.centre, WORLD.worker, WORLD.worker2, WORLD.communityLeader,
      WORLD.streetLeader, WORLD.jidongWorker);

  private static final java.util.concurrent.atomic.AtomicInteger ASSIGNED = new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.Map<String, Integer> REFUSED = new java.util.concurrent.ConcurrentHashMap<>();

  private record World(ThreeLists lists, VolunteerMarket market, List<String> needs) {}

  private static World world(List<Volunteer> volunteers, List<ResidentInput> needs) {
    MutableClock clock = MutableClock.at("2024-04-01T09:00");
    ThreeLists lists = ThreeLists.builder(WORLD.tree).clock(clock).build();
    VolunteerMarket market = VolunteerMarket.on(lists, clock);
    volunteers.forEach(v -> market.register(v, WORLD.centre));
    List<String> ids = new ArrayList<>();
    needs.forEach(n -> ids.add(lists.record(n, WORLD.centre).id()));
    return new World(lists, market, ids);
  }

  /** Everything observable: the items, each need's assignments, each volunteer's load. */
  private static List<Object> snapshot(World w, List<Volunteer> volunteers) {
    List<Object> out = new ArrayList<>(w.lists.query(ListQuery.all(), WORLD.centre));
    w.needs.forEach(n -> out.add(w.market.assignments(n, WORLD.centre)));
    volunteers.forEach(v -> out.add(v.id() + "=" + w.market.load(v.id(), WORLD.centre)));
    return out;
  }

  @Test
  void neverOutsideTheReachOrScopeNeverOverACapAndARefusedStepChangesNothing() {
    qt().withExamples(150).forAll(ServicesGenerators.volunteers(3, 25), lists().of(ServicesGenerators.needs()).ofSizeBetween(1, 6),
        lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30)).checkAssert((volunteers, needs, steps) -> {
          World w = world(volunteers, needs);
          int refused = 0;
          for (int step : steps) {
            Random r = new Random(step);
            String need = w.needs.get(r.nextInt(w.needs.size()));
            Principal caller = CALLERS.get(r.nextInt(CALLERS.size()));
            List<Object> before = snapshot(w, volunteers);
            try {
              switch (r.nextInt(5)) {
                case 0:
                case 1: {
                  Match m = w.market.oneKeyMatch(need, caller);
                  ASSIGNED.addAndGet(m.assigned().size());
                  checkWithin(w, need, caller, m.candidates().stream().map(Candidate::volunteer).toList(), volunteers);
                  checkWithin(w, need, caller, m.excluded().stream().map(Match.Excluded::volunteer).toList(), volunteers);
                  break;
                }
                case 2: {
                  // any volunteer, or one the supermarket ranks or excludes for this need (at a cap, say)
                  List<String> ids = new ArrayList<>();
                  Match seen = w.market.match(need, WORLD.centre);
                  boolean capFirst = false;
                  for (int k = r.nextInt(3); k >= 0; k--) {
                    int how = r.nextInt(3);
                    if (how == 1 && !seen.candidates().isEmpty()) {
                      ids.add(seen.candidates().get(r.nextInt(seen.candidates().size())).volunteer());
                    } else if (how == 2 && !seen.excluded().isEmpty()) {
                      // one at their cap when there is one, named first so that no other refusal comes before
                      // the one the caps are for
                      List<Match.Excluded> atCap = seen.excluded().stream().filter(x -> x.reason().startsWith("at the cap")).toList();
                      List<Match.Excluded> from = atCap.isEmpty() ? seen.excluded() : atCap;
                      String picked = from.get(r.nextInt(from.size())).volunteer();
                      if (!atCap.isEmpty() && !capFirst && !ids.contains(picked)) {
                        ids.add(0, picked);
                        capFirst = true;
                      } else {
                        ids.add(picked);
                      }
                    } else {
                      ids.add(volunteers.get(r.nextInt(volunteers.size())).id());
                    }
                  }
                  Principal who = capFirst || r.nextBoolean() ? WORLD.centre : caller;   // the centre sees every volunteer
                  ASSIGNED.addAndGet(w.market.assign(need, ids, who).size());
                  checkWithin(w, need, who, ids, volunteers);
                  break;
                }
                case 3:
                  w.lists.complete(need, caller);
                  break;
                default:
                  w.lists.withdraw(need, caller);
              }
            } catch (GridGovException e) {
              refused++;
              REFUSED.merge(e.getClass().getSimpleName(), 1, Integer::sum);
              assertThat(snapshot(w, volunteers)).as("after a refused step: %s", e.getMessage()).isEqualTo(before);
            }
            for (Volunteer v : volunteers) {
              assertThat(w.market.load(v.id(), WORLD.centre)).as("load of %s", v.id()).isLessThanOrEqualTo(v.cap());
            }
            for (String n : w.needs) {
              for (Assignment a : w.market.assignments(n, WORLD.centre)) {
                assertThat(reach(w, n).covers(WORLD.tree.node(volunteer(volunteers, a.volunteer()).homeGrid()))).isTrue();
              }
            }
          }
          assertThat(refused).isLessThanOrEqualTo(steps.size());
        });
    // the sequences exercise both sides: assignments made and every kind of refusal
    assertThat(ASSIGNED.get()).isGreaterThan(100);
    assertThat(REFUSED.keySet()).contains("ForbiddenException", "ConflictException", "InvalidInputException", "NotFoundException");
  }

  private static void checkWithin(World w, String need, Principal caller, List<String> ids, List<Volunteer> volunteers) {
    for (String id : ids) {
      GridNode home = WORLD.tree.node(volunteer(volunteers, id).homeGrid());
      assertThat(reach(w, need).covers(home)).as("%s within the reach of %s", id, need).isTrue();
      assertThat(org.gridgov.core.Scope.of(WORLD.tree, caller).admits(home.code())).as("%s within %s's scope", id, caller.id()).isTrue();
    }
  }

  private static GridNode reach(World w, String need) {
    ListItem n = w.lists.get(need, WORLD.centre);
    GridNode grid = WORLD.tree.node(n.grid());
    return n.input().reach().map(WORLD.tree::node).orElse(grid.parent().orElse(grid));
  }

  private static Volunteer volunteer(List<Volunteer> all, String id) {
    return all.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theSameNeedAndVolunteersGiveTheSameMatchWhateverTheOrderOfRegistration() {
    qt().withExamples(150).forAll(ServicesGenerators.volunteers(1, 30), ServicesGenerators.needs(), integers().between(0, 1000))
        .checkAssert((volunteers, need, seed) -> {
          List<Volunteer> shuffled = new ArrayList<>(volunteers);
          Collections.shuffle(shuffled, new Random(seed));
          World a = world(volunteers, List.of(need));
          World b = world(shuffled, List.of(need));
          assertThat(b.market.match(b.needs.get(0), WORLD.centre)).isEqualTo(a.market.match(a.needs.get(0), WORLD.centre));
          Match one = a.market.oneKeyMatch(a.needs.get(0), WORLD.centre);
          assertThat(b.market.oneKeyMatch(b.needs.get(0), WORLD.centre)).isEqualTo(one);
          assertThat(one.assigned()).hasSizeLessThanOrEqualTo(need.wanted());
          assertThat(one.candidates()).extracting(Candidate::rank).isSorted();
        });
  }
}
