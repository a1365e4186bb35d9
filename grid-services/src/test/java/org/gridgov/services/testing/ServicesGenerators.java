package org.gridgov.services.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.services.Availability;
import org.gridgov.services.ListKind;
import org.gridgov.services.ResidentInput;
import org.gridgov.services.ServiceTime;
import org.gridgov.services.Volunteer;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the supermarket (志愿服务测试数据): volunteers with skills from the
 * articles' services (30 多项网格正面行为: 志愿服务、援法议事、法制宣传、反诈、帮跑代办、家电维修…), weekly hours,
 * caps of 1 to 3 and homes in any grid of {@link WorkflowWorld}'s tree; needs in its basic grids asking
 * for one to three skills, wanting one to three volunteers, reaching from their grid up to the
 * district, at a time of the week or none. Realistic and hostile: many volunteers share a grid and a
 * skill, ties are common, some have no hours or no location.
 */
public final class ServicesGenerators {
  /** The skills volunteers offer and needs ask for. */
  public static final List<String> SKILLS = List.of("elderly-care", "shopping", "legal-aid", "anti-fraud", "repair",
      "tutoring", "errands");

  private ServicesGenerators() {}

  /** Every grid of the world: volunteers live anywhere, needs only in basic grids. */
  public static List<GridCode> grids() {
    return List.of(WorkflowWorld.DISTRICT, WorkflowWorld.XUZHUANG, WorkflowWorld.JIDONG, WorkflowWorld.HEYUN, WorkflowWorld.YUJING,
        WorkflowWorld.JIDONG_NEW_VILLAGE, WorkflowWorld.HEYUN_1, WorkflowWorld.HEYUN_2, WorkflowWorld.YUJING_1, WorkflowWorld.JIDONG_1);
  }

  private static Gen<Set<String>> skills(int max) {
    return lists().of(Generate.pick(SKILLS)).ofSizeBetween(1, max).map(l -> new LinkedHashSet<>(l));
  }

  private static Gen<Optional<ReportedPlace>> places() {
    return integers().between(-1, 400).zip(integers().between(0, 400), (x, y) -> x < 0 ? Optional.<ReportedPlace>empty()
        : Optional.of(ReportedPlace.of(116.60 + x * 0.0001, 35.40 + y * 0.0001)));
  }

  private static Gen<List<Availability>> hours() {
    Gen<Availability> one = Generate.enumValues(DayOfWeek.class).zip(integers().between(7, 18), integers().between(1, 5),
        (d, h, n) -> new Availability(d, LocalTime.of(h, 0), LocalTime.of(Math.min(23, h + n), 0)));
    return lists().of(one).ofSizeBetween(0, 3);
  }

  /** A volunteer numbered {@code n}: ids are distinct when the numbers are. */
  public static Gen<Volunteer> volunteer(int n) {
    return Generate.pick(grids()).zip(skills(3), hours(), integers().between(1, 3), (g, s, h, cap) -> Volunteer.builder()
        .id(String.format("v%03d", n)).name("志愿者" + n).homeGrid(g).skills(s).availability(h).cap(cap).build())
        .zip(places(), (v, p) -> Volunteer.builder().from(v).location(p).build());
  }

  /** {@code min} to {@code max} volunteers with distinct ids. */
  public static Gen<List<Volunteer>> volunteers(int min, int max) {
    return in -> {
      int count = integers().between(min, max).generate(in);
      List<Volunteer> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        out.add(volunteer(i).generate(in));
      }
      return out;
    };
  }

  /** A need in a basic grid of the world, reaching from its grid up to a random ancestor. */
  public static Gen<ResidentInput> needs() {
    Gen<GridCode> grid = Generate.pick(List.of(WorkflowWorld.HEYUN_1, WorkflowWorld.HEYUN_2, WorkflowWorld.YUJING_1, WorkflowWorld.JIDONG_1));
    Gen<Optional<ServiceTime>> time = integers().between(-1, 13).zip(integers().between(8, 17),
        (d, h) -> d < 0 ? Optional.<ServiceTime>empty() : Optional.of(new ServiceTime(LocalDate.of(2024, 4, 1).plusDays(d),
            LocalTime.of(h, 0), LocalTime.of(h + 1, 0))));
    return grid.zip(skills(3), integers().between(1, 3), integers().between(0, 3), (g, s, w, up) -> {
      GridCode reach = g;
      for (int i = 0; i < up; i++) {
        reach = reach.length() > 6 ? reach.prefix(reach.length() - 3) : reach;
      }
      return ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT).grid(g).title("需要志愿服务").skills(s).wanted(w)
          .reach(reach).build();
    }).zip(time, places(), (n, t, p) -> ResidentInput.builder().from(n).time(t).location(p).build());
  }
}
