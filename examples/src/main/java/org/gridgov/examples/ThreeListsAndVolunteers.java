package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.services.Availability;
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

/**
 * Example: 金安苑社区, Zhangye (article 002) — what the "六个一" collect is sorted into the three lists
 * (资源、需求、项目清单); the volunteer supermarket matches a need with one key (一键匹配) and says why;
 * two needs become one project.
 */
public final class ThreeListsAndVolunteers {
  private ThreeListsAndVolunteers() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintWriter out) {
    Place zhangye = Place.load("zhangye");
    Clock clock = Clock.fixed(Instant.parse("2024-04-08T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    ThreeLists lists = ThreeLists.builder(zhangye.tree()).clock(clock).roster(zhangye.roster()).build();
    VolunteerMarket market = VolunteerMarket.on(lists, clock);
    Principal committee = Principal.of("jay-shegongwei", PrincipalKind.GRID_LEADER, GridCode.parse("620702001007"));
    GridCode g1 = GridCode.parse("620702001007001"), g2 = GridCode.parse("620702001007002");   // 第1、第2网格
    ListItem medicine = lists.record(input(ListKind.NEED, Channel.VISIT, g1, "独居老人代购药品", "errands").wanted(1)
        .time(new ServiceTime(LocalDate.of(2024, 4, 13), LocalTime.of(9, 0), LocalTime.of(10, 0))).build(), committee);
    lists.record(input(ListKind.RESOURCE, Channel.HOTLINE, g2, "退休电工义务维修家电", "repair").build(), committee);
    ListItem light = lists.record(input(ListKind.NEED, Channel.CHAT_GROUP, g1, "3号楼楼道灯不亮", "repair").build(), committee);
    ListItem door = lists.record(input(ListKind.NEED, Channel.MAILBOX, g2, "单元门禁失灵", "repair").build(), committee);
    for (ListItem i : lists.query(ListQuery.all(), committee)) {
      out.printf("%s %s %s %s owner %s: %s%n", i.id(), i.kind().chineseName(), zhangye.tree().get(i.grid()).name(),
          i.status(), i.owner(), i.title());
    }
    Availability saturday = new Availability(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
    market.register(volunteer("zy-v1", "党员志愿者李建国", g1, "errands", "elderly-care").addAvailability(saturday).build(), committee);
    market.register(volunteer("zy-v2", "志愿者赵敏", g2, "errands").addAvailability(saturday).build(), committee);
    market.register(volunteer("zy-v3", "志愿者孙强", g1, "legal-aid").build(), committee);
    Match m = market.oneKeyMatch(medicine.id(), committee);
    out.printf("一键匹配 %s: %s assigned; why %s:%n", medicine.id(), m.assigned(), m.candidates().get(0).name());
    m.candidates().get(0).reasons().forEach(r -> out.printf("  %s%n", r));
    m.excluded().forEach(x -> out.printf("  not %s: %s%n", x.volunteer(), x.reason()));
    ListItem project = lists.toProject(List.of(light.id(), door.id()), "楼栋公共设施维修项目", committee);
    out.printf("project %s in %s from %s%n", project.id(), zhangye.tree().get(project.grid()).name(), project.needs());
    List.of(ListKind.values()).forEach(k -> out.printf("%s: %d%n", k.chineseName(), lists.query(ListQuery.of(k), committee).size()));
  }

  private static ResidentInput.Builder input(ListKind kind, Channel channel, GridCode grid, String title, String skill) {
    ResidentInput.Builder b = ResidentInput.builder();
    b.kind(kind).channel(channel).grid(grid).title(title).addSkills(skill);
    return b;
  }

  private static Volunteer.Builder volunteer(String id, String name, GridCode home, String... skills) {
    Volunteer.Builder b = Volunteer.builder();
    b.id(id).name(name).homeGrid(home).addSkills(skills);
    return b;
  }
}
