package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_2;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.ElementAssignment;
import org.gridgov.core.House;
import org.gridgov.core.HouseAddress;
import org.gridgov.core.HouseUse;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Person;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VisitComplianceTest {
  private static final ScoringPeriod APRIL = ScoringPeriod.month(YearMonth.of(2024, 4));
  private final WorkflowWorld world = new WorkflowWorld();
  private final Roster roster = Roster.builder(world.tree).add(StaffMember.of("w1", "网格员一")).add(StaffMember.of("w2", "网格员二"))
      .assign("w1", Role.GRID_WORKER, HEYUN_1).assign("w2", Role.GRID_WORKER, HEYUN_2).build();

  private static Instant day(int d, int hour) {
    return LocalDate.of(2024, 4, d).atTime(hour, 0).atZone(ScoringPeriod.CHINA).toInstant();
  }

  private static House house(String id, HouseUse use) {
    return House.builder().id(id).address(HouseAddress.builder().estate("荷韵花园").building("1").unit("1").room(id).build()).use(use).build();
  }

  @Test
  void householdsNeedOneVisitAMonthAndTheElderlyLivingAloneFour() {
    List<House> houses = List.of(house("h1", HouseUse.OWNER_OCCUPIED), house("h2", HouseUse.RENTAL), house("h3", HouseUse.VACANT));
    Person grandma = Person.builder().id("p1").name("王奶奶").addSpecialGroups(SpecialGroup.ELDERLY_LIVING_ALONE, SpecialGroup.DISABLED)
        .house("h1").build();
    Person child = Person.builder().id("p2").name("小明").addSpecialGroups(SpecialGroup.LEFT_BEHIND_CHILD).house("h2").build();
    Person plain = Person.builder().id("p3").name("张三").house("h2").build();
    List<ElementAssignment> where = List.of(ElementAssignment.of("h1", HEYUN_1), ElementAssignment.of("h2", HEYUN_2),
        ElementAssignment.of("h3", HEYUN_2), ElementAssignment.of("p1", HEYUN_1));
    List<VisitTarget> targets = VisitDuty.standard().targets(houses, List.of(grandma, child, plain), where);
    assertThat(targets).extracting(VisitTarget::id).containsExactly("h1", "h2", "p1", "p2");
    assertThat(targets).filteredOn(t -> t.id().equals("p1")).singleElement().satisfies(t -> assertThat(t.perMonth()).isEqualTo(4));
    assertThat(targets).filteredOn(t -> t.id().equals("p2")).singleElement().satisfies(t -> {
      assertThat(t.perMonth()).isEqualTo(2);
      assertThat(t.grid()).as("the person's grid is their house's").isEqualTo(HEYUN_2);
    });

    List<VisitRecord> visits = List.of(new VisitRecord("v1", "w1", "p1", day(2, 10)), new VisitRecord("v2", "w1", "p1", day(3, 10)),
        new VisitRecord("v3", "w1", "p1", day(9, 10)), new VisitRecord("v4", "w1", "p1", day(17, 10)),
        new VisitRecord("v5", "w1", "p1", day(25, 10)), new VisitRecord("v6", "w2", "p2", day(5, 10)),
        new VisitRecord("v7", "w2", "h2", day(6, 10)), new VisitRecord("v8", "w2", "nobody", day(6, 11)),
        new VisitRecord("v9", "w1", "h1", Instant.parse("2024-03-31T15:59:59Z")));
    VisitCompliance c = VisitDuty.standard().check(targets, visits, APRIL, roster);
    Map<String, VisitCompliance.TargetStatus> byId = new HashMap<>();
    c.statuses().forEach(s -> byId.put(s.target().id(), s));
    assertThat(byId.get("p1").met()).isTrue();
    assertThat(byId.get("p1").onTime()).as("windows of 7 or 8 days: the 3rd is a second visit in the first").containsExactly("v1", "v3", "v4", "v5");
    assertThat(byId.get("h1").visits()).as("visiting grandma counts for her household; the March visit does not")
        .containsExactly("v1", "v2", "v3", "v4", "v5");
    assertThat(byId.get("p2").met()).isFalse();
    assertThat(byId.get("h2").met()).isTrue();
    assertThat(c.shortfalls()).extracting(s -> s.target().id()).containsExactly("p2");
    assertThat(c.unmatched()).extracting(VisitRecord::id).containsExactly("v8");
    assertThat(c.ofWorker("w1")).contains(new Ratio(2, 2));
    assertThat(c.ofWorker("w2")).contains(new Ratio(1, 2));
    assertThat(c.ofWorker("nobody")).isEmpty();

    PointsRules rules = PointsRules.standard(world.catalogue);
    PointsLedger ledger = PointsLedger.create(rules);
    assertThat(c.awardBonuses(rules, ledger)).extracting(PointsEntry::person).containsExactly("w1", "w2", "w1", "w1", "w1");
    assertThat(c.awardBonuses(rules, ledger)).as("once per visit").isEmpty();
    assertThat(ledger.balance("w1")).isEqualTo(4);
  }

  @Test
  void theDutyIsCheckedPerMonthWithUniqueIds() {
    VisitTarget t = new VisitTarget("h1", VisitTarget.Kind.HOUSEHOLD, HEYUN_1, 1, Set.of(), Optional.empty());
    assertThatThrownBy(() -> VisitDuty.standard().check(List.of(t), List.of(), ScoringPeriod.week(LocalDate.of(2024, 4, 1)), roster))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("month");
    assertThatThrownBy(() -> VisitDuty.standard().check(List.of(t, t), List.of(), APRIL, roster))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("targets[1].id");
    VisitRecord v = new VisitRecord("v", "w1", "h1", day(1, 9));
    assertThatThrownBy(() -> VisitDuty.standard().check(List.of(t), List.of(v, v), APRIL, roster))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("visits[1].id");
    assertThatThrownBy(() -> VisitDuty.builder().perMonth(SpecialGroup.ORPHAN, 0).build()).isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("perMonth.ORPHAN");
  }

  private static Gen<List<Integer>> visitDays() {
    return in -> {
      int n = range(0, 12).generate(in);
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(range(1, 30).generate(in));
      }
      return out;
    };
  }

  @Test
  void aTargetIsMetWithEnoughVisitsAndOnTimeVisitsAreAtMostOnePerWindow() {
    qt().withExamples(300).forAll(visitDays(), range(1, 6)).checkAssert((days, k) -> {
      VisitTarget t = new VisitTarget("p", VisitTarget.Kind.PERSON, HEYUN_1, k, Set.of(SpecialGroup.ELDERLY), Optional.empty());
      List<VisitRecord> visits = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        visits.add(new VisitRecord("v" + i, "w1", "p", day(days.get(i), 9 + i % 8)));
      }
      VisitCompliance c = VisitDuty.standard().check(List.of(t), visits, APRIL, roster);
      VisitCompliance.TargetStatus s = c.statuses().get(0);
      assertThat(s.met()).isEqualTo(days.size() >= k);
      assertThat(s.onTime().size()).isLessThanOrEqualTo(Math.min(k, days.size()));
      long windows = days.stream().map(d -> (d - 1) * k / 30).distinct().count();
      assertThat(s.onTime()).hasSize((int) windows);
    });
  }

  @Test
  void bonusesAreBookedOnlyUnderTheLedgersRules() {
    PointsRules ledgerRules = PointsRules.standard(world.catalogue);
    PointsRules other = PointsRules.builder().from(ledgerRules).id("generous").build();
    PointsLedger ledger = PointsLedger.create(ledgerRules);
    VisitCompliance c = VisitDuty.standard().check(List.of(), List.of(), APRIL, roster);
    assertThatThrownBy(() -> c.awardBonuses(other, ledger)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules"))
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("generous"))
        .hasMessageContaining("must be the ledger's rules standard");
    assertThat(c.awardBonuses(PointsRules.standard(world.catalogue), ledger)).isEmpty();
  }
}
