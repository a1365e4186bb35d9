package org.gridgov.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gridgov.core.ConflictException;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * 志愿服务超市 (article 002): "根据需求清单,建立线上志愿服务超市,通过一键匹配需求,接单开展服务,畅通志愿服务渠道" —
 * the best volunteers for a need, why each one, and never over anyone's cap.
 */
class VolunteerMarketTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-04-01T09:00");
  private final ThreeLists lists = ThreeLists.builder(world.tree).clock(clock).build();
  private final VolunteerMarket market = VolunteerMarket.on(lists, clock);

  private static Volunteer.Builder volunteer(String id, String name, GridCode home, String... skills) {
    Volunteer.Builder b = Volunteer.builder();
    b.id(id).name(name).homeGrid(home).addSkills(skills);
    return b;
  }

  /** 独居老人王秀英 needs her medicine bought on Saturday morning (2024-04-06). */
  private ListItem medicineRun() {
    return lists.record(ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT).grid(HEYUN_1).title("独居老人代购药品")
        .addSkills("errands", "elderly-care").wanted(2).reach(XUZHUANG)
        .time(new ServiceTime(LocalDate.of(2024, 4, 6), LocalTime.of(9, 0), LocalTime.of(10, 0)))
        .location(ReportedPlace.of(116.6050, 35.4100)).build(), world.worker);
  }

  @Test
  void oneKeyMatchesTheNeedToTheBestVolunteersAndSaysWhy() {
    Availability saturdayMorning = new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
    market.register(volunteer("v-li", "李建国", HEYUN_1, "errands", "elderly-care").addAvailability(saturdayMorning)
        .location(ReportedPlace.of(116.6060, 35.4105)).build(), world.streetLeader);       // both skills, same grid, ~100 m
    market.register(volunteer("v-zhao", "赵敏", HEYUN_2, "errands", "elderly-care").addAvailability(saturdayMorning).build(),
        world.streetLeader);                                                              // both skills, next grid
    market.register(volunteer("v-sun", "孙强", HEYUN_1, "errands").location(ReportedPlace.of(116.6051, 35.4100)).build(),
        world.streetLeader);                                                              // one skill, same grid, closest
    market.register(volunteer("v-qian", "钱芳", YUJING_1, "legal-aid").build(), world.streetLeader);  // no skill asked for
    market.register(volunteer("v-zhou", "周洋", JIDONG_1, "errands", "elderly-care").build(), world.centre); // outside the reach
    ListItem need = medicineRun();

    Match m = market.oneKeyMatch(need.id(), world.streetLeader);
    assertThat(m.candidates()).extracting(Candidate::volunteer).containsExactly("v-li", "v-zhao", "v-sun");
    assertThat(m.assigned()).containsExactly("v-li", "v-zhao");                         // the need wants two
    Candidate li = m.candidates().get(0);
    assertThat(li.reasons()).containsExactly("skills elderly-care, errands: 2 of the 2 asked for",
        "home grid 荷韵花园第1网格 (370811001001001): 0 steps in the grid tree, the need's own grid", "106 m from the need",
        "serves 0 of at most 2 needs", "free 2024-04-06 09:00–10:00 (hours [SAT 08:00–12:00])");
    assertThat(m.candidates().get(1).treeSteps()).isEqualTo(2);
    assertThat(m.excluded()).extracting(Match.Excluded::volunteer).containsExactly("v-qian");   // v-zhou is never listed
    assertThat(lists.get(need.id(), world.worker).status()).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(market.load("v-li", world.centre)).isEqualTo(1);
    assertThatThrownBy(() -> market.oneKeyMatch(need.id(), world.streetLeader)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has all the 2 volunteer(s) it wants");
    lists.complete(need.id(), world.worker);
    assertThat(market.load("v-li", world.centre)).isZero();                                           // a need done frees its volunteers
  }

  @Test
  void aVolunteerWithoutSkillsIsATypedErrorAndRegistersNothing() {
    assertThatThrownBy(() -> volunteer("v-wu", "吴刚", HEYUN_1).build()).isInstanceOf(InvalidInputException.class).satisfies(e -> {
      GridGovException g = (GridGovException) e;
      assertThat(g.field()).isEqualTo("volunteer.skills");
      assertThat(g.value()).isEqualTo("[]");
      assertThat(g.rule()).contains("at least one skill");
    });
    assertThatThrownBy(() -> market.register(volunteer("v-wu", "吴刚", GridCode.parse("370811001001009"), "repair").build(), world.centre))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("volunteer.homeGrid = \"370811001001009\"");
    assertThatThrownBy(() -> market.register(volunteer("v-wu", "吴刚", JIDONG_1, "repair").build(), world.worker))
        .isInstanceOf(ForbiddenException.class);
    assertThat(market.volunteers(world.centre)).isEmpty();
  }

  @Test
  void aNeedOutsideTheCallersScopeIsForbiddenAndChangesNothing() {
    market.register(volunteer("v-li", "李建国", HEYUN_1, "errands").build(), world.centre);
    ListItem need = medicineRun();
    assertThatThrownBy(() -> market.oneKeyMatch(need.id(), world.jidongWorker)).isInstanceOf(ForbiddenException.class)
        .satisfies(e -> assertThat(((GridGovException) e).value()).isEqualTo(need.id()));
    assertThatThrownBy(() -> market.assign(need.id(), List.of("v-li"), world.worker2)).isInstanceOf(ForbiddenException.class);
    assertThat(market.load("v-li", world.centre)).isZero();
    assertThat(lists.get(need.id(), world.worker).status()).isEqualTo(ItemStatus.OPEN);
  }

  @Test
  void aReaderSeesTheAssignmentsAndLoadsOfVolunteersWithinItsScopeOnly() {
    market.register(volunteer("v-li", "李建国", HEYUN_1, "errands").build(), world.centre);
    market.register(volunteer("v-zhao", "赵敏", HEYUN_2, "errands").build(), world.centre);
    ListItem need = medicineRun();                                  // in 荷韵花园第1网格, reach: the community
    market.assign(need.id(), List.of("v-li", "v-zhao"), world.centre);
    assertThat(market.assignments(need.id(), world.centre)).extracting(Assignment::volunteer).containsExactly("v-li", "v-zhao");
    assertThat(market.assignments(need.id(), world.worker)).extracting(Assignment::volunteer).containsExactly("v-li");
    assertThat(market.load("v-li", world.worker)).isEqualTo(1);
    assertThatThrownBy(() -> market.load("v-zhao", world.worker)).isInstanceOf(ForbiddenException.class)
        .satisfies(e -> assertThat(((GridGovException) e).field()).isEqualTo("volunteerId"));
    assertThatThrownBy(() -> market.load("v-nobody", world.centre)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> market.load(null, world.centre)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void anAssignmentOverACapOrOutsideTheReachIsRefusedWhole() {
    market.register(volunteer("v-li", "李建国", HEYUN_1, "errands").cap(1).build(), world.centre);
    market.register(volunteer("v-zhao", "赵敏", HEYUN_2, "errands").build(), world.centre);
    market.register(volunteer("v-zhou", "周洋", JIDONG_1, "errands").build(), world.centre);
    ListItem first = medicineRun();
    ListItem second = medicineRun();
    market.assign(first.id(), List.of("v-li"), world.centre);
    assertThatThrownBy(() -> market.assign(second.id(), List.of("v-zhao", "v-li"), world.centre)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("volunteers[1] = \"v-li\"").hasMessageContaining("at the cap: serves 1 of 1");
    assertThatThrownBy(() -> market.assign(second.id(), List.of("v-zhou"), world.centre)).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("outside the need's reach 370811001");
    assertThatThrownBy(() -> market.assign(second.id(), List.of("v-nobody"), world.centre)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> market.assign(second.id(), List.of(), world.centre)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one volunteer");
    assertThatThrownBy(() -> market.assign(second.id(), java.util.Arrays.asList("v-zhao", null), world.centre))
        .isInstanceOf(MissingValueException.class).hasMessageContaining("volunteers[1]");
    assertThat(market.load("v-zhao", world.centre)).isZero();                                        // v-zhao was not assigned either
    assertThat(market.assignments(second.id(), world.centre)).isEmpty();
    assertThat(lists.get(second.id(), world.centre).status()).isEqualTo(ItemStatus.OPEN);
  }
}
