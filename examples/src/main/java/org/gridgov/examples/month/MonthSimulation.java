package org.gridgov.examples.month;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.gridgov.core.Grid;
import org.gridgov.core.GridNode;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Principal;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.CalendarDataMissingException;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.HelpPolicy;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.ReportedPlace;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.WorkflowDefinitions;

/**
 * A month of a district, simulated (月度仿真): reports arrive in every basic grid at the rates of
 * their matter types ({@link Arrivals}), at seeded points inside the grid given in GCJ-02; each is
 * located by the district's {@code GridLocator} and opened as a ticket in the grid found, then
 * carried through the standard closed loop ({@link Conductor}) by the real {@link TicketService}
 * on the Chinese working-day calendar, whose clock sweep runs every half hour (urging, overdue,
 * escalation timeouts). Departments and grids differ in pace — some grids lie in a slow corner of
 * the district — so overdue tickets cluster. Tickets still open at the month's end stay open.
 *
 * <p>Deterministic: the same district, month and seed give the same events; ticket ids are
 * {@code <district code>-<yyyyMM>-<n>} in order of reporting.
 */
public final class MonthSimulation {
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(30);

  /**
   * A simulated month.
   *
   * @param events every event in the order appended (per ticket by version)
   * @param reports the reports made (tickets opened), one-key calls for help not counted
   * @param helpCalls the tickets of the one-key calls for help (一键求助), in order
   * @param matches the needs of the three lists matched with one key in the volunteer supermarket
   */
  public record Result(District district, YearMonth month, long seed, List<TicketEvent> events, int reports,
      List<TicketId> helpCalls, List<VolunteerMatch> matches) {}

  private record Task(Instant at, long seq, Arrival report, Conductor.Case ticket, Happening side) {}

  private MonthSimulation() {}

  /**
   * Simulates {@code month}.
   *
   * @throws CalendarDataMissingException when the calendar lacks the month's year or the next
   */
  public static Result run(District district, YearMonth month, long seed, Progress progress) {
    return run(district, month, seed, progress, new InMemoryTicketStore());
  }

