package org.gridgov.services.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.services.Availability;
import org.gridgov.services.Candidate;
import org.gridgov.services.ItemStatus;
import org.gridgov.services.ListItem;
import org.gridgov.services.ListKind;
import org.gridgov.services.ListQuery;
import org.gridgov.services.Match;
import org.gridgov.services.ResidentInput;
import org.gridgov.services.ServiceTime;
import org.gridgov.services.ThreeLists;
import org.gridgov.services.Volunteer;
import org.gridgov.services.VolunteerMarket;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** The samples of {@code docs/services.md}: the three lists, and one-key matching in the volunteer supermarket. */
class ServicesGuideTest {
  // what the samples take from grid-core and grid-workflow: the small district of the workflow guide
  // (district → street → community → basic grid), its roster, a clock, and a ticket service
  private final WorkflowWorld district = new WorkflowWorld();
  private final GridTree tree = district.tree;
  private final Roster roster = Roster.builder(tree).add(StaffMember.of("zhang-min", "张敏"))
      .assign("zhang-min", Role.GRID_WORKER, GridCode.parse("370811001001001")).build();
  private final MutableClock clock = MutableClock.at("2024-04-08T09:30");
  private final Principal gridWorker = Principal.of("zhang-min", PrincipalKind.GRID_WORKER, GridCode.parse("370811001001001"));
  private final Principal communityLeader = Principal.of("leader-heyun", PrincipalKind.GRID_LEADER, GridCode.parse("370811001001"));

  @Test
  void residentsInputIsSortedIntoTheThreeListsAndANeedBecomesATicket() {
    TicketService.Builder services = district.builder(clock);
    // snippet: services-three-lists
    ThreeLists lists = ThreeLists.builder(tree).clock(clock).roster(roster).build();
    TicketService tickets = services.listener(lists.ticketListener()).build();   // a need's ticket closing marks it done

    ListItem need = lists.record(ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT)   // 一访: 入户走访
        .grid(GridCode.parse("370811001001001")).title("电动车堵塞消防通道").addSkills("errands").build(), gridWorker);
    ListItem offer = lists.record(ResidentInput.builder().kind(ListKind.RESOURCE).channel(Channel.HOTLINE)  // 一线
        .grid(GridCode.parse("370811001001002")).title("退休电工义务维修家电").addSkills("repair").build(), communityLeader);
    List<ListItem> open = lists.query(ListQuery.builder().under(GridCode.parse("370811001001"))
        .addStatuses(ItemStatus.OPEN).build(), communityLeader);                 // within the reader's scope
    ListItem ticketed = lists.toTicket(need.id(), tickets, "city.bike-parking", gridWorker);   // 转为工单
    // end snippet
    assertThat(need.owner()).isEqualTo("zhang-min");
    assertThat(open).containsExactly(need, offer);
    Ticket t = tickets.get(ticketed.ticket().orElseThrow(), gridWorker);
    assertThat(t.channel()).isEqualTo(Channel.VISIT);
    assertThat(lists.query(ListQuery.all(), gridWorker)).extracting(ListItem::id).containsExactly(need.id());
  }

  @Test
  void aNeedIsMatchedWithOneKeyAndEveryChoiceIsExplained() {
    ThreeLists lists = ThreeLists.builder(tree).clock(clock).roster(roster).build();
    // snippet: services-one-key-match
    VolunteerMarket market = VolunteerMarket.on(lists, clock);
    Availability saturdays = new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
    market.register(Volunteer.builder().id("v-li").name("李建国").homeGrid(GridCode.parse("370811001001001"))
        .addSkills("errands", "elderly-care").addAvailability(saturdays).cap(2).build(), communityLeader);
    market.register(Volunteer.builder().id("v-zhao").name("赵敏").homeGrid(GridCode.parse("370811001001002"))
        .addSkills("errands").build(), communityLeader);

    ListItem need = lists.record(ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT)
        .grid(GridCode.parse("370811001001001")).title("独居老人代购药品").addSkills("errands", "elderly-care")
        .time(new ServiceTime(LocalDate.of(2024, 4, 13), LocalTime.of(9, 0), LocalTime.of(10, 0))).build(), gridWorker);
    Match match = market.oneKeyMatch(need.id(), communityLeader);   // 一键匹配: the best, as many as the need wants
    Candidate best = match.candidates().get(0);                     // v-li: both skills, the need's own grid, free then
    List<String> why = best.reasons();
    // end snippet
    assertThat(match.assigned()).containsExactly("v-li");
    assertThat(why.get(0)).isEqualTo("skills elderly-care, errands: 2 of the 2 asked for");
    assertThat(match.candidates()).extracting(Candidate::volunteer).containsExactly("v-li", "v-zhao");
    assertThat(market.load("v-li", communityLeader)).isEqualTo(1);
  }
}
