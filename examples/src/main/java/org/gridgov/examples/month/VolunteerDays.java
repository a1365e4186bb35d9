package org.gridgov.examples.month;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.Grid;
import org.gridgov.core.Principal;
import org.gridgov.geo.LonLat;
import org.gridgov.services.Availability;
import org.gridgov.services.ListItem;
import org.gridgov.services.ListKind;
import org.gridgov.services.Match;
import org.gridgov.services.ResidentInput;
import org.gridgov.services.ServiceTime;
import org.gridgov.services.ThreeLists;
import org.gridgov.services.Volunteer;
import org.gridgov.services.VolunteerMarket;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.ReportedPlace;

/**
 * The month's volunteer supermarket (志愿服务超市, article 002): volunteers registered at the month's
 * start, homes and skills seeded across the district; a handful of needs recorded by grid workers on
 * their visits (入户走访) onto the three lists, matched with one key by the community's leader (一键匹配)
 * the same day, and done a few working days later. Nothing of it is a ticket.
 */
final class VolunteerDays {
  /** How many volunteers register. */
  static final int VOLUNTEERS = 40;
  /** How many needs the month has. */
  static final int NEEDS = 8;
  private static final List<String[]> KINDS = List.of(new String[] {"独居老人代购药品", "errands"},
      new String[] {"残疾人陪同就医", "elderly-care"}, new String[] {"老人家中水管漏水", "repair"},
      new String[] {"留守儿童课业辅导", "tutoring"}, new String[] {"邻里纠纷法律咨询", "legal-aid"},
      new String[] {"老年人防范电信诈骗", "anti-fraud"});

  private final District district;
  private final Staff staff;
  private final BusinessCalendar calendar;
  private final SplittableRandom random;
  private final ThreeLists lists;
  private final VolunteerMarket market;
  private final List<VolunteerMatch> matches = new ArrayList<>();

  VolunteerDays(District district, Staff staff, BusinessCalendar calendar, SimulatedClock clock, SplittableRandom random) {
    this.district = district;
    this.staff = staff;
    this.calendar = calendar;
    this.random = random;
    this.lists = ThreeLists.builder(district.tree()).clock(clock).roster(district.roster()).build();
    this.market = VolunteerMarket.on(lists, clock);
  }

  /** Registers the volunteers and plans the needs, each with the instant it is recorded. */
  List<Map.Entry<Instant, Happening>> plan(YearMonth month, ReportPoints points) {
    List<Grid> grids = district.basicGrids();
    Principal registrar = staff.centre(0);
    for (int v = 1; v <= VOLUNTEERS; v++) {
      Grid home = grids.get(random.nextInt(grids.size()));
      Volunteer.Builder b = Volunteer.builder();
      b.id(String.format("vol-%03d", v)).name(String.format("志愿者%03d", v)).homeGrid(home.code()).cap(1 + random.nextInt(3))
          .addSkills(KINDS.get(random.nextInt(KINDS.size()))[1], KINDS.get(random.nextInt(KINDS.size()))[1])
          .addAvailability(new Availability(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(8, 0), LocalTime.of(18, 0)))
          .location(place(points.gcj02In(home.code())));
      market.register(b.build(), registrar);
    }
    List<Map.Entry<Instant, Happening>> out = new ArrayList<>();
    for (int n = 0; n < NEEDS; n++) {
      LocalDate day = month.atDay(1 + (n * month.lengthOfMonth()) / NEEDS);
      while (!calendar.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      Instant at = day.atStartOfDay(calendar.zone()).plusMinutes(9 * 60 + 30 + random.nextInt(120)).toInstant();
      if (!at.isBefore(month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant())) {
        break;
      }
      // a need in a grid where a volunteer lives, asking for a skill they offer
      Volunteer near = market.volunteers(registrar).get(random.nextInt(VOLUNTEERS));
      Grid grid = district.tree().get(near.homeGrid());
      String[] kind = KINDS.stream().filter(k -> near.skills().contains(k[1])).findFirst().orElseThrow();
      ResidentInput need = ResidentInput.builder().kind(ListKind.NEED).channel(Channel.VISIT).grid(grid.code()).title(kind[0])
          .addSkills(kind[1]).wanted(1 + random.nextInt(2)).location(place(points.gcj02In(grid.code())))
          .time(new ServiceTime(day.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0))).build();
      out.add(Map.entry(at, new Need(need)));
    }
    return out;
  }

  /** The needs matched so far, in order. */
  List<VolunteerMatch> matches() {
    return List.copyOf(matches);
  }

  private static ReportedPlace place(LonLat gcj) {
    return new ReportedPlace(gcj.lon(), gcj.lat(), Optional.empty(), org.gridgov.core.Datum.GCJ02);
  }

  private final class Need implements Happening {
    private final ResidentInput input;
    private ListItem item;

    Need(ResidentInput input) {
      this.input = input;
    }

    @Override
    public Optional<Instant> act(Instant now) {
      Principal worker = staff.worker(input.grid()).orElse(staff.centre(0));
      if (item == null) {
        item = lists.record(input, worker);
        Principal leader = staff.leader(district.tree().node(input.grid()).parent().orElseThrow().code());
        Match m = market.oneKeyMatch(item.id(), leader);
        matches.add(new VolunteerMatch(item.id(), item.grid(), item.title(), m.assigned(),
            m.candidates().isEmpty() ? "nobody within reach: " + m.excluded().size() + " excluded"
                : String.join("; ", m.candidates().get(0).reasons().subList(0, 2))));
        return Optional.of(calendar.plusWorkingTime(now, Duration.ofMinutes(7 * 60 * (2 + random.nextInt(3)))));
      }
      lists.complete(item.id(), worker);
      return Optional.empty();
    }
  }
}