  /**
   * Simulates {@code month} with the tickets in {@code store} (an empty store: the in-memory default,
   * or PostgreSQL through grid-store-jdbc).
   *
   * @throws CalendarDataMissingException when the calendar lacks the month's year or the next
   */
  public static Result run(District district, YearMonth month, long seed, Progress progress, TicketStore store) {
    if (district == null || month == null || progress == null || store == null) {
      throw new MissingValueException(district == null ? "district" : month == null ? "month" : progress == null ? "progress"
          : "store");
    }
    BusinessCalendar calendar = BusinessCalendar.chinese();
    requireCalendar(calendar, month);
    ZoneId zone = calendar.zone();
    Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    SimulatedClock clock = new SimulatedClock(start, zone);
    List<TicketEvent> events = new ArrayList<>();
    TicketService.Builder sb = TicketService.builder().tree(district.tree()).catalogue(district.catalogue()).store(store)
        .calendar(calendar).clock(clock).locator(district.locator()).listener((t, appended) -> events.addAll(appended));
    if (HelpCalls.filed(district.catalogue())) {
      sb.helpPolicy(HelpPolicy.standard(HelpCalls.MATTER_TYPE));
    }
    for (MatterClass c : MatterClass.values()) {
      sb.definitionFor(c, WorkflowDefinitions.STANDARD);
    }
    TicketService service = sb.build();
    SplittableRandom root = new SplittableRandom(seed);
    Staff staff = new Staff(district);
    Pace pace = new Pace(district, staff, root.split());
    List<Arrival> arrivals = Arrival.month(district, new Arrivals(district.catalogue()), calendar, month, root.split());
    ReportPoints points = new ReportPoints(district.grids(), root.split());
    SplittableRandom plans = root.split();
    Conductor conductor = new Conductor(service, staff, calendar, root.split());

    PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at) ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    long seq = 0;
    for (Arrival a : arrivals) {
      queue.add(new Task(a.at(), seq++, a, null, null));
    }
    // besides the reports: one-key calls for help and the volunteer supermarket, from their own seeds
    SplittableRandom sides = root.split();
    ReportPoints sidePoints = new ReportPoints(district.grids(), sides.split());
    HelpCalls help = new HelpCalls(service, staff, calendar, sides.split());
    VolunteerDays volunteers = new VolunteerDays(district, staff, calendar, clock, sides.split());
    List<Map.Entry<Instant, Happening>> happenings = new ArrayList<>();
    if (HelpCalls.filed(district.catalogue())) {
      happenings.addAll(help.plan(district, month, sidePoints));
    }
    happenings.addAll(volunteers.plan(month, sidePoints));
    for (Map.Entry<Instant, Happening> h : happenings) {
      queue.add(new Task(h.getKey(), seq++, null, null, h.getValue()));
    }
    Instant sweep = start.plus(SWEEP_EVERY);
    int reports = 0;
    int days = month.lengthOfMonth();
    int day = 0;
    while (!queue.isEmpty() && queue.peek().at.isBefore(end)) {
      Task task = queue.poll();
      while (!sweep.isAfter(task.at)) {
        clock.moveTo(sweep);
        service.sweep();
        sweep = sweep.plus(SWEEP_EVERY);
      }
      clock.moveTo(task.at);
      int today = (int) Duration.between(start, task.at).toDays();
      if (today > day) {
        day = today;
        progress.at(day, days);
      }
      Optional<Instant> next;
      Conductor.Case c = task.ticket;
      if (task.side != null) {
        next = task.side.act(task.at);
      } else if (task.report != null) {
        c = report(service, staff, district, points, task.report, ++reports, month, plans, pace);
        next = Optional.of(conductor.firstLook(task.at));
      } else {
        next = conductor.act(c, task.at);
      }
      if (next.isPresent()) {
        queue.add(new Task(next.get(), seq++, null, task.side == null ? c : null, task.side));
      }
    }
    for (; sweep.isBefore(end); sweep = sweep.plus(SWEEP_EVERY)) {
      clock.moveTo(sweep);
      service.sweep();
    }
    progress.at(days, days);
    return new Result(district, month, seed, Collections.unmodifiableList(events), reports, help.opened(), volunteers.matches());
  }

  /**
   * Checks that the calendar has holidays for the month and the one after it (deadlines run on).
   *
   * @throws CalendarDataMissingException naming the month when it does not
   */
  public static void requireCalendar(BusinessCalendar calendar, YearMonth month) {
    for (YearMonth m : List.of(month, month.plusMonths(1))) {
      if (!calendar.coveredYears().contains(m.getYear())) {
        String covered = "the working-day calendar covers " + calendar.coveredYears().first() + "-"
            + calendar.coveredYears().last();
        throw new CalendarDataMissingException("month", month.toString(), m.equals(month)
            ? covered + ", not " + m.getYear() : covered + ", and deadlines of the month run into " + m);
      }
    }
  }

  private static Conductor.Case report(TicketService service, Staff staff, District district, ReportPoints points,
      Arrival a, int number, YearMonth month, SplittableRandom plans, Pace pace) {
    LonLat gcj = points.gcj02In(a.grid().code());
    Optional<GridNode> located = district.locator().locateIn(CoordinateSystem.GCJ02, gcj.lon(), gcj.lat());
    if (located.isEmpty()) {
      throw new IllegalStateException("report point " + gcj + " of grid " + a.grid().code() + " is in no grid");
    }
    Grid grid = located.get().grid();
    LonLat wgs = CoordinateSystem.GCJ02.toWgs84(gcj.lon(), gcj.lat());
    Principal centre = staff.centre(number);
    Optional<Principal> worker = staff.worker(grid.code());
    Channel channel = worker.isPresent() ? a.channel() : Channel.HOTLINE;
    Reporter reporter;
    Principal actor;
    String summary = district.catalogue().get(a.matterType()).name();
    switch (channel) {
      case PATROL:
        reporter = Reporter.gridStaff(worker.get().id());
        actor = worker.get();
        summary = "网格员巡查发现：" + summary;
        break;
      case VIDEO_PATROL:
        reporter = Reporter.device("cam-" + grid.code().value());
        actor = centre;
        summary = "视频巡查发现：" + summary;
        break;
      default:
        reporter = Reporter.anonymous();
        actor = centre;
        summary = "12345热线来电：" + summary;
        break;
    }
    TicketId id = TicketId.of(String.format("%s-%d%02d-%05d", district.root().code().value(), month.getYear(),
        month.getMonthValue(), number));
    Ticket t = service.report(NewTicket.builder().id(id).channel(channel).matterType(a.matterType()).grid(grid.code())
        .location(ReportedPlace.of(wgs.lon(), wgs.lat())).reporter(reporter).summary(summary + "（" + grid.name() + "）")
        .build(), actor);
    TicketPlan plan = TicketPlan.draw(plans, pace.of(t.owningDepartment(), grid.code()));
    return new Conductor.Case(t.id(), number, plan, worker.orElse(centre));
  }

  /** One report to come: when, where, what, by which channel. */
  record Arrival(Instant at, Grid grid, String matterType, Channel channel) {
    static List<Arrival> month(District district, Arrivals rates, BusinessCalendar calendar, YearMonth month,
        SplittableRandom r) {
      List<Arrival> out = new ArrayList<>();
      List<Grid> grids = district.basicGrids();
      double[] busy = new double[grids.size()];
      for (int g = 0; g < busy.length; g++) {
        busy[g] = Math.exp(0.25 * TicketPlan.gaussian(r));
      }
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        LocalDate date = month.atDay(d);
        double dayFactor = calendar.isWorkingDay(date) ? 1.0 : Arrivals.OFF_DAY_FACTOR;
        for (int g = 0; g < grids.size(); g++) {
          boolean rural = grids.get(g).kind().equals(Optional.of("rural"));
          for (int i = 0; i < rates.types().size(); i++) {
            int n = poisson(r, rates.perDay(i, rural) * dayFactor * busy[g]);
            for (int k = 0; k < n; k++) {
              int c = r.nextInt(100);
              Channel channel = c < 70 ? Channel.PATROL : c < 90 ? Channel.HOTLINE : Channel.VIDEO_PATROL;
              int minute = channel == Channel.PATROL ? 8 * 60 + r.nextInt(10 * 60)
                  : channel == Channel.HOTLINE ? 7 * 60 + r.nextInt(15 * 60) : r.nextInt(24 * 60);
              Instant at = date.atTime(LocalTime.MIN).plusMinutes(minute).plusSeconds(r.nextInt(60))
                  .atZone(calendar.zone()).toInstant();
              out.add(new Arrival(at, grids.get(g), rates.types().get(i), channel));
            }
          }
        }
      }
      return out;
    }

    private static int poisson(SplittableRandom r, double mean) {
      double limit = Math.exp(-mean);
      int k = 0;
      for (double p = r.nextDouble(); p > limit; p *= r.nextDouble()) {
        k++;
      }
      return k;
    }
  }
}
