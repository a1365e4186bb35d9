package org.gridgov.examples.month;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.Datum;
import org.gridgov.core.Grid;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Principal;
import org.gridgov.core.SpecialGroup;
import org.gridgov.geo.LonLat;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Commands;
import org.gridgov.workflow.HelpCall;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;

/**
 * The month's one-key calls for help (一键求助, article 002): a handful of smart wristbands pressed by
 * people of the special groups, on working days in office hours, each at a GCJ-02 point inside a
 * basic grid, opened by the service's help policy. The grid's worker responds within minutes, helps,
 * and the line revisits and closes it the next working day; the third call goes unanswered until the
 * clock escalates it to the community, whose leader responds once the summoned department reported
 * in; the fifth was pressed by mistake (误触). People act in office hours, like everyone in the month.
 */
final class HelpCalls {
  /** The matter type of the calls in the demo's catalogue; without it the month has none. */
  static final String MATTER_TYPE = "service.one-key-help";
  /** How many calls the month has. */
  static final int CALLS = 6;
  private static final List<SpecialGroup> GROUPS = List.of(SpecialGroup.ELDERLY_LIVING_ALONE, SpecialGroup.DISABLED,
      SpecialGroup.ELDERLY, SpecialGroup.LEFT_BEHIND_CHILD, SpecialGroup.CHILDLESS_ELDERLY, SpecialGroup.ELDERLY_LIVING_ALONE);
  private static final List<String> WORDS = List.of("摔倒了,起不来", "头晕胸闷", "家里停水停电", "孩子发烧,家长不在身边", "找不到回家的路", "");

  private final TicketService service;
  private final Staff staff;
  private final BusinessCalendar calendar;
  private final SplittableRandom random;
  private final List<TicketId> opened = new ArrayList<>();

  HelpCalls(TicketService service, Staff staff, BusinessCalendar calendar, SplittableRandom random) {
    this.service = service;
    this.staff = staff;
    this.calendar = calendar;
    this.random = random;
  }

  /** True when the catalogue files calls for help. */
  static boolean filed(MatterCatalogue catalogue) {
    return catalogue.find(MATTER_TYPE).isPresent();
  }

  /** The calls of the month, each with the instant it comes in. */
  List<Map.Entry<Instant, Happening>> plan(District district, YearMonth month, ReportPoints points) {
    List<LocalDate> days = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      if (calendar.isWorkingDay(month.atDay(d))) {
        days.add(month.atDay(d));
      }
    }
    List<Grid> grids = district.basicGrids();
    List<Map.Entry<Instant, Happening>> out = new ArrayList<>();
    for (int i = 0; i < CALLS && !days.isEmpty(); i++) {
      LocalDate day = days.get((i * days.size()) / CALLS + random.nextInt(Math.max(1, days.size() / CALLS)));
      int minute = random.nextBoolean() ? 9 * 60 + random.nextInt(120) : 14 * 60 + random.nextInt(90);
      Instant at = day.atStartOfDay(calendar.zone()).plusMinutes(minute).toInstant();
      Grid grid = grids.get(random.nextInt(grids.size()));
      LonLat gcj = points.gcj02In(grid.code());
      TicketId id = TicketId.of(String.format("%s-%d%02d-H%02d", district.root().code().value(), month.getYear(),
          month.getMonthValue(), i + 1));
      HelpCall call = HelpCall.builder().id(id).device(String.format("wb-%s-%04d", grid.code().value(), 1 + random.nextInt(9999)))
          .specialGroup(GROUPS.get(i % GROUPS.size())).datum(Datum.GCJ02).longitude(gcj.lon()).latitude(gcj.lat())
          .note(WORDS.get(i).isEmpty() ? Optional.empty() : Optional.of(WORDS.get(i))).build();
      out.add(Map.entry(at, new Call(call, i == 2, i == 4, i)));
    }
    return out;
  }

  /** The tickets the calls opened, in order. */
  List<TicketId> opened() {
    return List.copyOf(opened);
  }

  private final class Call implements Happening {
    private final HelpCall call;
    private final boolean unanswered;
    private final boolean mistaken;
    private final int number;
    private boolean revisited;

    Call(HelpCall call, boolean unanswered, boolean mistaken, int number) {
      this.call = call;
      this.unanswered = unanswered;
      this.mistaken = mistaken;
      this.number = number;
    }

    @Override
    public Optional<Instant> act(Instant now) {
      Principal centre = staff.centre(number);
      if (!opened.contains(call.id().orElseThrow())) {
        opened.add(service.callForHelp(call, centre).id());
        return Optional.of(unanswered ? later(now, 100, 110) : later(now, 4, 20));
      }
      Ticket t = service.get(call.id().orElseThrow(), centre);
      Principal here = t.handlingGrid().equals(t.grid()) ? staff.worker(t.grid()).orElse(centre) : staff.leader(t.handlingGrid());
      Command next;
      Optional<Instant> then;
      switch (t.state()) {
        case "called":
          next = mistaken ? Commands.reject(t.id(), here, "false-alarm") : Commands.respond(t.id(), here);
          then = Optional.of(later(now, 20, 60));
          break;
        case "escalated":
          next = t.summons().stream().filter(s -> s.reportedInAt().isEmpty()).findFirst()
              .map(s -> Commands.reportIn(t.id(), staff.department(s.department()))).orElse(Commands.respond(t.id(), here));
          then = Optional.of(later(now, 5, 15));
          break;
        case "responding":
          next = Commands.handle(t.id(), here).withComment("已上门帮扶");
          then = Optional.of(later(now, 240, 420));
          break;
        default:
          next = revisited ? Commands.close(t.id(), centre) : Commands.revisit(t.id(), centre);
          revisited = true;
          then = Optional.of(later(now, 10, 30));
      }
      Ticket after = service.execute(next);
      return after.isOpen() ? then : Optional.empty();
    }
  }

  /** A moment between {@code from} and {@code to} working minutes after {@code now}: people act in office hours. */
  private Instant later(Instant now, int from, int to) {
    return calendar.plusWorkingTime(now, Duration.ofMinutes(from + random.nextInt(to - from + 1)));
  }
}
