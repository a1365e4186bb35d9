package org.gridgov.scoring.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.gridgov.core.Department;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridGovException;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.NewTicket;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Summons;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.WorkflowTransition;
import org.gridgov.workflow.testing.MutableClock;

/**
 * Drives the real {@link TicketService} through simulated days (工单仿真): grid workers report in
 * their grids, and every open ticket is acted on again and again by whoever may act on it now —
 * the worker, the leaders above, the command centre, the assigned and summoned departments —
 * choosing among the commands the service says are available, with arguments (verification
 * passes or fails, ratings, reasons, promises, extensions, named departments after a return).
 * Delays between steps are sometimes long, so clocks pass, and the service's clock sweep runs
 * every hour, recording urging, overdue and timeouts. Every event of the result is one the
 * workflow really produced; commands the service refuses are simply not taken.
 *
 * <p>Deterministic: the same world, settings and choices give the same events (ticket ids are
 * {@code T000001}, {@code T000002}, … in order of reporting).
 */
public final class TicketSimulation {
  /** Weights of the commands when several are available: the ordinary path is likely, the rest rarer. */
  private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
      Map.entry("accept", 40), Map.entry("reject", 2), Map.entry("dispatch", 40), Map.entry("sign", 40),
      Map.entry("return", 5), Map.entry("handle", 40), Map.entry("feed-back", 40), Map.entry("verify", 40),
      Map.entry("revisit", 4), Map.entry("rate", 40), Map.entry("close", 10), Map.entry("request-extension", 3),
      Map.entry("approve-extension", 30), Map.entry("deny-extension", 10), Map.entry("suspend", 1),
      Map.entry("resume", 30), Map.entry("request-cancellation", 1), Map.entry("approve-cancellation", 25),
      Map.entry("deny-cancellation", 10), Map.entry("escalate", 3), Map.entry("report-in", 30), Map.entry("urge", 2),
      Map.entry("note", 1), Map.entry("promise", 40), Map.entry("meet", 40), Map.entry("take-up", 20));

  /**
   * What to simulate.
   *
   * @param firstDay the first day reports come in (Asia/Shanghai)
   * @param days how many days reports come in
   * @param extraDays how many more days tickets are worked on after the last reports
   * @param reportPercent the chance, per worker and day, of a report (above 100: more than one)
   * @param failPercent the chance a verification fails
   * @param slowPercent the chance the next step on a ticket waits days rather than minutes or hours
   */
  public record Settings(LocalDate firstDay, int days, int extraDays, int reportPercent, int failPercent, int slowPercent) {}

  /**
   * A finished run.
   *
   * @param world the place
   * @param service the service, with its store holding every event
   * @param events every event in the order appended (per ticket by version; by time overall)
   * @param start the first instant simulated
   * @param end the instant the simulation stopped
   */
  public record Run(SimWorld world, TicketService service, List<TicketEvent> events, Instant start, Instant end) {
    /** The tickets, in order of reporting. */
    public List<TicketId> tickets() {
      Set<TicketId> ids = new LinkedHashSet<>();
      events.forEach(e -> ids.add(e.ticketId()));
      return List.copyOf(ids);
    }
  }

  private record Task(Instant at, long seq, int kind, GridCode grid, TicketId ticket) {}

  private static final int SWEEP = 0;
  private static final int REPORT = 1;
  private static final int ACT = 2;

  private TicketSimulation() {}

  /** Runs a simulation. */
  public static Run run(SimWorld world, Settings settings, Choices choices) {
    ZoneId zone = world.calendar.zone();
    Instant start = settings.firstDay().atStartOfDay(zone).toInstant();
    Instant end = settings.firstDay().plusDays(settings.days() + settings.extraDays()).atStartOfDay(zone).toInstant();
    MutableClock clock = new MutableClock(start, zone);
    List<TicketEvent> log = new ArrayList<>();
    TicketService service = world.service(clock, (t, events) -> log.addAll(events));
    PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at) ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    long[] seq = {0};
    for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofHours(1))) {
      queue.add(new Task(t, seq[0]++, SWEEP, null, null));
    }
    for (int d = 0; d < settings.days(); d++) {
      LocalDate day = settings.firstDay().plusDays(d);
      for (GridCode g : world.basicGrids) {
        int n = settings.reportPercent() / 100 + (choices.chance(settings.reportPercent() % 100) ? 1 : 0);
        for (int i = 0; i < n; i++) {
          Instant at = day.atTime(7, 30).atZone(zone).toInstant().plus(Duration.ofMinutes(choices.next(13 * 60)));
          queue.add(new Task(at, seq[0]++, REPORT, g, null));
        }
      }
    }
    Principal reader = world.centres.get(0);
    int[] reports = {0};
    while (!queue.isEmpty()) {
      Task task = queue.poll();
      if (!task.at.isBefore(end)) {
        break;
      }
      clock.set(task.at);
      switch (task.kind) {
        case SWEEP:
          service.sweep();
          break;
        case REPORT: {
          Principal worker = world.worker(task.grid);
          String type = choices.pick(world.reportableTypes);
          try {
            Ticket t = service.report(NewTicket.builder().id(TicketId.of(String.format("T%06d", ++reports[0])))
                .channel(Channel.PATROL).matterType(type).grid(task.grid)
                .reporter(Reporter.gridStaff(worker.id())).summary("巡查发现: " + type).build(), worker);
            queue.add(new Task(task.at.plus(delay(choices, settings)), seq[0]++, ACT, null, t.id()));
          } catch (GridGovException refused) {
            // a report the service refuses is not made
          }
          break;
        }
        default: {
          Ticket t = service.get(task.ticket, reader);
          if (!t.isOpen()) {
            break;
          }
          act(world, service, t, choices, settings);
          queue.add(new Task(task.at.plus(delay(choices, settings)), seq[0]++, ACT, null, task.ticket));
          break;
        }
      }
    }
    return new Run(world, service, Collections.unmodifiableList(log), start, end);
  }

  private static Duration delay(Choices c, Settings settings) {
    if (c.chance(settings.slowPercent())) {
      return c.chance(75) ? Duration.ofHours(c.between(24, 96)) : Duration.ofHours(c.between(120, 288));
    }
    return c.chance(75) ? Duration.ofMinutes(c.between(5, 90)) : Duration.ofMinutes(c.between(120, 20 * 60));
  }

  private static void act(SimWorld world, TicketService service, Ticket t, Choices c, Settings settings) {
    List<Principal> candidates = new ArrayList<>();
    candidates.add(world.worker(t.grid()));
    GridNode node = world.tree.node(t.grid());
    for (GridNode a : node.ancestors()) {
      world.leader(a.code()).ifPresent(candidates::add);
    }
    candidates.addAll(world.centres);
    t.department().ifPresent(d -> candidates.add(world.department(d)));
    for (Summons s : t.summons()) {
      if (!s.reportedIn()) {
        candidates.add(world.department(s.department()));
      }
    }
    List<Principal> who = new ArrayList<>();
    List<String> what = new ArrayList<>();
    int total = 0;
    for (Principal p : candidates) {
      if (p == null || who.contains(p)) {
        continue;
      }
      for (String cmd : service.commandsAvailable(t.id(), p)) {
        who.add(p);
        what.add(cmd);
        total += WEIGHTS.getOrDefault(cmd, 5);
      }
    }
    if (total == 0) {
      return;
    }
    int r = c.next(total);
    int i = 0;
    while (r >= WEIGHTS.getOrDefault(what.get(i), 5)) {
      r -= WEIGHTS.getOrDefault(what.get(i), 5);
      i++;
    }
    String cmd = what.get(i);
    Command.Builder b = Command.on(t.id(), cmd, who.get(i));
    List<String> reasons = new ArrayList<>();
    boolean required = false;
    for (WorkflowTransition tr : service.definition(t.definition()).transitions()) {
      if (tr.command().equals(cmd) && tr.from().contains(t.state())) {
        reasons.addAll(tr.reasons());
        required |= tr.reasonRequired();
      }
    }
    reasons.remove("step-limit-passed");
    if (!reasons.isEmpty() && (required || c.chance(30))) {
      b.reason(c.pick(reasons));
    }
    switch (cmd) {
      case "verify":
        b.passed(!c.chance(settings.failPercent()));
        break;
      case "rate": {
        int s = c.next(100);
        b.satisfaction(s < 70 ? Satisfaction.SATISFIED : s < 90 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED);
        break;
      }
      case "promise":
        b.limit(TimeLimit.workingDays(c.between(2, 8)));
        break;
      case "request-extension":
        b.limit(TimeLimit.workingDays(c.between(1, 3)));
        break;
      case "dispatch":
        if (!t.returnedBy().isEmpty() || c.chance(5)) {
          List<String> others = new ArrayList<>();
          for (Department d : world.catalogue.departments()) {
            if (!t.returnedBy().contains(d.id())) {
              others.add(d.id());
            }
          }
          if (others.isEmpty()) {
            return;
          }
          b.department(c.pick(others));
        }
        break;
      default:
        break;
    }
    try {
      service.execute(b.build());
    } catch (GridGovException refused) {
      // the service said no (a window closed, an argument did not fit): nothing happened
    }
  }
}
